import { accountRouter } from "./routers/account";
import { auditRouter } from "./routers/audit";
import { connectionRouter } from "./routers/connection";
import { connectorRouter } from "./routers/connector";
import { customConnectorRouter } from "./routers/custom-connector";
import { invitationRouter } from "./routers/invitation";
import { memberRouter } from "./routers/member";
import { oauthRouter } from "./routers/oauth";
import { organizationRouter } from "./routers/organization";
import { runRouter } from "./routers/run";
import { webhookRouter } from "./routers/webhook";
import { workflowRouter } from "./routers/workflow";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  org: organizationRouter,
  member: memberRouter,
  invitation: invitationRouter,
  audit: auditRouter,
  workflow: workflowRouter,
  run: runRouter,
  connection: connectionRouter,
  connector: connectorRouter,
  customConnector: customConnectorRouter,
  oauth: oauthRouter,
  webhook: webhookRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
