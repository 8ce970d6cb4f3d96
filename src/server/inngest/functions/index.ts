import { dispatchWebhookFunction } from "./dispatch-webhook";
import { runWorkflowFunction } from "./run-workflow";
import { scheduleTickFunction } from "./schedule-tick";

/** Every Inngest function the app serves. */
export const inngestFunctions = [runWorkflowFunction, scheduleTickFunction, dispatchWebhookFunction];
