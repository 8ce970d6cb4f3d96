"use client";

import Link from "next/link";
import { useOrg } from "@/components/shell/org-context";
import type { RunDetail } from "./run-types";

/** "Replay of run 1a2b3c4d" or "Re-run from “Fetch user” of run 1a2b3c4d", linking to the original. */
export function RunLineage({ run }: { run: RunDetail }) {
  const { href } = useOrg();
  if (!run.replayOfRunId) return null;
  const original = (
    <Link href={href(`runs/${run.replayOfRunId}`)} className="font-medium text-primary underline-offset-4 hover:underline">
      run <span className="font-mono text-xs">{run.replayOfRunId.slice(0, 8)}</span>
    </Link>
  );
  if (run.rerunFromNodeId) {
    const nodeName = run.nodes.find((node) => node.id === run.rerunFromNodeId)?.name ?? run.rerunFromNodeId;
    return (
      <span>
        Re-run from “{nodeName}” of {original}
      </span>
    );
  }
  return <span>Replay of {original}</span>;
}
