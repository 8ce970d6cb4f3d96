/** The run and durable step an action executes in: what makes an action's side effect idempotent per (run, step). */
export interface ActionRunContext {
  orgId: string;
  runId: string;
  /** The step id (`nodeId`, or `nodeId:index` inside loops). */
  stepId: string;
  /** Hops of workflow events behind the run (`runs.eventDepth`). */
  eventDepth: number;
}
