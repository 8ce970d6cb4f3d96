import { getTRPCErrorShape, TRPCError } from "@trpc/server";
import { appRouter } from "@/server/api/root";

/** A failed call as the browser would see it: the code, and the message after the router's error formatter. */
export interface ClientError {
  code: TRPCError["code"];
  message: string;
  /** The input field a domain error points at (e.g. "email"), or null. */
  field: string | null;
  fieldErrors: Record<string, string[] | undefined> | null;
}

/**
 * Awaits a call that must fail and returns the error the client would receive. The message comes from
 * the same errorFormatter the HTTP handler uses, so a test asserting it reads what the person reads.
 */
export async function clientErrorOf(promise: Promise<unknown>): Promise<ClientError> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const shape = getTRPCErrorShape({
      config: appRouter._def._config,
      error,
      type: "unknown",
      path: undefined,
      input: undefined,
      ctx: undefined,
    });
    return { code: error.code, message: shape.message, field: shape.data.field, fieldErrors: shape.data.fieldErrors };
  }
  throw new Error("Expected the call to fail, but it succeeded.");
}
