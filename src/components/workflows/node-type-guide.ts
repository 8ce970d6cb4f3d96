/** A shape the `trigger` (or another field) takes, as a one-line JSON sketch; `"key"?` marks an optional key. */
export interface NodeTypeShape {
  shape: string;
  /** Where the values come from, when the user cannot make them up (a webhook endpoint's id). */
  note?: string;
}

/** One line on each node type, for the editor's side card; the trigger's kinds also show their shapes. */
export const NODE_TYPE_GUIDE: ReadonlyArray<{ type: string; summary: string; shapes?: readonly NodeTypeShape[] }> = [
  {
    type: "trigger",
    summary: "Starts the run: manual, schedule (cron), event or webhook. Exactly one per workflow; its trigger is one of:",
    shapes: [
      { shape: '{ "kind": "manual" }' },
      { shape: '{ "kind": "schedule", "cron": "0 9 * * 1-5", "timezone": "UTC" }' },
      { shape: '{ "kind": "event", "event": "order.created", "filter"?: "<JSONata>" }' },
      {
        shape: '{ "kind": "webhook", "endpointId": "wh_…", "filter"?: "<JSONata>" }',
        note: "“Copy trigger” on the endpoint's details (Webhooks page) gives it with the id; the filter reads body, headers and event.",
      },
    ],
  },
  { type: "action", summary: 'Calls an API ("http.request" or a connector action) or starts other workflows ("event.emit"). Strings in its input may use {{ }} templates.' },
  { type: "transform", summary: "Reshapes data with a JSONata expression." },
  { type: "condition", summary: 'Branches on a JSONata test; outgoing edges carry branch "true" or "false".' },
  { type: "switch", summary: 'Takes the first matching case; edges carry a case id or "default".' },
  { type: "loop", summary: "Runs a body of nodes for each of its items." },
  { type: "delay", summary: "Pauses for a duration, or until a time." },
  { type: "wait", summary: "Pauses until an event arrives or someone approves, with a timeout." },
  { type: "subworkflow", summary: "Runs another workflow and passes on its result." },
  { type: "stop", summary: "Ends the run as succeeded or failed, with a message." },
];
