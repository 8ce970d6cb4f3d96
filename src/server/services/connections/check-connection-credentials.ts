import { describeConnector, type ConnectorDefinition } from "@/core/connectors";
import { invalid } from "@/core/errors/domain-errors";

/**
 * Checks typed-in credentials against the connector's form for that auth type before anything is sealed: the auth
 * type must be one the connector accepts (OAuth2 connects through the provider's sign-in, not a form), every required
 * field filled in, no field the form does not have. Messages name fields, never values.
 */
export function checkConnectionCredentials(connector: ConnectorDefinition, authType: string, credentials: Record<string, string>): void {
  const forms = describeConnector(connector).auth.filter((auth) => auth.type !== "none");
  const form = forms.find((auth) => auth.type === authType);
  if (!form) {
    const accepted = forms.map((auth) => auth.type).join(", ");
    throw invalid(`${connector.name} connections use ${accepted || "no credentials"}, not "${authType}".`, "authType");
  }
  if (form.type === "oauth2") throw invalid(`${connector.name} connects with OAuth2: use "Connect with ${connector.name}" to sign in at ${connector.name} instead of typing a token.`, "authType");
  // A form without declared fields (the HTTP connector's custom headers) takes any named values.
  if (form.fields.length === 0) return;
  const known = new Set(form.fields.map((field) => field.key));
  const unknown = Object.keys(credentials).find((key) => !known.has(key));
  if (unknown) throw invalid(`"${unknown}" is not a field of a ${connector.name} connection (its fields: ${[...known].join(", ")}).`, `credentials.${unknown}`);
  for (const field of form.fields) {
    const value = credentials[field.key]?.trim() ?? "";
    if (!field.optional && value === "") throw invalid(`Fill in ${field.label}.`, `credentials.${field.key}`);
    if (value !== "" && field.options && !field.options.includes(value)) throw invalid(`${field.label} must be one of ${field.options.join(", ")}.`, `credentials.${field.key}`);
  }
}
