/**
 * Hand-written OpenAPI documents for the importer's tests: a 3.0 YAML "pet store" and a 3.1 JSON "notes" API,
 * between them covering params, bodies behind `$ref`s, each kind of security scheme, server variables, clashing
 * operationIds and a recursive schema.
 */
export const PETSTORE_30_YAML = `
openapi: 3.0.3
info:
  title: Pet Store
  description: A store of pets.
  version: 1.0.0
servers:
  - url: https://{region}.pets.example.com/{version}
    variables:
      region: { default: eu, enum: [eu, us] }
      version: { default: v2 }
security:
  - bearerAuth: []
  - apiKeyHeader: []
paths:
  /pets:
    parameters:
      - $ref: '#/components/parameters/Limit'
      - { name: X-Request-Id, in: header, schema: { type: string } }
      - { name: session, in: cookie, schema: { type: string } }
      - { name: verbose, in: header, schema: { type: boolean } }
    get:
      operationId: listPets
      summary: List pets
      description: Lists the pets in the store.
      parameters:
        - name: limit
          in: query
          required: true
          description: How many pets to list (operation's own).
          schema: { type: integer, maximum: 100 }
          example: 20
        - name: status
          in: query
          schema: { type: array, items: { type: string, enum: [available, sold] } }
        - name: sort
          in: query
          schema: { type: string, enum: [name, age] }
          examples:
            byName: { value: name }
      responses:
        '200': { description: OK }
    post:
      operationId: createPet
      summary: Create a pet
      requestBody:
        $ref: '#/components/requestBodies/NewPet'
      responses:
        '201': { description: Created }
  /pets/{petId}:
    parameters:
      - { name: petId, in: path, required: true, schema: { type: integer, format: int64 } }
    get:
      operationId: getPet
      summary: Get a pet
      responses:
        '200': { description: OK }
    put:
      operationId: getPet
      summary: Replace a pet
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Pet' }
      responses:
        '200': { description: OK }
    delete:
      summary: Delete a pet
      deprecated: true
      responses:
        '204': { description: Deleted }
  /teams/{team-slug}/pets:
    get:
      operationId: team pets/list
      parameters:
        - { name: team-slug, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: OK }
  /trees:
    post:
      operationId: plantTree
      requestBody:
        content:
          application/vnd.trees+json:
            schema: { $ref: '#/components/schemas/TreeNode' }
      responses:
        '201': { description: Planted }
  /photos:
    post:
      operationId: uploadPhoto
      requestBody:
        content:
          multipart/form-data:
            schema: { type: object, properties: { file: { type: string, format: binary } } }
      responses:
        '201': { description: Uploaded }
    options:
      operationId: photoOptions
      responses:
        '200': { description: OK }
components:
  parameters:
    Limit: { name: limit, in: query, description: Page size, schema: { type: integer } }
  requestBodies:
    NewPet:
      description: The pet to add.
      required: true
      content:
        application/json:
          schema: { $ref: '#/components/schemas/Pet' }
  schemas:
    Pet:
      type: object
      required: [id, name]
      additionalProperties: false
      properties:
        id: { type: integer, readOnly: true }
        name: { type: string, minLength: 1, description: The pet's name. }
        tag: { type: string, nullable: true }
        status: { type: string, enum: [available, sold], nullable: true, default: available }
        owner: { $ref: '#/components/schemas/Owner~1Person' }
        kind:
          oneOf:
            - { type: object, properties: { barks: { type: boolean } } }
            - { type: object, properties: { meows: { type: boolean } } }
          discriminator: { propertyName: type }
        code: { type: string, pattern: '(?i)^[a-z]+$' }
        initials: { type: string, pattern: '^\\p{Lu}+$' }
        nickname: { type: string, not: { enum: [Rex] } }
    Owner/Person:
      type: object
      properties:
        email: { type: string, format: email, example: ann@example.com }
    TreeNode:
      type: object
      properties:
        value: { type: string }
        children: { type: array, items: { $ref: '#/components/schemas/TreeNode' } }
  securitySchemes:
    bearerAuth: { type: http, scheme: bearer, bearerFormat: JWT }
    basicAuth: { type: http, scheme: basic }
    digestAuth: { type: http, scheme: digest }
    apiKeyHeader: { type: apiKey, in: header, name: X-API-Key }
    apiKeyQuery: { type: apiKey, in: query, name: api_key }
    apiKeyCookie: { type: apiKey, in: cookie, name: SESSION }
    appId: { type: apiKey, in: header, name: X-App-Id }
    oauthCode:
      type: oauth2
      flows:
        authorizationCode:
          authorizationUrl: https://auth.example.com/authorize
          tokenUrl: /oauth/token
          scopes: { 'pets:read': Read pets, 'pets:write': Write pets }
    oauthClient:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.com/token
          scopes: { 'pets:read': Read pets }
    oidc: { type: openIdConnect, openIdConnectUrl: https://auth.example.com/.well-known/openid-configuration }
`;

export const NOTES_31_JSON = JSON.stringify({
  openapi: "3.1.0",
  info: { title: "Notes", version: "2" },
  servers: [{ url: "https://notes.example.com/api/" }],
  security: [{ notesOAuth: ["notes:write"] }],
  webhooks: { noteCreated: { post: { requestBody: { content: { "application/json": { schema: { type: "object" } } } } } } },
  paths: {
    "/notes/{id}": {
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string" } },
        { name: "fields", in: "query", schema: { type: ["string", "null"] }, description: "Path-level description" },
      ],
      patch: {
        operationId: "notes.update",
        summary: "Update a note",
        parameters: [{ name: "fields", in: "query", required: true, schema: { type: "integer" }, description: "Operation-level override" }],
        requestBody: {
          required: true,
          content: {
            "application/json; charset=utf-8": {
              schema: {
                type: "object",
                required: ["text"],
                properties: {
                  text: { $ref: "#/components/schemas/Text", description: "The note's text, as Markdown." },
                  pinned: { type: ["boolean", "null"], default: false },
                  priority: { type: "integer", exclusiveMinimum: 0, maximum: 5, examples: [3] },
                  kind: { const: "note" },
                  when: { if: { type: "string" }, then: { minLength: 1 }, type: "string" },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: { Text: { type: "string", maxLength: 10 } },
    securitySchemes: {
      notesOAuth: {
        type: "oauth2",
        flows: {
          authorizationCode: { authorizationUrl: "/oauth/authorize", tokenUrl: "https://notes.example.com/oauth/token", scopes: { "notes:read": "Read", "notes:write": "Write" } },
        },
      },
    },
  },
});
