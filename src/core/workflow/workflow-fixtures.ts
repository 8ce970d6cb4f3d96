import { type WorkflowDefinition, type WorkflowDefinitionInput, WorkflowDefinitionSchema } from "./definition";

type NodeInput = WorkflowDefinitionInput["nodes"][number];
type EdgeInput = WorkflowDefinitionInput["edges"][number];

/** Builds a definition for tests, filling defaults; edges may be written as "a->b" or "a->b:branch". */
export function testWorkflow(nodes: NodeInput[], edges: (EdgeInput | string)[], settings?: WorkflowDefinitionInput["settings"]): WorkflowDefinition {
  return WorkflowDefinitionSchema.parse({ version: 1, nodes, edges: edges.map(toEdge), settings });
}

function toEdge(edge: EdgeInput | string, index: number): EdgeInput {
  if (typeof edge !== "string") return edge;
  const [source = "", rest = ""] = edge.split("->");
  const [target = "", branch] = rest.split(":");
  return { id: `e${index}`, source, target, ...(branch ? { branch } : {}) };
}

export const manualTrigger: NodeInput = { id: "start", name: "Start", type: "trigger", trigger: { kind: "manual" } };
