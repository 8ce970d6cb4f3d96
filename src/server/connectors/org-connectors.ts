import { and, eq } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { connectorRegistry } from "@/connectors";
import { compileDeclarativeConnectorOrThrow, type ConnectorDefinition, type ResolvedAction } from "@/core/connectors";
import { customConnectors } from "@/server/db/schema/connections";
import type { DbOrTx } from "@/server/db/types";

/** Custom connector ids start with this, so they never collide with a built-in one, now or later. */
export const CUSTOM_CONNECTOR_PREFIX = "custom-";

export const isCustomConnectorId = (connectorId: string) => connectorId.startsWith(CUSTOM_CONNECTOR_PREFIX);

// Compiled definitions by row id + version: a large imported document (GitHub's has ~1,000 actions) compiles once.
const compiled = new LRUCache<string, ConnectorDefinition>({ max: 200 });

interface CustomRowRef {
  id: string;
  connectorId: string;
  updatedAt: Date;
}

/** Compiles a stored custom connector under its row's connector id (the document's own id is not trusted). */
export function compileCustomConnector(row: CustomRowRef & { definition: unknown }): ConnectorDefinition {
  const key = `${row.id}:${row.updatedAt.getTime()}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const connector = compileDeclarativeConnectorOrThrow({ ...(row.definition as Record<string, unknown>), id: row.connectorId });
  compiled.set(key, connector);
  return connector;
}

async function compileRows(db: DbOrTx, refs: CustomRowRef[]): Promise<ConnectorDefinition[]> {
  const result: ConnectorDefinition[] = [];
  for (const ref of refs) {
    const cached = compiled.get(`${ref.id}:${ref.updatedAt.getTime()}`);
    if (cached) {
      result.push(cached);
      continue;
    }
    const [row] = await db.select({ definition: customConnectors.definition }).from(customConnectors).where(eq(customConnectors.id, ref.id)).limit(1);
    if (row) result.push(compileCustomConnector({ ...ref, definition: row.definition }));
  }
  return result;
}

const refColumns = { id: customConnectors.id, connectorId: customConnectors.connectorId, updatedAt: customConnectors.updatedAt };

/** The org's custom connectors, compiled (definitions are read only for versions not compiled yet). */
export async function listCustomConnectors(db: DbOrTx, orgId: string): Promise<ConnectorDefinition[]> {
  const refs = await db.select(refColumns).from(customConnectors).where(eq(customConnectors.orgId, orgId)).orderBy(customConnectors.name);
  return compileRows(db, refs);
}

/** A connector by id for this org: a built-in one, or one of the org's custom connectors (never another org's). */
export async function findOrgConnector(db: DbOrTx, orgId: string, connectorId: string): Promise<ConnectorDefinition | undefined> {
  if (!isCustomConnectorId(connectorId)) return connectorRegistry.get(connectorId);
  const refs = await db
    .select(refColumns)
    .from(customConnectors)
    .where(and(eq(customConnectors.orgId, orgId), eq(customConnectors.connectorId, connectorId)))
    .limit(1);
  return (await compileRows(db, refs))[0];
}

/** Resolves `<connector>.<action>` for this org. */
export async function resolveOrgAction(db: DbOrTx, orgId: string, actionId: string): Promise<ResolvedAction | undefined> {
  const dot = actionId.indexOf(".");
  if (dot < 0) return undefined;
  const connectorId = actionId.slice(0, dot);
  if (!isCustomConnectorId(connectorId)) return connectorRegistry.findAction(actionId);
  const connector = await findOrgConnector(db, orgId, connectorId);
  const action = connector?.actions.find((a) => a.id === actionId.slice(dot + 1));
  return connector && action ? { connector, action, id: actionId } : undefined;
}
