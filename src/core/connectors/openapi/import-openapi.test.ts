import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { compileDeclarativeConnector, compileDeclarativeConnectorOrThrow } from "../declarative/compile-declarative";
import { importOpenApi, OpenApiImportError } from "./index";
import { isJsonObject, type JsonObject } from "./json-values";
import { NOTES_31_JSON, PETSTORE_30_YAML } from "./openapi-test-documents";

/** A fresh parsed copy of the pet store, to change one thing per test. */
function petstore(): JsonObject {
  const parsed: unknown = parseYaml(PETSTORE_30_YAML);
  if (!isJsonObject(parsed)) throw new Error("fixture is not an object");
  return parsed;
}

function notes(): JsonObject {
  return JSON.parse(NOTES_31_JSON) as JsonObject;
}

function schemaAt(document: JsonObject, name: string): JsonObject {
  const components = document.components as { schemas: Record<string, JsonObject> };
  return components.schemas[name]!;
}

function endpoint(result: ReturnType<typeof importOpenApi>, id: string) {
  const found = result.document.endpoints.find((e) => e.id === id);
  if (!found) throw new Error(`no endpoint ${id} (have ${result.document.endpoints.map((e) => e.id).join(", ")})`);
  return found;
}

function importError(run: () => unknown): OpenApiImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof OpenApiImportError) return error;
    throw error;
  }
  throw new Error("expected an OpenApiImportError");
}

describe("importOpenApi: an OpenAPI 3.0 YAML document", () => {
  const result = importOpenApi(PETSTORE_30_YAML);

  it("takes the name, description and base URL (server variables at their defaults)", () => {
    expect(result.document).toMatchObject({ name: "Pet Store", description: "A store of pets.", base_url: "https://eu.pets.example.com/v2" });
    expect(result.document).not.toHaveProperty("pagination");
  });

  it("makes one endpoint per operation Junction can send, with unique ids", () => {
    expect(result.document.endpoints.map((e) => [e.id, e.method, e.path])).toEqual([
      ["listPets", "GET", "/pets"],
      ["createPet", "POST", "/pets"],
      ["getPet", "GET", "/pets/{petId}"],
      ["getPet_2", "PUT", "/pets/{petId}"],
      ["delete_pets_petId", "DELETE", "/pets/{petId}"],
      ["team_pets_list", "GET", "/teams/{team_slug}/pets"],
      ["plantTree", "POST", "/trees"],
      ["uploadPhoto", "POST", "/photos"],
    ]);
    expect(result.warnings).toContain('paths./pets/{petId}.put: operationId "getPet" is already used by another operation; this one is "getPet_2"');
    expect(result.warnings).toContain("paths./photos.options: OPTIONS operations are left out; custom connectors send GET, POST, PUT, PATCH, DELETE, HEAD");
    expect(endpoint(result, "listPets")).toMatchObject({ name: "List pets", description: "Lists the pets in the store." });
    expect(endpoint(result, "delete_pets_petId")).toMatchObject({ name: "Delete a pet", description: "Deprecated." });
    expect(endpoint(result, "plantTree").name).toBe("plantTree");
  });

  it("merges path-level and operation-level params, the operation's winning by name and location", () => {
    expect(endpoint(result, "listPets").params).toEqual([
      { name: "limit", in: "query", type: "integer", required: true, description: "How many pets to list (operation's own).", example: 20 },
      { name: "verbose", in: "header", type: "boolean", required: false },
      { name: "status", in: "query", type: "string", required: false, description: "One of: available, sold." },
      { name: "sort", in: "query", type: "string", required: false, description: "One of: name, age.", example: "name" },
    ]);
    // The path-level $ref'd parameter, unchanged where the operation does not override it.
    expect(endpoint(result, "createPet").params).toContainEqual({ name: "limit", in: "query", type: "integer", required: false, description: "Page size" });
    expect(endpoint(result, "getPet").params).toEqual([{ name: "petId", in: "path", type: "integer", required: true }]);
    expect(endpoint(result, "team_pets_list").params).toEqual([{ name: "team_slug", in: "path", type: "string", required: true }]);
  });

  it("warns about the params it leaves out or flattens", () => {
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'paths./pets.parameters[1]: parameter "X-Request-Id" is left out: Junction\'s parameter names are letters, digits and "_" (at most 64)',
        'paths./pets.parameters[2]: parameter "session" is left out: custom connectors do not send cookies',
        'paths./pets.get.parameters[1]: parameter "status" is an array; the action takes it as one string (e.g. comma-separated values)',
      ]),
    );
  });

  it("inlines the body behind $refs into a self-contained schema zod can read", () => {
    const body = endpoint(result, "createPet").body!;
    expect(body).toMatchObject({ required: true, description: "The pet to add." });
    const schema = body.schema!;
    expect(JSON.stringify(schema)).not.toContain("$ref");
    expect(schema).toMatchObject({
      type: "object",
      required: ["name"],
      properties: {
        name: { type: "string", minLength: 1, description: "The pet's name." },
        tag: { type: ["string", "null"] },
        status: { type: "string", enum: ["available", "sold", null], description: 'Default: "available".' },
        // "#/components/schemas/Owner~1Person": the JSON Pointer escape for "/".
        owner: { type: "object", properties: { email: { type: "string", format: "email", examples: ["ann@example.com"] } } },
        kind: { anyOf: [{ type: "object" }, { type: "object" }] },
        code: { type: "string" },
        initials: { type: "string" },
        nickname: { type: "string" },
      },
    });
    const properties = schema.properties as Record<string, JsonObject>;
    // readOnly `id` is the server's: left out of the request, and of `required`.
    expect(properties).not.toHaveProperty("id");
    expect(properties.kind).not.toHaveProperty("discriminator");
    expect(properties.code).not.toHaveProperty("pattern");
    expect(properties.initials).not.toHaveProperty("pattern");
    expect(properties.nickname).not.toHaveProperty("not");
    expect(properties.status).not.toHaveProperty("default");
  });

  it("cuts a recursive schema with one warning", () => {
    const schema = endpoint(result, "plantTree").body!.schema!;
    expect(schema).toEqual({
      type: "object",
      properties: { value: { type: "string" }, children: { type: "array", items: { type: "object", properties: { value: { type: "string" }, children: { type: "array" } } } } },
    });
    expect(result.warnings.filter((w) => w.includes("TreeNode"))).toEqual([
      "components.schemas.TreeNode.properties.children.items: the schema #/components/schemas/TreeNode contains itself; it is unrolled 2 levels deep, below which it accepts any value",
    ]);
  });

  it("leaves out bodies that are not JSON, with a warning", () => {
    expect(endpoint(result, "uploadPhoto")).not.toHaveProperty("body");
    expect(result.warnings).toContain("paths./photos.post.requestBody: the request body is multipart/form-data, not JSON; the action sends no body");
  });

  it("compiles, and the actions validate input as the API would (or a little more loosely)", () => {
    const connector = compileDeclarativeConnectorOrThrow(result.document);
    expect(connector.actions).toHaveLength(result.document.endpoints.length);
    expect(connector.auth).toEqual([{ type: "bearer" }]);
    const create = connector.actions.find((a) => a.id === "createPet")!;
    // Fits both oneOf branches: an exclusive union would refuse what the API takes.
    const ok = create.input.safeParse({ body: { name: "Rex", tag: null, status: null, kind: { barks: true, meows: false }, code: "ABC", initials: "x" } });
    expect(ok.success).toBe(true);
    expect(create.input.safeParse({ body: { tag: "no name" } }).success).toBe(false);
    expect(create.input.safeParse({ body: { name: "Rex", owner: { email: "not an email" } } }).success).toBe(false);
    expect(create.input.safeParse({ body: { name: "Rex", id: 1 } }).success).toBe(false);
    // No default filled in: a PATCH/PUT sends only what the user gave.
    expect((ok.data as { body: JsonObject }).body).not.toHaveProperty("color");
    const parsed = create.input.parse({ body: { name: "Rex" } }) as { body: JsonObject };
    expect(parsed.body).toEqual({ name: "Rex" });

    const list = connector.actions.find((a) => a.id === "listPets")!;
    expect(list.request!(list.input.parse({ limit: 5, verbose: true, status: "sold" }), { idempotencyKey: "run-1:step-1" })).toEqual({ method: "GET", path: "/pets", query: { limit: 5, status: "sold" }, headers: { verbose: "true" } });
    const team = connector.actions.find((a) => a.id === "team_pets_list")!;
    expect(team.request!(team.input.parse({ team_slug: "a team" }), { idempotencyKey: "run-1:step-1" }).path).toBe("/teams/a%20team/pets");
  });
});

describe("importOpenApi: an OpenAPI 3.1 JSON document", () => {
  const result = importOpenApi(NOTES_31_JSON);

  it("reads 3.1 schemas: type arrays, $ref with a sibling description, numeric exclusiveMinimum, examples, const", () => {
    const update = endpoint(result, "notes_update");
    expect(update).toMatchObject({ name: "Update a note", method: "PATCH", path: "/notes/{id}", body: { required: true } });
    expect(update.body!.schema).toEqual({
      type: "object",
      required: ["text"],
      properties: {
        text: { type: "string", maxLength: 10, description: "The note's text, as Markdown." },
        pinned: { type: ["boolean", "null"], description: "Default: false." },
        priority: { type: "integer", exclusiveMinimum: 0, maximum: 5, examples: [3] },
        kind: { const: "note" },
        when: { type: "string" },
      },
    });
    expect(result.warnings).toEqual([]);
  });

  it("lets the operation's param override the path item's of the same name", () => {
    expect(endpoint(result, "notes_update").params).toEqual([
      { name: "id", in: "path", type: "string", required: true },
      { name: "fields", in: "query", type: "integer", required: true, description: "Operation-level override" },
    ]);
  });

  it("takes OAuth2 with relative URLs resolved against the server, and the scopes the requirement names", () => {
    expect(result.document).toMatchObject({
      base_url: "https://notes.example.com/api",
      auth_type: "oauth2",
      auth: { authorize_url: "https://notes.example.com/oauth/authorize", token_url: "https://notes.example.com/oauth/token", scopes: ["notes:write"] },
    });
  });

  it("reads boolean schemas, implies type object from properties, and drops a union one of whose branches accepts anything", () => {
    const document = notes();
    const paths = document.paths as Record<string, Record<string, { requestBody: { content: Record<string, { schema: { properties: JsonObject } }> } }>>;
    const properties = paths["/notes/{id}"]!.patch!.requestBody.content["application/json; charset=utf-8"]!.schema.properties;
    Object.assign(properties, { anything: true, nothing: false, loose: { oneOf: [{ type: "string" }, {}] }, implied: { required: ["a"], properties: { a: { type: "string" } } } });
    const schema = endpoint(importOpenApi(document), "notes_update").body!.schema!;
    expect(schema.properties).toMatchObject({ anything: {}, nothing: { not: {} }, loose: {}, implied: { type: "object", required: ["a"] } });
    const update = compileDeclarativeConnectorOrThrow(importOpenApi(document).document).actions[0]!;
    expect(update.input.safeParse({ id: "n", fields: 1, body: { text: "t", anything: [1], loose: 2, implied: { a: "x" } } }).success).toBe(true);
    expect(update.input.safeParse({ id: "n", fields: 1, body: { text: "t", nothing: 1 } }).success).toBe(false);
    // Without the implied `type: object`, zod would accept anything here.
    expect(update.input.safeParse({ id: "n", fields: 1, body: { text: "t", implied: {} } }).success).toBe(false);
  });

  it("compiles into actions whose input follows the schema", () => {
    const connector = compileDeclarativeConnectorOrThrow(result.document);
    const update = connector.actions[0]!;
    expect(update.input.safeParse({ id: "n1", fields: 2, body: { text: "hi", pinned: null, priority: 1, kind: "note" } }).success).toBe(true);
    expect(update.input.safeParse({ id: "n1", fields: 2, body: { text: "hi", priority: 0 } }).success).toBe(false);
    expect(update.input.safeParse({ id: "n1", fields: 2, body: { text: "far too long for ten" } }).success).toBe(false);
    expect(update.input.safeParse({ id: "n1", fields: 2, body: { text: "hi", kind: "todo" } }).success).toBe(false);
  });
});

describe("importOpenApi: security schemes → auth", () => {
  const authOf = (security: unknown, change?: (document: JsonObject) => void) => {
    const document = petstore();
    document.security = security;
    change?.(document);
    const { document: imported, warnings } = importOpenApi(document);
    return { auth_type: imported.auth_type, auth: imported.auth, warnings };
  };

  it("apiKey in a header or the query → api_key", () => {
    expect(authOf([{ apiKeyHeader: [] }])).toEqual({ auth_type: "api_key", auth: { in: "header", name: "X-API-Key" }, warnings: expect.any(Array) });
    expect(authOf([{ apiKeyQuery: [] }])).toMatchObject({ auth_type: "api_key", auth: { in: "query", name: "api_key" } });
  });

  it("apiKey in a cookie → a warning, and the next scheme", () => {
    const { auth_type, warnings } = authOf([{ apiKeyCookie: [] }]);
    expect(auth_type).toBe("none");
    expect(warnings).toContain('components.securitySchemes.apiKeyCookie: the API key "apiKeyCookie" goes in a cookie, which custom connectors cannot send');
    expect(authOf([{ apiKeyCookie: [] }, { apiKeyQuery: [] }]).auth_type).toBe("api_key");
  });

  it("http bearer → bearer, http basic → basic, other http schemes → a warning", () => {
    expect(authOf([{ bearerAuth: [] }]).auth_type).toBe("bearer");
    expect(authOf([{ basicAuth: [] }]).auth_type).toBe("basic");
    const digest = authOf([{ digestAuth: [] }]);
    expect(digest.auth_type).toBe("none");
    expect(digest.warnings).toContain('components.securitySchemes.digestAuth: HTTP "digest" authentication is not supported by custom connectors (bearer and basic are)');
  });

  it("oauth2 with the authorization-code flow → oauth2 with its URLs and scopes", () => {
    expect(authOf([{ oauthCode: [] }])).toMatchObject({
      auth_type: "oauth2",
      auth: { authorize_url: "https://auth.example.com/authorize", token_url: "https://eu.pets.example.com/oauth/token", scopes: ["pets:read", "pets:write"] },
    });
    expect(authOf([{ oauthCode: ["pets:read"] }]).auth).toMatchObject({ scopes: ["pets:read"] });
    const { auth_type, auth } = authOf([{ oauthCode: [] }]);
    expect(compileDeclarativeConnectorOrThrow({ ...importOpenApi(petstore()).document, auth_type, auth }).auth[0]).toMatchObject({ type: "oauth2" });
  });

  it("oauth2 with only client credentials → oauth2 with a warning (the connector still needs an authorize URL)", () => {
    const { auth_type, auth, warnings } = authOf([{ oauthClient: [] }]);
    expect(auth_type).toBe("oauth2");
    expect(auth).toEqual({ token_url: "https://auth.example.com/token", scopes: ["pets:read"] });
    expect(warnings).toContainEqual(expect.stringContaining("only the OAuth2 client-credentials flow"));
  });

  it("openIdConnect → a warning and none", () => {
    const { auth_type, warnings } = authOf([{ oidc: [] }]);
    expect(auth_type).toBe("none");
    expect(warnings).toContainEqual(expect.stringContaining("OpenID Connect"));
  });

  it("several schemes: the first usable one of the global requirement, with a warning about the rest", () => {
    const { auth_type, warnings } = authOf([{ oidc: [] }, { basicAuth: [] }, { apiKeyQuery: [] }]);
    expect(auth_type).toBe("basic");
    expect(warnings).toContain('security: the API also accepts "apiKeyQuery"; a custom connector has one auth method, so it uses "basicAuth"');
  });

  it("two header API keys needed together → custom headers", () => {
    const imported = authOf([{ apiKeyHeader: [], appId: [] }]);
    expect(imported).toMatchObject({ auth_type: "custom_headers", auth: { headers: [{ header: "X-API-Key", label: "apiKeyHeader" }, { header: "X-App-Id", label: "appId" }] } });
    const connector = compileDeclarativeConnectorOrThrow({ ...importOpenApi(petstore()).document, auth_type: imported.auth_type, auth: imported.auth });
    expect(connector.auth[0]).toMatchObject({ type: "custom_headers", fields: [{ header: "X-API-Key" }, { header: "X-App-Id" }] });
  });

  it("schemes needed together that are not all header keys: the first one, with a warning; an undefined scheme: a warning", () => {
    const together = authOf([{ bearerAuth: [], apiKeyQuery: [] }]);
    expect(together.auth_type).toBe("bearer");
    expect(together.warnings).toContain('security[0]: the API wants "bearerAuth" together with "apiKeyQuery"; the connector sends only "bearerAuth"');
    const undefinedScheme = authOf([{ nope: [] }, { basicAuth: [] }]);
    expect(undefinedScheme.auth_type).toBe("basic");
    expect(undefinedScheme.warnings).toContain('security[0]: the security scheme "nope" is not defined in components.securitySchemes');
  });

  it("without a global requirement, the operations' requirements; without any security → none", () => {
    const fromOperation = authOf(undefined, (document) => {
      const paths = document.paths as Record<string, Record<string, JsonObject>>;
      paths["/pets"]!.get!.security = [{ apiKeyQuery: [] }];
    });
    expect(fromOperation.auth_type).toBe("api_key");
    expect(
      authOf(undefined, (document) => {
        delete (document.components as JsonObject).securitySchemes;
      }),
    ).toEqual({ auth_type: "none", auth: undefined, warnings: expect.any(Array) });
  });
});

describe("importOpenApi: errors say what is wrong and where", () => {
  it("a $ref to nothing, at the place holding it", () => {
    const document = petstore();
    const paths = document.paths as Record<string, Record<string, JsonObject>>;
    paths["/pets"]!.get!.parameters = [{ $ref: "#/components/parameters/Nope" }];
    const error = importError(() => importOpenApi(document));
    expect(error.message).toBe('paths./pets.get.parameters[0]: $ref "#/components/parameters/Nope" not found');
    expect(error.location).toBe("paths./pets.get.parameters[0]");

    const inComponent = petstore();
    (schemaAt(inComponent, "Pet").properties as JsonObject).owner = { $ref: "#/components/schemas/Missing" };
    expect(() => importOpenApi(inComponent)).toThrow('components.schemas.Pet.properties.owner: $ref "#/components/schemas/Missing" not found');
  });

  it("follows JSON Pointer escapes (~0 for ~, ~1 for /) and leaves remote refs out with a warning", () => {
    const document = petstore();
    (document.components as { schemas: JsonObject }).schemas["odd~name"] = { type: "string", maxLength: 3 };
    (schemaAt(document, "Pet").properties as JsonObject).nickname = { $ref: "#/components/schemas/odd~0name" };
    (schemaAt(document, "Pet").properties as JsonObject).remote = { $ref: "https://example.com/schemas.json#/Remote" };
    const { document: imported, warnings } = importOpenApi(document);
    const properties = endpoint({ document: imported, warnings }, "createPet").body!.schema!.properties as JsonObject;
    expect(properties.nickname).toEqual({ type: "string", maxLength: 3 });
    expect(properties.remote).toEqual({});
    expect(warnings).toContain('components.schemas.Pet.properties.remote: $ref "https://example.com/schemas.json#/Remote" points outside this document; remote references are not followed, so it is left out');
  });

  it("Swagger 2.0 → convert it first", () => {
    expect(() => importOpenApi({ swagger: "2.0", info: { title: "Old" }, paths: {} })).toThrow(/Swagger 2\.0 document; Junction imports OpenAPI 3\.0 and 3\.1\. Convert it to OpenAPI 3 first/);
    expect(() => importOpenApi('swagger: "2.0"\ninfo: { title: Old }\npaths: {}\n')).toThrow(OpenApiImportError);
  });

  it("not OpenAPI 3.0/3.1, not JSON or YAML, or empty", () => {
    expect(() => importOpenApi({ openapi: "4.0.0", paths: {} })).toThrow("openapi: OpenAPI 4.0.0 is not supported; Junction imports OpenAPI 3.0.x and 3.1.x");
    expect(() => importOpenApi({ info: {} })).toThrow(/no "openapi" version field/);
    expect(() => importOpenApi("{ not json")).toThrow(/not valid JSON/);
    expect(() => importOpenApi("openapi: [3.0\n  paths: :")).toThrow(/neither JSON nor valid YAML/);
    expect(() => importOpenApi("  ")).toThrow("the OpenAPI document is empty");
    expect(() => importOpenApi("[1, 2]")).toThrow(/expected an object at the top level/);
  });

  it("a relative server URL → asks for the absolute URL, which options.baseUrl gives", () => {
    const document = petstore();
    document.servers = [{ url: "/api/v3" }];
    expect(() => importOpenApi(document)).toThrow('servers[0].url: the server URL "/api/v3" is relative (the document expects to be served by the API itself); pass the API\'s absolute URL as options.baseUrl (e.g. https://api.example.com/api/v3)');
    expect(importOpenApi(document, { baseUrl: "https://pets.example.org/api/v3/" }).document.base_url).toBe("https://pets.example.org/api/v3");
    delete document.servers;
    expect(() => importOpenApi(document)).toThrow(/servers: the document names no server/);
    expect(() => importOpenApi(document, { baseUrl: "ftp://x" })).toThrow(/options.baseUrl "ftp:\/\/x" is not an absolute http\(s\) URL/);
  });

  it("a server variable without a default", () => {
    const document = petstore();
    document.servers = [{ url: "https://{tenant}.example.com", variables: { tenant: { enum: ["a"] } } }];
    expect(() => importOpenApi(document)).toThrow("servers[0].variables.tenant: the server URL uses {tenant}, which has no default value; give it one, or pass options.baseUrl");
  });

  it("no operations at all", () => {
    expect(() => importOpenApi({ openapi: "3.1.0", info: { title: "Hooks only" }, servers: [{ url: "https://x.test" }], webhooks: {} })).toThrow("paths: the document has no operations a connector can call");
  });
});

describe("importOpenApi: limits of the declarative format", () => {
  it("truncates names and descriptions to the schema's limits instead of failing", () => {
    const document = petstore();
    (document.info as JsonObject).description = "d".repeat(5000);
    const paths = document.paths as Record<string, Record<string, JsonObject>>;
    paths["/pets"]!.get!.summary = "s".repeat(300);
    paths["/pets"]!.get!.description = "x".repeat(3000);
    (paths["/pets"]!.get!.parameters as JsonObject[])[0]!.description = "p".repeat(900);
    const { document: imported } = importOpenApi(document, { name: `  ${"N".repeat(150)}  ` });
    expect(imported.name).toHaveLength(100);
    expect(imported.description).toHaveLength(1000);
    const list = imported.endpoints[0]!;
    expect([list.name.length, list.description!.length, list.params![0]!.description!.length]).toEqual([100, 1000, 500]);
    expect(list.name.endsWith("…")).toBe(true);
    expect(compileDeclarativeConnector(imported).ok).toBe(true);
  });

  it("caps a body schema's size and depth, with a warning", () => {
    const { document, warnings } = importOpenApi(PETSTORE_30_YAML, { schemaLimits: { maxNodes: 3 } });
    expect(JSON.stringify(endpoint({ document, warnings }, "createPet").body!.schema)).not.toContain("email");
    expect(warnings).toContain("components.requestBodies.NewPet.content.application/json.schema: the body schema is larger or deeper than the importer keeps; its innermost parts accept any value");
    expect(compileDeclarativeConnector(document).ok).toBe(true);
  });
});
