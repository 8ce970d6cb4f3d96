/** The server's limit (connectionNameSchema): checked here first so the message shows without a round trip. */
export const CONNECTION_NAME_MAX = 100;

export function checkConnectionName(name: string): string | undefined {
  if (!name) return "Give the connection a name.";
  if (name.length > CONNECTION_NAME_MAX) return `Connection names are at most ${CONNECTION_NAME_MAX} characters.`;
  return undefined;
}
