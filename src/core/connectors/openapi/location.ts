/** Where something is in the OpenAPI document, as the keys and indexes leading to it. */
export type Location = readonly (string | number)[];

/** `["paths", "/pets", "get", "parameters", 0]` → `paths./pets.get.parameters[0]` — the way people read OpenAPI paths. */
export function formatLocation(location: Location): string {
  let text = "";
  for (const segment of location) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text || "document";
}
