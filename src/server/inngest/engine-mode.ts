/**
 * The embedded executor runs only when none of the Inngest SDK's own variables point at a real Inngest:
 * INNGEST_DEV / INNGEST_BASE_URL (a dev server or self-hosted Inngest) or INNGEST_SIGNING_KEY +
 * INNGEST_EVENT_KEY (Inngest Cloud). Read once at start-up, before start-up sets them for the SDK.
 */
export function shouldUseEmbeddedExecutor(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.INNGEST_DEV || env.INNGEST_BASE_URL) return false;
  if (env.INNGEST_SIGNING_KEY && env.INNGEST_EVENT_KEY) return false;
  return true;
}
