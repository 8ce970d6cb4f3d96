import { connectionIdInput } from "@/server/services/connections/connection-inputs";
import { createConnection, createConnectionInput } from "@/server/services/connections/create";
import { deleteConnection } from "@/server/services/connections/delete";
import { getConnection } from "@/server/services/connections/get";
import { listConnections } from "@/server/services/connections/list";
import { reconnectConnection, reconnectConnectionInput } from "@/server/services/connections/reconnect";
import { renameConnection, renameConnectionInput } from "@/server/services/connections/rename";
import { setConnectionRateLimit, setConnectionRateLimitInput } from "@/server/services/connections/set-rate-limit";
import { testConnection, testConnectionInput } from "@/server/services/connections/test";
import { createTRPCRouter, orgProcedure } from "../trpc";

/** Connections: credentials go in (create, reconnect) and only masked hints come out. */
export const connectionRouter = createTRPCRouter({
  list: orgProcedure("connections.read").query(({ ctx }) => listConnections({ ctx: ctx.service })),
  get: orgProcedure("connections.read")
    .input(connectionIdInput)
    .query(({ ctx, input }) => getConnection({ ctx: ctx.service, input })),
  create: orgProcedure("connections.write")
    .input(createConnectionInput)
    .mutation(({ ctx, input }) => createConnection({ ctx: ctx.service, input })),
  rename: orgProcedure("connections.write")
    .input(renameConnectionInput)
    .mutation(({ ctx, input }) => renameConnection({ ctx: ctx.service, input })),
  reconnect: orgProcedure("connections.write")
    .input(reconnectConnectionInput)
    .mutation(({ ctx, input }) => reconnectConnection({ ctx: ctx.service, input })),
  setRateLimit: orgProcedure("connections.write")
    .input(setConnectionRateLimitInput)
    .mutation(({ ctx, input }) => setConnectionRateLimit({ ctx: ctx.service, input })),
  test: orgProcedure("connections.write")
    .input(testConnectionInput)
    .mutation(({ ctx, input }) => testConnection({ ctx: ctx.service, input })),
  delete: orgProcedure("connections.write")
    .input(connectionIdInput)
    .mutation(({ ctx, input }) => deleteConnection({ ctx: ctx.service, input })),
});
