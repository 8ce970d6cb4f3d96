import { z } from "zod";
import { conflict } from "@/core/errors/domain-errors";

const MAX_CREDENTIAL_FIELDS = 20;
const MAX_CREDENTIAL_VALUE_CHARS = 16 * 1024;

export const connectionIdInput = z.object({ connectionId: z.uuid("Unknown connection.") });

export const connectionNameSchema = z
  .string()
  .trim()
  .min(1, "Give the connection a name.")
  .max(100, "Connection names are at most 100 characters.");

export const connectorIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, "Choose a connector: its id is lowercase letters, digits, '.', '_' or '-' (e.g. github).");

export const authTypeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,31}$/, "The auth type is a short lowercase name such as api_key, basic or oauth2.");

/** Credentials as typed into the form: field name → value. Values are secrets; messages never repeat them. */
export const credentialsSchema = z
  .record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, "Credential field names are letters, digits, '_', '.' or '-' (at most 64 characters)."),
    z.string("Each credential value must be text.").max(MAX_CREDENTIAL_VALUE_CHARS, "A credential value is at most 16 KiB."),
    {
      error: (issue) =>
        issue.code === "invalid_key"
          ? (issue.issues[0]?.message ?? "Credential field names are letters, digits, '_', '.' or '-'.")
          : 'Credentials must be an object of named text values, e.g. { "apiKey": "…" }.',
    },
  )
  .refine((credentials) => Object.keys(credentials).length <= MAX_CREDENTIAL_FIELDS, `At most ${MAX_CREDENTIAL_FIELDS} credential fields.`)
  .refine((credentials) => Object.values(credentials).some((value) => value.length > 0), "Enter the credentials: at least one value is needed.");

export const connectionNameTaken = (name: string) =>
  conflict(`A connection named "${name}" already exists in this organization. Choose another name.`, "name");
