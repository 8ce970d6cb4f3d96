/**
 * A filled action form → the action node a workflow definition takes, and the connections a node of a connector may
 * use. Pure, so both are unit-tested.
 */

/** An action node as written in a workflow definition's JSON (`ActionNodeSchema` in `src/core/workflow/nodes.ts`). */
export interface ActionNodeJson {
  id: string;
  type: "action";
  name: string;
  action: string;
  connectionId?: string;
  input: Record<string, unknown>;
}

const NODE_ID_MAX = 64;
const NODE_NAME_MAX = 120;

/**
 * A node id for the action: its part after the connector ("github.create_issue" → "create_issue"), made a valid node
 * id (letters, digits and "_", not starting with a digit, at most 64), since expressions refer to it as `steps.<id>`.
 */
export function nodeIdForAction(actionId: string): string {
  const dot = actionId.indexOf(".");
  const local = dot === -1 ? actionId : actionId.slice(dot + 1);
  const cleaned = local
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_+|_+$/g, "");
  const id = /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
  return (id || "action").slice(0, NODE_ID_MAX);
}

/** The action node: keys in the order the workflow editor shows them; `connectionId` only when one is chosen. */
export function buildActionNode({
  action,
  connectionId,
  input,
}: {
  action: { id: string; name: string };
  connectionId: string | null;
  input: Record<string, unknown>;
}): ActionNodeJson {
  const name = action.name.trim().slice(0, NODE_NAME_MAX) || action.id;
  return {
    id: nodeIdForAction(action.id),
    type: "action",
    name,
    action: action.id,
    ...(connectionId ? { connectionId } : {}),
    input,
  };
}

/** The node as it is copied: pretty JSON, ready to paste into a workflow's `nodes`. */
export function actionNodeText(node: ActionNodeJson): string {
  return JSON.stringify(node, null, 2);
}

export interface ConnectionChoice {
  id: string;
  name: string;
  status: string;
}

export interface ConnectionChoices {
  /** The org's connections of this connector, usable ones first. */
  options: ConnectionChoice[];
  /** Whether "No connection" may be chosen: only for connectors that accept none (`connectionOptional`). */
  allowNone: boolean;
  /** What the select starts with: the first active connection, else the first, else none (null). */
  initial: string | null;
}

/** The connections a node of `connector` may use. */
export function connectionChoices(
  connector: { id: string; connectionOptional: boolean },
  connections: readonly { id: string; name: string; connectorId: string; status: string }[],
): ConnectionChoices {
  const own = connections.filter((connection) => connection.connectorId === connector.id);
  const options = [...own.filter((c) => c.status === "active"), ...own.filter((c) => c.status !== "active")].map(({ id, name, status }) => ({ id, name, status }));
  // A connector that works without credentials (HTTP, GraphQL) starts with none: a node usually calls a public URL.
  const initial = connector.connectionOptional ? null : (options[0]?.id ?? null);
  return { options, allowNone: connector.connectionOptional, initial };
}

/**
 * The `trigger` of a trigger node started by a connector's polling trigger, as pretty JSON; "…" stands for the
 * connection until one is chosen.
 */
export function pollingTriggerConfig(triggerId: string, connectionId: string | null): string {
  return JSON.stringify({ kind: "connector", trigger: triggerId, connectionId: connectionId ?? "…" }, null, 2);
}
