/**
 * Where a delivery is: stored but its event not sent yet (`waiting`: the sweeper sends it again after a crash),
 * sent to the engine (`enqueued`), or dispatched to the subscribed workflows (`dispatched`, with the runs started).
 */
export type WebhookDeliveryStatus = "waiting" | "enqueued" | "dispatched";

export function deliveryStatusOf(row: { enqueuedAt: Date | null; runsStarted: number | null }): WebhookDeliveryStatus {
  if (row.runsStarted !== null) return "dispatched";
  return row.enqueuedAt ? "enqueued" : "waiting";
}
