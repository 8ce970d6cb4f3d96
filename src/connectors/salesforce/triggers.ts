import { z } from "zod";
import { ConnectorActionError, defineTrigger } from "@/core/connectors";
import { dataPath } from "./api";
import { recordAttributes } from "./schemas";
import { isSoqlDateTime, toSoqlDateTime } from "./soql-datetime";

const LEAD_FIELDS = "Id, Name, Email, Company, CreatedDate";
const LEADS_PER_POLL = 200;
const LEAD_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

const leadSchema = z.looseObject({
  attributes: recordAttributes.optional(),
  Id: z.string(),
  Name: z.string(),
  Email: z.string().nullable(),
  Company: z.string().nullable(),
  CreatedDate: z.string(),
});

/** The cursor: the newest lead's CreatedDate as a SOQL literal, then "/" and its Id ("2024-05-14T09:21:33Z/00Q…"). */
function parseCursor(cursor: string): { since: string; afterId?: string } {
  const [since = "", afterId, ...rest] = cursor.split("/");
  if (!isSoqlDateTime(since) || rest.length > 0 || (afterId !== undefined && !LEAD_ID.test(afterId))) {
    throw new ConnectorActionError(`The stored position of the "New lead" trigger ("${cursor}") is not a lead's creation time; turn the trigger off and on again.`);
  }
  return afterId === undefined ? { since } : { since, afterId };
}

/**
 * The SOQL of one poll: the leads after the last one seen, by (CreatedDate, Id). CreatedDate has one-second
 * precision and a bulk import creates hundreds of leads in one second, so the Id breaks ties — with the date alone
 * a full page of one second would be fetched again forever (`>=`) or the rest of that second skipped (`>`).
 * The first poll starts at yesterday's beginning.
 */
export function newLeadSoql(cursor: string | undefined): string {
  let where = "CreatedDate = LAST_N_DAYS:1";
  if (cursor !== undefined) {
    const { since, afterId } = parseCursor(cursor);
    where = afterId ? `(CreatedDate > ${since} OR (CreatedDate = ${since} AND Id > '${afterId}'))` : `CreatedDate >= ${since}`;
  }
  return `SELECT ${LEAD_FIELDS} FROM Lead WHERE ${where} ORDER BY CreatedDate ASC, Id ASC LIMIT ${LEADS_PER_POLL}`;
}

function recordsOf(body: unknown): unknown[] {
  const records = typeof body === "object" && body !== null ? (body as { records?: unknown }).records : undefined;
  if (!Array.isArray(records)) throw new ConnectorActionError("Salesforce answered the lead query without a records list; check that the instance URL points at a Salesforce org.");
  return records;
}

/**
 * Polling: a "new record of any object" trigger would need the object's name, and a polling trigger carries only its
 * cursor, so this one watches Lead, the object most flows start from.
 */
export const newLeadTrigger = defineTrigger({
  id: "new_lead",
  name: "New lead",
  description: "Starts a run for each lead created in Salesforce (checked every 5 minutes).",
  kind: "polling",
  intervalMs: 5 * 60_000,
  output: leadSchema,
  request: (cursor) => ({ method: "GET", path: dataPath("query"), query: { q: newLeadSoql(cursor) } }),
  items: (response) => recordsOf(response.body),
  nextCursor: (response, previous) => {
    // Oldest first (ORDER BY CreatedDate, Id), so the last lead with a readable CreatedDate is the newest.
    const last = recordsOf(response.body)
      .map((record) => ({ since: toSoqlDateTime((record as { CreatedDate?: unknown }).CreatedDate), id: (record as { Id?: unknown }).Id }))
      .filter((lead): lead is { since: string; id: string } => lead.since !== undefined && typeof lead.id === "string" && LEAD_ID.test(lead.id))
      .at(-1);
    return last ? `${last.since}/${last.id}` : previous;
  },
  dedupeKey: (item) => (item as { Id: string }).Id,
});
