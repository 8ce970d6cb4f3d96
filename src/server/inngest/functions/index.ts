import { runWorkflowFunction } from "./run-workflow";

/** Every Inngest function the app serves. */
export const inngestFunctions = [runWorkflowFunction];
