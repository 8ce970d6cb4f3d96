import type { AuthSpec, CredentialField } from "./auth-spec";

/**
 * The fields a user fills in to create a connection with this auth, in form order. OAuth2 has none: its
 * tokens come from the provider's consent screen, not from a form.
 */
export function credentialFieldsOf(auth: AuthSpec): CredentialField[] {
  switch (auth.type) {
    case "none":
    case "oauth2":
      return [];
    case "api_key":
      return [
        {
          key: "apiKey",
          label: auth.key?.label ?? "API key",
          secret: true,
          ...(auth.key?.description ? { description: auth.key.description } : {}),
          ...(auth.key?.example ? { example: auth.key.example } : {}),
        },
        ...(auth.in ? [] : [{ key: "in", label: "Send the key in", secret: false, options: ["header", "query"] as const, example: "header" }]),
        ...(auth.name ? [] : [{ key: "name", label: auth.in === "query" ? "Query parameter" : "Header or query parameter name", secret: false, example: "x-api-key" }]),
      ];
    case "bearer":
      return [
        {
          key: "token",
          label: auth.token?.label ?? "Token",
          secret: true,
          description: auth.token?.description ?? "Sent as `Authorization: Bearer <token>`.",
          ...(auth.token?.example ? { example: auth.token.example } : {}),
        },
      ];
    case "basic":
      return [
        { key: "username", label: "User name", secret: false },
        { key: "password", label: "Password", secret: true },
      ];
    case "custom_headers":
      return auth.fields ? auth.fields.map(({ header: _header, ...field }) => field) : [];
    case "fields":
      return [...auth.fields];
  }
}
