import { Inngest } from "inngest";
import { logger } from "@/server/log/logger";

/**
 * The Inngest client. Where events go and which engine calls the functions is decided by the SDK's own
 * variables (INNGEST_DEV / INNGEST_BASE_URL, or INNGEST_SIGNING_KEY + INNGEST_EVENT_KEY); with none of
 * them, start-up points them at the embedded executor. Never hard-code isDev or baseUrl here.
 */
export const inngest = new Inngest({ id: "junction", logger: logger.child({ component: "inngest" }) });
