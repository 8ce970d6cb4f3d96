import type { z } from "zod";
import type { ServiceContext } from "../context";
import type { connectionIdInput } from "./connection-inputs";
import { getConnectionInOrg } from "./get-connection-in-org";

export async function getConnection({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof connectionIdInput> }) {
  return getConnectionInOrg(ctx, input.connectionId);
}
