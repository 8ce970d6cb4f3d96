import { isRecord } from "./is-record";
import { parseJson, type JsonProblem } from "./parse-json";

export type DefinitionParse = { ok: true; value: Record<string, unknown> } | { ok: false; error: JsonProblem };

/** The editor text as a definition: valid JSON, and an object (the server stores nothing else). */
export function parseDefinition(text: string): DefinitionParse {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  if (!isRecord(parsed.value)) {
    return {
      ok: false,
      error: {
        message: 'The definition must be a JSON object such as { "version": 1, "nodes": [], "edges": [] }',
        line: 1,
        column: 1,
        offset: 0,
      },
    };
  }
  return { ok: true, value: parsed.value };
}

/** The entries of `definition.nodes` (or `edges`) that are objects, with their index. */
export function definitionEntries(definition: unknown, collection: "nodes" | "edges"): { index: number; entry: Record<string, unknown> }[] {
  if (!isRecord(definition)) return [];
  const list = definition[collection];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown, index) => (isRecord(entry) ? [{ index, entry }] : []));
}

/** The display name of the node with `id` in the definition, if it has one. */
export function nodeNameIn(definition: unknown, id: string): string | undefined {
  const found = definitionEntries(definition, "nodes").find(({ entry }) => entry.id === id);
  return typeof found?.entry.name === "string" ? found.entry.name : undefined;
}
