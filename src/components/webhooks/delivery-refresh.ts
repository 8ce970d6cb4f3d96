/** How often the delivery log (and an opened delivery not yet dispatched) asks for news while on screen. */
export const DELIVERY_LOG_REFRESH_MS = 3_000;

/** How often the endpoint list re-reads its counts and last refusals while the tab is visible (lighter than the log). */
export const WEBHOOK_LIST_REFRESH_MS = 10_000;
