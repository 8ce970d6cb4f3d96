import type { ImportWarnings } from "./import-warnings";
import { isJsonObject, type JsonObject } from "./json-values";
import type { Location } from "./location";
import { OpenApiImportError } from "./openapi-import-error";

export interface Resolved {
  value: unknown;
  /** Where the value sits in the document: later messages name the component, not the place that referred to it. */
  location: Location;
}

/** Follows local `$ref`s (`#/components/...`, any JSON Pointer into the document); remote ones are warned about and left out. */
export class RefResolver {
  constructor(
    private readonly document: JsonObject,
    private readonly warnings: ImportWarnings,
  ) {}

  /**
   * The value at `ref`, or undefined for a remote reference (warned). A reference to nothing throws, naming
   * `location`, the place that holds the `$ref`.
   */
  lookup(ref: string, location: Location): Resolved | undefined {
    if (!ref.startsWith("#")) {
      this.warnings.add(location, `$ref "${ref}" points outside this document; remote references are not followed, so it is left out`);
      return undefined;
    }
    const segments = pointerSegments(ref, location);
    let current: unknown = this.document;
    for (const segment of segments) {
      current = childOf(current, segment);
      if (current === undefined) throw new OpenApiImportError(`$ref "${ref}" not found`, location);
    }
    return { value: current, location: segments };
  }

  /**
   * Follows a chain of `$ref`s from a parameter, request body, security scheme or path item to the object itself.
   * Keys beside a `$ref` (a 3.1 description) are ignored here, as OpenAPI 3.0 says for these objects.
   */
  follow(value: unknown, location: Location): Resolved | undefined {
    let current: Resolved = { value, location };
    const visited = new Set<string>();
    while (isJsonObject(current.value) && typeof current.value.$ref === "string") {
      const ref = current.value.$ref;
      if (visited.has(ref)) throw new OpenApiImportError(`$ref "${ref}" refers back to itself`, current.location);
      visited.add(ref);
      const next = this.lookup(ref, current.location);
      if (!next) return undefined;
      current = next;
    }
    return current;
  }
}

/** `#/components/schemas/a~1b` → ["components", "schemas", "a/b"]: URI fragment decoding, then RFC 6901's `~1` before `~0`. */
export function pointerSegments(ref: string, location: Location): string[] {
  const pointer = ref.slice(1);
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new OpenApiImportError(`$ref "${ref}" is not a JSON Pointer (expected "#/components/...")`, location);
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => decodeFragment(segment).replace(/~1/g, "/").replace(/~0/g, "~"));
}

function decodeFragment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function childOf(value: unknown, segment: string): unknown {
  if (Array.isArray(value)) return /^(0|[1-9]\d*)$/.test(segment) ? value[Number(segment)] : undefined;
  if (isJsonObject(value) && Object.hasOwn(value, segment)) return value[segment];
  return undefined;
}
