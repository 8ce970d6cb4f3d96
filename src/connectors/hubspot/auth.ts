import type { AuthSpec } from "@/core/connectors";

/** The scopes every action here needs: contacts for the contact actions and the trigger, deals for create_deal. */
export const HUBSPOT_SCOPES = ["crm.objects.contacts.read", "crm.objects.contacts.write", "crm.objects.deals.read", "crm.objects.deals.write"];

export const hubspotAuth: readonly AuthSpec[] = [
  {
    type: "oauth2",
    oauth: {
      app: "hubspot",
      grant: "authorization_code",
      authorizeUrl: "https://app.hubspot.com/oauth/authorize",
      tokenUrl: "https://api.hubapi.com/oauth/v1/token",
      scopes: HUBSPOT_SCOPES,
      // HubSpot's token endpoint reads client_id / client_secret from the form body and does not do PKCE.
      clientAuth: "client_secret_post",
      pkce: false,
    },
  },
  {
    type: "bearer",
    token: {
      label: "Private app access token",
      description:
        "In HubSpot: Settings → Integrations → Private Apps → create (or open) an app with the crm.objects.contacts.read/write and crm.objects.deals.read/write scopes → Auth → Access token.",
      example: "pat-na1-5c2e9f4b-8a1d-4f6e-9b3c-2d7a1e0f8c64",
    },
  },
];
