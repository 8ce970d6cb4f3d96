import { serve } from "inngest/next";
import { inngest } from "./client";
import { inngestFunctions } from "./functions";

/**
 * The app's Inngest `serve()` handler: mounted at /api/inngest for a real Inngest, and handed to the embedded
 * executor so its call requests reach the functions in-process. Import it only once INNGEST_* are set
 * (the client reads them at construction).
 */
export const inngestHandler = serve({ client: inngest, functions: inngestFunctions });
