import type { AuthSpec } from "@/core/connectors";

export const notionAuth: readonly AuthSpec[] = [
  {
    type: "bearer",
    token: {
      label: "Internal Integration Secret",
      description:
        "Create an internal integration at notion.so/profile/integrations and copy its secret (Configuration tab). Then share each page or database with it: open it in Notion → ••• → Connections → add the integration. The API answers 404 for anything not shared.",
      example: "ntn_4136287592b1yJ2qJxXCzXQ0n3E8vyWlBgEasMe7MFa2tr",
    },
  },
  {
    type: "oauth2",
    oauth: {
      app: "notion",
      grant: "authorization_code",
      authorizeUrl: "https://api.notion.com/v1/oauth/authorize",
      tokenUrl: "https://api.notion.com/v1/oauth/token",
      // Notion has no scopes: the user picks the pages the integration may see on the consent screen.
      scopes: [],
      // The token endpoint takes the client id and secret as HTTP Basic; Notion does not do PKCE.
      clientAuth: "client_secret_basic",
      pkce: false,
      authorizeParams: { owner: "user" },
    },
  },
];
