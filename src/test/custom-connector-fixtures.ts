import { randomUUID } from "node:crypto";
import { customConnectors } from "@/server/db/schema/connections";
import type { Db } from "@/server/db/types";

/** A small custom connector in the requirement documents' shape: an API key in a header, two endpoints. */
export function acmeDefinition(baseUrl = "https://api.acme.example", name = "Acme CRM"): Record<string, unknown> {
  return {
    name,
    auth_type: "API Key",
    auth: { in: "header", name: "x-acme-key" },
    base_url: baseUrl,
    endpoints: [
      { name: "List Contacts", path: "/contacts", method: "GET", params: [{ name: "limit", type: "integer", example: 20 }] },
      {
        name: "Create Contact",
        path: "/contacts",
        method: "POST",
        body: { schema: { type: "object", properties: { email: { type: "string" }, name: { type: "string" } }, required: ["email"] } },
      },
    ],
    rate_limit: { requests: 100, per: "minute" },
    test: { path: "/me" },
  };
}

/** A stored custom connector row, as customConnector.create would leave it. */
export async function createCustomConnectorRow(db: Db, orgId: string, definition: Record<string, unknown> = acmeDefinition()) {
  const id = randomUUID();
  const connectorId = `custom-acme-${id.slice(0, 8)}`;
  await db.insert(customConnectors).values({ id, orgId, connectorId, name: String(definition.name), definition });
  return { customConnectorId: id, connectorId };
}

/** A small OpenAPI 3.0 document in YAML: two operations, an API key in a header. */
export const PETSTORE_OPENAPI_YAML = `openapi: 3.0.3
info:
  title: Petstore
  version: 1.0.0
servers:
  - url: https://petstore.example/v1
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: x-api-key
security:
  - apiKey: []
paths:
  /pets:
    get:
      operationId: listPets
      summary: List pets
      parameters:
        - name: limit
          in: query
          schema: { type: integer }
    post:
      operationId: createPet
      summary: Create a pet
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: { type: string }
                tag: { type: string }
`;
