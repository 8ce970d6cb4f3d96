import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>;

/** A connection as the API returns it: masked hint and status, never the credentials. */
export type Connection = Outputs["connection"]["list"][number];
export type ConnectionStatus = Connection["status"];
/** A connector from the catalog, with the auth options a connection can use and its form fields. */
export type ConnectorInfo = Outputs["connector"]["list"][number];
export type AuthOption = ConnectorInfo["auth"][number];
export type CredentialField = AuthOption["fields"][number];
export type TestResult = Outputs["connection"]["test"];
