const SECRET_PARAM = /(key|token|secret|signature|password|auth)/i;

/** Whether a query parameter's value could be a credential by its name alone. */
export function isSecretParamName(name: string): boolean {
  return SECRET_PARAM.test(name);
}

/** The URL as it may be logged: secret-looking query values and those named in `secretParams` replaced. */
export function redactUrl(url: URL, secretParams: Iterable<string> = []): string {
  const injected = new Set(secretParams);
  const copy = new URL(url);
  copy.username = "";
  copy.password = "";
  for (const key of [...copy.searchParams.keys()]) {
    if (isSecretParamName(key) || injected.has(key)) copy.searchParams.set(key, "[redacted]");
  }
  return copy.toString();
}
