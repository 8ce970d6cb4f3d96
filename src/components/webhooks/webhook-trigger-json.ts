/**
 * The trigger a workflow names an endpoint with, as the definition JSON spells it (one line, to paste as a trigger
 * node's `trigger`). The endpoint's own events list applies before any workflow sees a delivery, so the id is all a
 * trigger needs; `filter` is the user's to add.
 */
export function webhookTriggerJson(endpointId: string): string {
  return `{ "kind": "webhook", "endpointId": ${JSON.stringify(endpointId)} }`;
}
