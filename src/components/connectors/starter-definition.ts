/** What "New custom connector" starts from: the requirement documents' shape, ready to adapt. */
export const STARTER_DEFINITION = {
  name: "My API",
  description: "What this API does for your workflows.",
  auth_type: "api_key",
  auth: { in: "header", name: "x-api-key" },
  base_url: "https://api.example.com/v1",
  endpoints: [
    {
      name: "List Items",
      path: "/items",
      method: "GET",
      params: [{ name: "limit", in: "query", type: "integer", example: 20, description: "How many items per page" }],
      pagination: { type: "cursor", cursorPath: "next_cursor", cursorParam: "cursor", itemsPath: "items" },
    },
    {
      name: "Create Item",
      path: "/items",
      method: "POST",
      body: { schema: { type: "object", properties: { name: { type: "string" } }, required: ["name"] } },
    },
  ],
  rate_limit: { requests: 60, per: "minute" },
  test: { path: "/me" },
};
