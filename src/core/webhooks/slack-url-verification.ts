/** Slack's handshake when an Events API URL is saved: answer `{ challenge }` — only once the request is verified. */
export interface SlackUrlVerification {
  type: "url_verification";
  challenge: string;
}

export function isSlackUrlVerification(body: unknown): body is SlackUrlVerification {
  if (typeof body !== "object" || body === null) return false;
  const { type, challenge } = body as Record<string, unknown>;
  return type === "url_verification" && typeof challenge === "string" && challenge.length > 0 && challenge.length <= 1024;
}
