import type { Permission } from "@/core/authz";

/** What a role lets someone do, in words, from the permissions it grants. Order: most everyday first. */
const CAPABILITIES: ReadonlyArray<{ permission: Permission; text: string }> = [
  { permission: "workflows.read", text: "See workflows, runs, connections and webhooks" },
  { permission: "workflows.write", text: "Build, edit and run workflows" },
  { permission: "runs.approve", text: "Approve or reject runs waiting for a decision" },
  { permission: "connections.write", text: "Add and change connections to apps" },
  { permission: "webhooks.manage", text: "Create and manage webhooks" },
  { permission: "members.manage", text: "Invite people and change their roles" },
  { permission: "audit.read", text: "Read the audit log" },
  { permission: "org.update", text: "Rename the organization" },
  { permission: "org.delete", text: "Delete the organization" },
];

export function capabilitiesOf(permissions: readonly Permission[]): string[] {
  const granted = new Set(permissions);
  return CAPABILITIES.filter((c) => granted.has(c.permission)).map((c) => c.text);
}
