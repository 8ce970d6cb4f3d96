import { createCustomConnector, createCustomConnectorInput } from "@/server/services/custom-connectors/create";
import { customConnectorIdInput } from "@/server/services/custom-connectors/custom-connector-inputs";
import { deleteCustomConnector } from "@/server/services/custom-connectors/delete";
import { importOpenApiConnector, importOpenApiInput } from "@/server/services/custom-connectors/import-openapi";
import { getCustomConnector } from "@/server/services/custom-connectors/get";
import { listCustomConnectorsOfOrg } from "@/server/services/custom-connectors/list";
import { updateCustomConnector, updateCustomConnectorInput } from "@/server/services/custom-connectors/update";
import { validateCustomConnector, validateCustomConnectorInput } from "@/server/services/custom-connectors/validate";
import { createTRPCRouter, orgProcedure } from "../trpc";

/** An organization's own connectors: JSON definitions (written or imported from OpenAPI) run by the built-in runtime. */
export const customConnectorRouter = createTRPCRouter({
  list: orgProcedure("connections.read").query(({ ctx }) => listCustomConnectorsOfOrg({ ctx: ctx.service })),
  get: orgProcedure("connections.read")
    .input(customConnectorIdInput)
    .query(({ ctx, input }) => getCustomConnector({ ctx: ctx.service, input })),
  validate: orgProcedure("connectors.manage")
    .input(validateCustomConnectorInput)
    .mutation(({ ctx, input }) => validateCustomConnector({ ctx: ctx.service, input })),
  create: orgProcedure("connectors.manage")
    .input(createCustomConnectorInput)
    .mutation(({ ctx, input }) => createCustomConnector({ ctx: ctx.service, input })),
  update: orgProcedure("connectors.manage")
    .input(updateCustomConnectorInput)
    .mutation(({ ctx, input }) => updateCustomConnector({ ctx: ctx.service, input })),
  importOpenApi: orgProcedure("connectors.manage")
    .input(importOpenApiInput)
    .mutation(({ ctx, input }) => importOpenApiConnector({ ctx: ctx.service, input })),
  delete: orgProcedure("connectors.manage")
    .input(customConnectorIdInput)
    .mutation(({ ctx, input }) => deleteCustomConnector({ ctx: ctx.service, input })),
});
