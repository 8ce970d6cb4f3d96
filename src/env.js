import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const isProduction = process.env.NODE_ENV === "production";

const ENCRYPTION_KEYS_FORMAT =
  "ENCRYPTION_KEYS must be comma-separated <version>:<base64 of 32 bytes> entries, newest first (e.g. v1:$(openssl rand -base64 32))";

/**
 * The shape of ENCRYPTION_KEYS, checked here so a bad value fails `next build` / start-up early.
 * The vault's own parser (src/core/vault/keyring.ts) applies the same rules when it loads the keys.
 */
const encryptionKeys = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? `ENCRYPTION_KEYS is required in production: it seals stored credentials. ${ENCRYPTION_KEYS_FORMAT}`
        : ENCRYPTION_KEYS_FORMAT,
  })
  .superRefine((value, ctx) => {
    const entries = value.split(",").map((entry) => entry.trim()).filter(Boolean);
    if (entries.length === 0) ctx.addIssue({ code: "custom", message: ENCRYPTION_KEYS_FORMAT });
    const versions = new Set();
    entries.forEach((entry, index) => {
      const [, version, key] = /^([A-Za-z0-9][A-Za-z0-9_-]{0,31}):([A-Za-z0-9+/_-]{43}=?)$/.exec(entry) ?? [];
      // Never echo the entry: it holds a key.
      if (!version || !key || Buffer.from(key, "base64").length !== 32) {
        ctx.addIssue({ code: "custom", message: `ENCRYPTION_KEYS entry ${index + 1} is not valid. ${ENCRYPTION_KEYS_FORMAT}` });
      } else if (versions.has(version)) {
        ctx.addIssue({ code: "custom", message: `ENCRYPTION_KEYS lists key version "${version}" twice; give each key its own version.` });
      } else {
        versions.add(version);
      }
    });
  });

const WEBHOOK_PORT_FORMAT = "WEBHOOK_PORT must be a port number from 0 to 65535, e.g. 3001 (the default)";
const RETENTION_DAYS_FORMAT = "WEBHOOK_DELIVERY_RETENTION_DAYS must be a whole number of days from 1 to 3650, e.g. 30 (the default)";

const OAUTH_APP_VARIABLE = /^OAUTH_([A-Z][A-Z0-9_]*)_CLIENT_(ID|SECRET)$/;

/**
 * OAuth apps from OAUTH_<APP>_CLIENT_ID / OAUTH_<APP>_CLIENT_SECRET pairs (APP in upper case, "-" written "_":
 * OAUTH_GOOGLE_CLIENT_ID is the app "google"). A secret without its client id is a mistake and stops start-up;
 * an id without a secret is a public client (PKCE only). Organizations may override an app with their own.
 * @param {Record<string, string | undefined>} source
 * @returns {Record<string, { clientId: string; clientSecret?: string }>}
 */
export function readOAuthApps(source) {
  /** @type {Record<string, { clientId?: string; clientSecret?: string }>} */
  const apps = {};
  for (const [name, value] of Object.entries(source)) {
    const match = OAUTH_APP_VARIABLE.exec(name);
    const [, stem, part] = match ?? [];
    if (!stem || !value?.trim()) continue;
    const app = stem.toLowerCase().replaceAll("_", "-");
    const entry = (apps[app] ??= {});
    if (part === "ID") entry.clientId = value.trim();
    else entry.clientSecret = value.trim();
  }
  /** @type {Record<string, { clientId: string; clientSecret?: string }>} */
  const result = {};
  for (const [app, { clientId, clientSecret }] of Object.entries(apps)) {
    const prefix = `OAUTH_${app.toUpperCase().replaceAll("-", "_")}`;
    if (!clientId) throw new Error(`${prefix}_CLIENT_SECRET is set but ${prefix}_CLIENT_ID is not: set both (the OAuth app's client id and secret).`);
    result[app] = clientSecret ? { clientId, clientSecret } : { clientId };
  }
  return result;
}

/**
 * Every environment variable Junction reads, validated once at start-up.
 * A missing or malformed value stops `next build` / `next dev` with a message naming it.
 */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
      .optional(),
    DATA_DIR: z.string().min(1).default(".data"),
    APP_URL: z.url("APP_URL must be an absolute URL such as https://junction.example.com").default("http://localhost:3000"),
    AUTH_SECRET: isProduction
      ? z.string().min(32, "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)")
      : z.string().min(32, "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)").optional(),
    ENCRYPTION_KEYS: isProduction ? encryptionKeys : encryptionKeys.optional(),
    AUTH_GITHUB_ID: z.string().min(1).optional(),
    AUTH_GITHUB_SECRET: z.string().min(1).optional(),
    AUTH_GOOGLE_ID: z.string().min(1).optional(),
    AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL must look like smtp://user:pass@host:587 or smtps://…")
      .optional(),
    EMAIL_FROM: z.string().min(3).default("Junction <no-reply@localhost>"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    DEMO_SEED: z.enum(["true", "false"]).default("true"),
    OUTBOUND_ALLOW_PRIVATE_HOSTS: z.string().default(""),
    EXECUTOR_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
    // The lean webhook listener's port (POST /hooks/{endpointId}); 0 picks a free port (tests).
    WEBHOOK_PORT: z.coerce
      .number({ error: WEBHOOK_PORT_FORMAT })
      .int(WEBHOOK_PORT_FORMAT)
      .min(0, WEBHOOK_PORT_FORMAT)
      .max(65535, WEBHOOK_PORT_FORMAT)
      .default(process.env.NODE_ENV === "test" ? 0 : 3001),
    // Stored webhook deliveries (raw bodies included) are deleted this many days after they arrived.
    WEBHOOK_DELIVERY_RETENTION_DAYS: z.coerce
      .number({ error: RETENTION_DAYS_FORMAT })
      .int(RETENTION_DAYS_FORMAT)
      .min(1, RETENTION_DAYS_FORMAT)
      .max(3650, RETENTION_DAYS_FORMAT)
      .default(30),
  },
  client: {},
  runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    DATABASE_URL: process.env.DATABASE_URL,
    DATA_DIR: process.env.DATA_DIR,
    APP_URL: process.env.APP_URL,
    AUTH_SECRET: process.env.AUTH_SECRET,
    ENCRYPTION_KEYS: process.env.ENCRYPTION_KEYS,
    AUTH_GITHUB_ID: process.env.AUTH_GITHUB_ID,
    AUTH_GITHUB_SECRET: process.env.AUTH_GITHUB_SECRET,
    AUTH_GOOGLE_ID: process.env.AUTH_GOOGLE_ID,
    AUTH_GOOGLE_SECRET: process.env.AUTH_GOOGLE_SECRET,
    SMTP_URL: process.env.SMTP_URL,
    EMAIL_FROM: process.env.EMAIL_FROM,
    LOG_LEVEL: process.env.LOG_LEVEL,
    DEMO_SEED: process.env.DEMO_SEED,
    OUTBOUND_ALLOW_PRIVATE_HOSTS: process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS,
    EXECUTOR_CONCURRENCY: process.env.EXECUTOR_CONCURRENCY,
    WEBHOOK_PORT: process.env.WEBHOOK_PORT,
    WEBHOOK_DELIVERY_RETENTION_DAYS: process.env.WEBHOOK_DELIVERY_RETENTION_DAYS,
  },
  emptyStringAsUndefined: true,
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
});

// Checked here too, so a half-configured OAuth app fails `next build` / start-up rather than the first connect.
if (process.env.SKIP_ENV_VALIDATION !== "1") readOAuthApps(process.env);
