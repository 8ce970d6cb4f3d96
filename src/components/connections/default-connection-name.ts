/** The connector's name, or "GitHub 2", "GitHub 3"… when the organization already has a connection by that name. */
export function defaultConnectionName(connectorName: string, taken: readonly string[]): string {
  const names = new Set(taken.map((name) => name.toLowerCase()));
  if (!names.has(connectorName.toLowerCase())) return connectorName;
  for (let n = 2; ; n++) {
    const candidate = `${connectorName} ${n}`;
    if (!names.has(candidate.toLowerCase())) return candidate;
  }
}
