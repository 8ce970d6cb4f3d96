import { ConnectorActionError, type ActionContext, type ActionRunTools, type CollectedPages, type ConnectorRequest, type ResolvedAction } from "@/core/connectors";
import type { PaginationStyleInput } from "@/core/http/pagination-style";
import type { ConnectorSession } from "./connector-session";

/**
 * One connector action over a session: input parsed with the action's schema, its request(s) sent through the
 * session (a listing action walks its pages), and the answer parsed with the action's output schema so a changed
 * API fails the step with a clear message instead of handing the next step something unexpected.
 */
export async function executeConnectorAction(
  { connector, action, id }: ResolvedAction,
  rawInput: unknown,
  openSession: () => Promise<ConnectorSession>,
  context: ActionContext,
): Promise<unknown> {
  // Input first: a bad input fails before any credential is opened or request made.
  const input = action.input.parse(rawInput) as Record<string, unknown>;
  const session = await openSession();
  const defaultPagination = action.pagination === true ? undefined : action.pagination;
  let raw: unknown;
  if (action.run) {
    raw = await action.run(input, sessionTools(session, context, defaultPagination));
  } else if (action.pagination) {
    const collected = await collectPages(session, action.request(input, context), input, defaultPagination);
    raw = action.pages ? action.pages(collected, input) : collected;
  } else {
    const response = await session.request(action.request(input, context));
    raw = action.response ? action.response(response, input) : response.body;
  }
  const output = action.output.safeParse(raw);
  if (!output.success) {
    const problems = output.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "answer"}: ${issue.message}`).join("; ");
    throw new ConnectorActionError(`${connector.name} answered, but not in the shape "${id}" expects (${problems}). The API may have changed; check the connector.`);
  }
  return output.data;
}

async function collectPages(session: ConnectorSession, request: ConnectorRequest, input: Record<string, unknown>, pagination: PaginationStyleInput | undefined): Promise<CollectedPages> {
  const maxPages = typeof input.maxPages === "number" ? input.maxPages : undefined;
  const collected: CollectedPages = { items: [], pages: 0, hasMore: false };
  for await (const page of session.paginate(request, { ...(pagination ? { defaultPagination: pagination } : {}), ...(maxPages ? { maxPages } : {}) })) {
    collected.items.push(...page.items);
    collected.pages = page.number;
    collected.hasMore = page.hasMore;
  }
  return collected;
}

/** What a `run` action (or a connector's `check`) may do over a session. */
export function sessionTools(session: ConnectorSession, context: ActionContext, defaultPagination?: PaginationStyleInput): ActionRunTools {
  return {
    idempotencyKey: context.idempotencyKey,
    request: session.request,
    connectionValues: session.connectionValues,
    resolveDestination: session.resolveDestination,
    paginate: (request, options) => session.paginate(request, { ...(defaultPagination ? { defaultPagination } : {}), ...options }),
  };
}
