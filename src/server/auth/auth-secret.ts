import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/env";
import { logger } from "@/server/log/logger";

/**
 * AUTH_SECRET is required in production (env validation enforces it). In development a random secret is
 * generated once into DATA_DIR so `npm run dev` needs no setup and sessions survive restarts.
 */
export function resolveAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") throw new Error("AUTH_SECRET is required in production.");
  const file = path.resolve(env.DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  logger.warn({ file }, "AUTH_SECRET is not set; generated a development secret. Set AUTH_SECRET in production.");
  return secret;
}
