import { DEMO_EMAIL } from "./demo-account";

/**
 * The demo organization's starter workflows: each shows a part of the engine without needing any outside
 * service (this machine may have no internet). They are published, so "Run" works at once.
 */
export const DEMO_WORKFLOWS = [
  {
    name: "Welcome a new customer",
    description: "Shapes a greeting, waits a few seconds (watch the run page update live), then picks a branch by plan.",
    definition: {
      version: 1,
      nodes: [
        { id: "trigger", type: "trigger", name: "New customer", trigger: { kind: "manual", samplePayload: { name: "Ada", email: "ada@example.com", plan: "pro" } } },
        { id: "greeting", type: "transform", name: "Shape greeting", expression: '{ "subject": "Welcome, " & trigger.name & "!", "to": trigger.email }' },
        { id: "pause", type: "delay", name: "Wait a moment", delay: { mode: "duration", duration: "5s" } },
        { id: "isPro", type: "condition", name: "Pro plan?", expression: 'trigger.plan = "pro"' },
        { id: "vip", type: "transform", name: "VIP onboarding", expression: '{ "track": "vip", "subject": steps.greeting.subject }' },
        { id: "standard", type: "transform", name: "Standard onboarding", expression: '{ "track": "standard", "subject": steps.greeting.subject }' },
      ],
      edges: [
        { id: "e1", source: "trigger", target: "greeting" },
        { id: "e2", source: "greeting", target: "pause" },
        { id: "e3", source: "pause", target: "isPro" },
        { id: "e4", source: "isPro", target: "vip", branch: "true" },
        { id: "e5", source: "isPro", target: "standard", branch: "false" },
      ],
    },
  },
  {
    name: "Refund approval",
    description: "Waits for the demo user to approve or reject on the run page, then reports the decision.",
    definition: {
      version: 1,
      nodes: [
        { id: "trigger", type: "trigger", name: "Refund requested", trigger: { kind: "manual", samplePayload: { orderId: "A-1042", amount: 120 } } },
        { id: "approve", type: "wait", name: "Finance sign-off", wait: { kind: "approval", timeout: "2d", approvers: [DEMO_EMAIL] } },
        { id: "result", type: "transform", name: "Decision", expression: '{ "orderId": trigger.orderId, "approved": steps.approve.data.approved, "by": steps.approve.data.decidedBy.email }' },
      ],
      edges: [
        { id: "e1", source: "trigger", target: "approve" },
        { id: "e2", source: "approve", target: "result" },
      ],
    },
  },
  {
    name: "Announce an order",
    description: "Emits an order.created event; the “Record an order” workflow listens for it.",
    definition: {
      version: 1,
      nodes: [
        { id: "trigger", type: "trigger", name: "Order placed", trigger: { kind: "manual", samplePayload: { orderId: "A-1043", total: 49.5 } } },
        { id: "emit", type: "action", name: "Emit order.created", action: "event.emit", input: { event: "order.created", data: { orderId: "{{ trigger.orderId }}", total: "{{ trigger.total }}" } } },
      ],
      edges: [{ id: "e1", source: "trigger", target: "emit" }],
    },
  },
  {
    name: "Record an order",
    description: "Started by order.created events from other workflows.",
    definition: {
      version: 1,
      nodes: [
        { id: "trigger", type: "trigger", name: "On order.created", trigger: { kind: "event", event: "order.created" } },
        { id: "record", type: "transform", name: "Record", expression: '{ "orderId": trigger.data.orderId, "from": trigger.source.id }' },
      ],
      edges: [{ id: "e1", source: "trigger", target: "record" }],
    },
  },
  {
    name: "Weekday digest",
    description: "Runs on a schedule: weekdays at 09:00, Europe/Paris.",
    definition: {
      version: 1,
      nodes: [
        { id: "trigger", type: "trigger", name: "Weekdays 09:00", trigger: { kind: "schedule", cron: "0 9 * * 1-5", timezone: "Europe/Paris" } },
        { id: "digest", type: "transform", name: "Build digest", expression: '{ "title": "Daily digest", "at": $now() }' },
      ],
      edges: [{ id: "e1", source: "trigger", target: "digest" }],
    },
  },
] as const;
