/**
 * A node could not be evaluated: an expression or template failed, or produced something the node
 * cannot use. It is deterministic (replaying gives the same error), so the executor should not retry it.
 */
export class NodeError extends Error {
  constructor(
    readonly nodeId: string,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "NodeError";
  }
}
