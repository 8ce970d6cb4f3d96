import type { DbResult, PhaseResult } from "./engine-run";
import { fmt, table, type CpuUse, type Summary } from "./stats";

/** The issue's targets, for a 2-core machine with PostgreSQL. */
export const TARGETS = {
  runsPerS: 200,
  perStepOverheadP50Ms: 5,
  eventToFirstStepP50Ms: 50,
  sleepers: 10_000,
  sleepersRssMb: 2048,
};

const DB_LABEL = { postgres: "PostgreSQL", pglite: "PGlite" } as const;

const row = (label: string, s: Summary): string[] => [label, fmt(s.p50, 2), fmt(s.p99, 2), fmt(s.mean, 2), fmt(s.max, 2)];

function phaseTable(phase: PhaseResult, stepsPerRun: number): string {
  const rows = [
    row("event → first step (from enqueue call)", phase.eventToFirstStep),
    row("  … from event accepted (send returned)", phase.acceptedToFirstStep),
    row(`per-step overhead (see definition)`, phase.perStepOverhead),
    row("run duration (run.started → run.completed)", phase.runDuration),
    row(`time in node code per run (${stepsPerRun} nodes)`, phase.nodeCodePerRun),
    row("enqueue → run completed", phase.endToEnd),
    row("SDK handler time per call request", phase.sdkHandlerPerCall),
    ...phase.segments.map((s) => row(`  segment: ${s.label}`, s.summary)),
  ];
  return table(["ms", "p50", "p99", "mean", "max"], rows);
}

export function formatDbResult(result: DbResult): string {
  const o = result.options;
  const lines: string[] = [];
  lines.push("");
  lines.push(`════ ${DB_LABEL[result.db]} — ${result.serverVersion ?? "?"} ════`);
  lines.push(
    `runs ${o.runs}, executor concurrency ${o.concurrency}, calls ${o.transport}, poll ${o.pollIntervalMs ?? "default (500)"} ms` +
      (result.db === "postgres" ? `, pool ${o.pgMaxConnections} connections` : "") +
      `, ${o.enqueueParallel} sends in flight, warm-up ${o.warmup}, paced ${o.pacedRuns}`,
  );
  if (result.rssAfterSetupMb !== undefined) lines.push(`RSS after setup: ${fmt(result.rssAfterSetupMb, 0)} MB`);
  if (result.burst) {
    const b = result.burst;
    lines.push("");
    lines.push(`Burst: ${b.runs} runs enqueued at once (throughput)`);
    lines.push(`  completed runs/s        ${fmt(b.runsPerS, 1)}   (${b.runs} runs, first enqueue → last run.completed ${fmt(b.wallS, 2)} s)`);
    lines.push(`  SDK call requests/run   ${fmt(b.sdkCallsPerRun, 2)}`);
    lines.push(`  CPU (cores busy)        ${cpuLine(b.cpu)}`);
    lines.push(...pgLines(b));
    lines.push(`  peak RSS                ${fmt(b.peakRssMb, 0)} MB (peak heap ${fmt(b.peakHeapMb, 0)} MB)`);
    if (b.cpuProfile) lines.push(`  CPU profile             ${b.cpuProfile}`);
    lines.push(indent(phaseTable(b, result.stepsPerRun), 2));
  }
  if (result.paced) {
    const p = result.paced;
    lines.push("");
    lines.push(`Paced: ${p.runs} runs, one at a time on an idle engine (latency without queueing)`);
    lines.push(`  SDK call requests/run   ${fmt(p.sdkCallsPerRun, 2)}; peak RSS ${fmt(p.peakRssMb, 0)} MB`);
    lines.push(`  CPU (cores busy)        ${cpuLine(p.cpu)}`);
    lines.push(...pgLines(p));
    if (p.cpuProfile) lines.push(`  CPU profile             ${p.cpuProfile}`);
    lines.push(indent(phaseTable(p, result.stepsPerRun), 2));
  }
  if (result.sleepers) {
    const s = result.sleepers;
    lines.push("");
    lines.push(
      `Sleeping: ${s.count} runs (trigger → delay 1h) all sleeping after ${fmt(s.seconds, 1)} s (${fmt(s.count / s.seconds, 0)} runs/s); ` +
        `held: RSS ${fmt(s.rssMb, 0)} MB, heap ${fmt(s.heapUsedMb, 0)} MB; peak RSS ${fmt(s.peakRssMb, 0)} MB`,
    );
  } else if (result.ok) {
    lines.push("", "Sleeping: skipped (BENCH_SLEEPERS=0)");
  }
  if (!result.ok) lines.push("", `✗ FAILED: ${result.error ?? "unknown error"}`);
  return lines.join("\n");
}

export const DEFINITIONS = [
  "Definitions:",
  "  event → first step: from just before the app's enqueueRun() (inngest.send) to the executor's first run.started/step.started",
  "    note for that run (emitted once the job is claimed, right before the first call request). \"From event accepted\" starts",
  "    when the send returned instead; it can be negative when the run is claimed before the send's HTTP response is delivered.",
  "  per-step overhead: (run duration − time inside node code) / nodes per run, where run duration is run.started → run.completed",
  "    as the executor reports it and node code time is Σ(finished_at − started_at) of the run's run_steps rows (ms resolution;",
  "    for the HTTP action it covers the outbound call and its 'running' log write). Everything else — claims, call requests,",
  "    body replays, memoization, status and log writes outside nodes, queueing — is overhead.",
  "  segments: time between the executor's notes for one run (each is one claim + call request + result transaction, plus queueing).",
  "  Memory is this Node process's RSS sampled every 100 ms (PGlite lives in it; a PostgreSQL server's memory does not).",
].join("\n");

type Verdict = { label: string; cells: string[] };

function check(value: number | undefined, ok: (v: number) => boolean, unit: string, digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return "n/a";
  return `${fmt(value, digits)} ${unit} ${ok(value) ? "met" : "MISSED"}`;
}

export function formatVerdict(results: DbResult[]): string {
  const verdicts: Verdict[] = [
    {
      label: `≥ ${TARGETS.runsPerS} completed runs/s`,
      cells: results.map((r) => check(r.burst?.runsPerS, (v) => v >= TARGETS.runsPerS, "runs/s")),
    },
    {
      label: `per-step overhead p50 ≤ ${TARGETS.perStepOverheadP50Ms} ms — idle engine`,
      cells: results.map((r) => check(r.paced?.perStepOverhead.p50, (v) => v <= TARGETS.perStepOverheadP50Ms, "ms", 2)),
    },
    {
      label: `per-step overhead p50 ≤ ${TARGETS.perStepOverheadP50Ms} ms — during the burst`,
      cells: results.map((r) => check(r.burst?.perStepOverhead.p50, (v) => v <= TARGETS.perStepOverheadP50Ms, "ms", 2)),
    },
    {
      label: `event → first step p50 ≤ ${TARGETS.eventToFirstStepP50Ms} ms — idle engine`,
      cells: results.map((r) => check(r.paced?.eventToFirstStep.p50, (v) => v <= TARGETS.eventToFirstStepP50Ms, "ms")),
    },
    {
      label: `event → first step p50 ≤ ${TARGETS.eventToFirstStepP50Ms} ms — during the burst`,
      cells: results.map((r) => check(r.burst?.eventToFirstStep.p50, (v) => v <= TARGETS.eventToFirstStepP50Ms, "ms")),
    },
    {
      label: `${TARGETS.sleepers.toLocaleString("en")} sleeping runs, process < 2 GB`,
      cells: results.map((r) => {
        if (!r.sleepers) return "not run";
        const rss = r.sleepers.peakRssMb;
        if (r.sleepers.count < TARGETS.sleepers) return `${fmt(rss, 0)} MB peak, only ${r.sleepers.count} runs: not checked`;
        return `${fmt(rss, 0)} MB peak ${rss < TARGETS.sleepersRssMb ? "met" : "MISSED"}`;
      }),
    },
  ];
  const headers = ["Target", ...results.map((r) => (r.db === "postgres" ? "PostgreSQL (target)" : "PGlite (for reference)"))];
  return ["", "════ Verdict (targets are for PostgreSQL on this 2-core machine) ════", table(headers, verdicts.map((v) => [v.label, ...v.cells]))].join("\n");
}

function pgLines(phase: PhaseResult): string[] {
  if (!phase.pg) return [];
  const pg = phase.pg;
  return [
    `  PostgreSQL per run      ${fmt(pg.commitsPerRun, 1)} commits (transactions + autocommitted statements), rows ` +
      `${fmt(pg.rowsInsertedPerRun, 1)} inserted / ${fmt(pg.rowsUpdatedPerRun, 1)} updated / ${fmt(pg.rowsDeletedPerRun, 1)} deleted`,
    `  table scans per run (rows written): ${pg.tables
      .filter((t) => t.scansPerRun >= 0.5 || t.rowWritesPerRun >= 0.5)
      .map((t) => `${t.name} ${fmt(t.scansPerRun, 1)} (${fmt(t.rowWritesPerRun, 1)})`)
      .join(", ")}`,
  ];
}

function cpuLine(cpu: CpuUse): string {
  const parts = [`this node process ${fmt(cpu.processCores, 2)}`];
  if (cpu.postgresCores !== null) parts.push(`postgres server ${fmt(cpu.postgresCores, 2)}`);
  if (cpu.otherCores !== null) parts.push(`other processes ${fmt(cpu.otherCores, 2)}`);
  if (cpu.machineBusy !== null) parts.push(`machine ${fmt(cpu.machineBusy * 100, 0)} % busy`);
  return parts.join(", ");
}

function indent(text: string, n: number): string {
  return text
    .split("\n")
    .map((l) => " ".repeat(n) + l)
    .join("\n");
}
