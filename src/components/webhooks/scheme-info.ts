import type { WebhookScheme } from "./webhook-types";

export interface SchemeInfo {
  label: string;
  /** One line: who signs this way and what is checked. */
  explanation: string;
  /** The provider issues the secret (the user pastes it); Junction generates it otherwise. */
  pastable: boolean;
  /** Where the provider shows its signing secret, for the paste field's hint. */
  secretWhere?: string;
}

/** The signature schemes in the order the "New endpoint" dialog offers them. */
export const SCHEMES: readonly WebhookScheme[] = ["standard_webhooks", "github", "stripe", "slack", "hmac_sha256", "none"];

export const SCHEME_INFO: Readonly<Record<WebhookScheme, SchemeInfo>> = {
  standard_webhooks: {
    label: "Standard Webhooks",
    explanation: "The open standard (webhook-id, webhook-timestamp, webhook-signature) used by Svix, Resend, Clerk and others; Junction issues the whsec_ secret.",
    pastable: false,
  },
  github: {
    label: "GitHub",
    explanation: "X-Hub-Signature-256 over the body. Paste the secret you typed into GitHub, or let Junction generate one to type there.",
    pastable: true,
    secretWhere: "the Secret field of the webhook in GitHub (Settings → Webhooks)",
  },
  stripe: {
    label: "Stripe",
    explanation: "Stripe-Signature with a timestamp, checked within 5 minutes. Stripe issues the whsec_ signing secret: paste it.",
    pastable: true,
    secretWhere: "the endpoint's page in Stripe (Developers → Webhooks → Signing secret)",
  },
  slack: {
    label: "Slack",
    explanation: "X-Slack-Signature (v0) with a timestamp; Slack's URL check is answered. Paste the app's Signing Secret.",
    pastable: true,
    secretWhere: "your Slack app's Basic Information → App Credentials → Signing Secret",
  },
  hmac_sha256: {
    label: "Generic HMAC-SHA256",
    explanation: "Any sender that signs the body with HMAC-SHA256: you set the header, encoding and prefix; Junction issues the secret.",
    pastable: false,
  },
  none: {
    label: "No signature",
    explanation: "Nothing is verified: anyone who knows the URL can start your workflows. The URL is the secret — share it like a password.",
    pastable: false,
  },
};

export const schemeLabel = (scheme: WebhookScheme) => SCHEME_INFO[scheme].label;
