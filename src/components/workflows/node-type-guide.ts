/** One line on each node type, for the editor's side card. */
export const NODE_TYPE_GUIDE: ReadonlyArray<{ type: string; summary: string }> = [
  { type: "trigger", summary: "Starts the run: manual, schedule (cron), event or webhook. Exactly one per workflow." },
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
