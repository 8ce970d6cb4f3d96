import { listConnectors } from "@/server/services/connectors/list";
import { createTRPCRouter, orgProcedure } from "../trpc";

/** The connector catalog, read-only: what can be connected and which actions each connector offers. */
export const connectorRouter = createTRPCRouter({
  list: orgProcedure("connections.read").query(({ ctx }) => listConnectors({ ctx: ctx.service })),
});
