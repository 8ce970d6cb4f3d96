/**
 * A failure an action reports itself (a GraphQL `errors` array, an answer of the wrong shape, a connection that
 * does not fit the connector). The same answer would come back on every attempt, so it is not retried.
 */
export class ConnectorActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConnectorActionError";
  }
}
