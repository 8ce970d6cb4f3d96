/** The REST API version every path uses; Salesforce keeps old versions working for years, so it moves on purpose. */
export const SALESFORCE_API_VERSION = "v60.0";

/** `/services/data/v60.0/<segments…>`, each segment URL-encoded (ids and external-id values come from the input). */
export function dataPath(...segments: string[]): string {
  return `/services/data/${SALESFORCE_API_VERSION}/${segments.map((segment) => encodeURIComponent(segment)).join("/")}`;
}
