import type { ImportWarnings } from "./import-warnings";
import type { Location } from "./location";

const MAX_ID = 64;

/** Action ids, unique within the connector: the operationId made safe, or method + path when there is none. */
export class EndpointIds {
  private readonly taken = new Set<string>();

  take(operationId: string | undefined, method: string, path: string, location: Location, warnings: ImportWarnings): string {
    const base = (operationId && sanitizeId(operationId)) || sanitizeId(`${method.toLowerCase()}_${path.replace(/^\/+/, "")}`) || "endpoint";
    let id = base;
    for (let n = 2; this.taken.has(id); n++) {
      const suffix = `_${n}`;
      id = `${base.slice(0, MAX_ID - suffix.length)}${suffix}`;
    }
    if (id !== base && operationId) warnings.add(location, `operationId "${operationId}" is ${sanitizeId(operationId) === operationId ? "" : `(as "${base}") `}already used by another operation; this one is "${id}"`);
    this.taken.add(id);
    return id;
  }
}

/** `issues/create` → `issues_create`; `/pets/{petId}` → `pets_petId`: the id pattern is letters, digits, `_` and `-`. */
export function sanitizeId(text: string): string {
  return text
    .replace(/[^a-zA-Z0-9_-]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, MAX_ID)
    .replace(/_+$/, "");
}
