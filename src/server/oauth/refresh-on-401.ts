import type { ConnectionRef } from "@/server/connections/connection-credentials";
import type { Db } from "@/server/db/types";
import { HttpCallError } from "@/server/http/http-errors";
import { getAccessToken, type AccessTokenOptions } from "./get-access-token";

/** A 401 from the outbound client (AuthError) or any error carrying that status. */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof HttpCallError ? error.status === 401 : (error as { status?: unknown } | null)?.status === 401;
}

/**
 * Calls the API with the connection's access token; on a 401, refreshes once (or takes the token another caller
 * just refreshed) and retries once. A second 401 is the API's answer and is thrown as is.
 */
export async function refreshOn401<T>(db: Db, ref: ConnectionRef, call: (accessToken: string) => Promise<T>, options: AccessTokenOptions = {}): Promise<T> {
  const accessToken = await getAccessToken(db, ref, options);
  try {
    return await call(accessToken);
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
    return call(await getAccessToken(db, ref, { ...options, rejectedToken: accessToken }));
  }
}
