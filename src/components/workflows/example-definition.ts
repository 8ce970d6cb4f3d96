/** A minimal complete workflow: a manual trigger, a transform, and an HTTP request. */
export const EXAMPLE_DEFINITION = {
  version: 1,
  nodes: [
    {
      id: "trigger",
      type: "trigger",
      name: "Manual trigger",
      trigger: { kind: "manual", samplePayload: { limit: 5 } },
    },
    {
      id: "prepare",
      type: "transform",
      name: "Prepare request",
      expression: '{ "limit": trigger.limit }',
    },
    {
      id: "fetch_items",
      type: "action",
      name: "Fetch items",
      action: "http.request",
      input: { method: "GET", url: "https://api.example.com/items" },
    },
  ],
  edges: [
    { id: "trigger_to_prepare", source: "trigger", target: "prepare" },
    { id: "prepare_to_fetch", source: "prepare", target: "fetch_items" },
  ],
} as const;
