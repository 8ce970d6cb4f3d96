import "server-only";

import { env } from "@/env";

/** The host people see in Junction URLs ("junction.example.com"), for previews such as an org's address. */
export function appHost(): string {
  try {
    return new URL(env.APP_URL).host;
  } catch {
    return "localhost:3000";
  }
}
