import { isRecord } from "./is-record";
import { definitionEntries } from "./parse-definition";

/** The `samplePayload` of the definition's manual trigger, if it has one. */
export function manualSamplePayload(definition: unknown): { value: unknown } | undefined {
  for (const { entry } of definitionEntries(definition, "nodes")) {
    if (entry.type !== "trigger" || !isRecord(entry.trigger) || entry.trigger.kind !== "manual") continue;
    if ("samplePayload" in entry.trigger) return { value: entry.trigger.samplePayload };
  }
  return undefined;
}
