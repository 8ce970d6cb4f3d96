/** A JSON object as parsed from an OpenAPI document: nothing about its keys is trusted until checked. */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function objectAt(value: JsonObject, key: string): JsonObject | undefined {
  const found = ownValue(value, key);
  return isJsonObject(found) ? found : undefined;
}

export function stringAt(value: JsonObject, key: string): string | undefined {
  const found = ownValue(value, key);
  return typeof found === "string" ? found : undefined;
}

export function arrayAt(value: JsonObject, key: string): unknown[] | undefined {
  const found = ownValue(value, key);
  return Array.isArray(found) ? found : undefined;
}

/** Own properties only: a document naming `__proto__` or `constructor` must not reach Object.prototype. */
export function ownValue(value: JsonObject, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}
