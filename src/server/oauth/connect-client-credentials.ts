import { z } from "zod";
import { invalid } from "@/core/errors/domain-errors";
import type { ServiceContext } from "@/server/services/context";
import { connectionNameSchema, connectorIdSchema } from "@/server/services/connections/connection-inputs";
import { describeTokenError } from "./describe-token-error";
import { notAnOAuthConnector } from "./oauth-errors";
import { oauthProviderFor, type OAuthProviderLookup } from "./oauth-providers";
import { OAUTH_AUTH_TYPES } from "./oauth-tokens";
import { GrantRevoked, requestFreshTokens } from "./request-fresh-tokens";
import { storeOAuthConnection } from "./store-oauth-connection";

export const connectClientCredentialsInput = z.object({ connectorId: connectorIdSchema, connectionName: connectionNameSchema });

/**
 * Connects a provider configured for the client-credentials grant: no browser step, the org's (or the server's)
 * OAuth app gets a token at once. Later tokens are fetched the same way when this one expires.
 */
export async function connectClientCredentials(
  { ctx, input }: { ctx: ServiceContext; input: z.infer<typeof connectClientCredentialsInput> },
  { providers }: { providers?: OAuthProviderLookup } = {},
): Promise<{ connectionId: string }> {
  const provider = providers ? providers(input.connectorId) : await oauthProviderFor(ctx.db, ctx.org.id, input.connectorId);
  if (!provider) throw notAnOAuthConnector(input.connectorId);
  if (provider.grant !== "client_credentials") throw invalid(`${provider.displayName} connects by signing in at ${provider.displayName}; start the OAuth flow instead.`);
  let tokens;
  try {
    tokens = await requestFreshTokens(ctx.db, ctx.org.id, provider);
  } catch (error) {
    throw invalid(describeTokenError(provider.displayName, error) ?? `${provider.displayName} did not issue a token; check the OAuth app's client id and secret.`);
  }
  if (tokens instanceof GrantRevoked) throw invalid(`${tokens.reason}.`);
  const connectionId = await ctx.db.transaction((tx) =>
    storeOAuthConnection(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      connectorId: input.connectorId,
      authType: OAUTH_AUTH_TYPES.client_credentials,
      tokens,
      target: { name: input.connectionName },
    }),
  );
  return { connectionId };
}
