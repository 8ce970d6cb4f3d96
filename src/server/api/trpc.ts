import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { can, type Permission } from "@/core/authz";
import { DomainError } from "@/core/errors/domain-errors";
import type { Db } from "@/server/db/types";
import { logger } from "@/server/log/logger";
import type { ServiceContext, SignedInUser, UserContext } from "@/server/services/context";
import { resolveMembership } from "@/server/services/organizations/resolve-membership";
import { domainErrorToTRPC } from "./domain-error-to-trpc";

export interface TRPCContext {
  db: Db;
  user: SignedInUser | null;
}

export interface ProcedureMeta {
  /** Set by orgProcedure; the role × permission test reads it to cover every org procedure. */
  permission?: Permission;
}

const t = initTRPC
  .context<TRPCContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof ZodError ? error.cause : null;
      const isUnknown = error.code === "INTERNAL_SERVER_ERROR" && !(error.cause instanceof DomainError);
      return {
        ...shape,
        message: zodError
          ? (zodError.issues[0]?.message ?? "The request is not valid.")
          : isUnknown
            ? "Something went wrong on our side. Please try again; if it keeps happening, contact support."
            : shape.message,
        data: {
          ...shape.data,
          stack: undefined,
          fieldErrors: zodError ? z.flattenError(zodError).fieldErrors : null,
          field: error.cause instanceof DomainError ? (error.cause.field ?? null) : null,
        },
      };
    },
  });

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

const mapErrors = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const mapped = domainErrorToTRPC(result.error.cause);
  if (mapped) throw mapped;
  if (result.error.code === "INTERNAL_SERVER_ERROR") logger.error({ err: result.error.cause ?? result.error, path }, "unhandled API error");
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  const userContext: UserContext = { user: ctx.user, db: ctx.db };
  return next({ ctx: { user: ctx.user, userContext } });
});

export const orgSlugInput = z.object({ orgSlug: z.string().min(1, "Missing organization.").max(64) });

/**
 * A procedure inside one organization: resolves the org from `orgSlug`, checks membership (else NOT_FOUND)
 * and the permission from the table (else FORBIDDEN), then hands services a ServiceContext.
 */
export function orgProcedure(permission: Permission) {
  return protectedProcedure
    .meta({ permission })
    .input(orgSlugInput)
    .use(async ({ ctx, input, next }) => {
      const membership = await resolveMembership(ctx.db, input.orgSlug, ctx.user.id);
      if (!can(membership.role, permission)) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: `Your role (${membership.role}) does not allow this action (${permission}). Ask an owner or admin.`,
        });
      }
      const service: ServiceContext = {
        org: membership.org,
        role: membership.role,
        actor: { type: "user", userId: ctx.user.id, label: ctx.user.email },
        db: ctx.db,
      };
      return next({ ctx: { service } });
    });
}
