/** How often the delivery log (and an opened delivery not yet dispatched) asks for news while on screen. */
export const DELIVERY_LOG_REFRESH_MS = 3_000;
