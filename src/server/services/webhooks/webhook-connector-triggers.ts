import { connectorRegistry } from "@/connectors";
import type { ConnectorRegistry, WebhookTrigger } from "@/core/connectors";
import { invalid } from "@/core/errors/domain-errors";
import type { WebhookScheme } from "@/server/db/schema/webhooks";

/** A connector's webhook trigger as the API describes it: which scheme signs its deliveries, and its usual events. */
export interface WebhookConnectorTrigger {
  /** `<connector>.<trigger>`, e.g. `github.webhook`. */
  id: string;
  connectorId: string;
  connectorName: string;
  connectorIcon: string;
  name: string;
  description: string;
  scheme: WebhookScheme;
  events: readonly string[];
}

/** Every webhook trigger of the built-in connectors (polling triggers are not received by endpoints). */
export function listWebhookConnectorTriggers(registry: ConnectorRegistry = connectorRegistry): WebhookConnectorTrigger[] {
  return registry.list().flatMap((connector) =>
    connector.triggers
      .filter((trigger): trigger is WebhookTrigger => trigger.kind === "webhook")
      .map((trigger) => ({
        id: `${connector.id}.${trigger.id}`,
        connectorId: connector.id,
        connectorName: connector.name,
        connectorIcon: connector.icon,
        name: trigger.name,
        description: trigger.description,
        scheme: trigger.signatureScheme,
        events: trigger.events,
      })),
  );
}

/** The trigger named `id`, checked against the scheme chosen: its deliveries are signed its provider's way. */
export function resolveWebhookConnectorTrigger(id: string, scheme: WebhookScheme, registry?: ConnectorRegistry): WebhookConnectorTrigger {
  const triggers = listWebhookConnectorTriggers(registry);
  const trigger = triggers.find((candidate) => candidate.id === id);
  if (!trigger) {
    throw invalid(`"${id}" is not a connector webhook trigger; choose one of ${triggers.map((candidate) => candidate.id).join(", ")}.`, "connectorTrigger");
  }
  if (trigger.scheme !== scheme) {
    throw invalid(`${trigger.connectorName}'s "${trigger.name}" deliveries are signed with the ${trigger.scheme} scheme; choose ${trigger.scheme} for this endpoint.`, "scheme");
  }
  return trigger;
}
