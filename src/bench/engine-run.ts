/**
 * One database's engine benchmark: the app's real `run-workflow` function served over HTTP, driven by the real
 * embedded executor, against a loopback no-op HTTP server. Imported by `engine.ts` only after it has set the
 * environment the app reads at import time (OUTBOUND_ALLOW_PRIVATE_HOSTS, LOG_LEVEL).
 */
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { and, count, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { NextRequest } from "next/server";
import { createEmbeddedExecutor, executorSchema, type Dispatch, type EmbeddedExecutor, type ExecutorDb, type RunEvent } from "@/executor";
import { openDatabase } from "@/server/db/open-database";
import { organizations } from "@/server/db/schema/organizations";
import { runs, runSteps } from "@/server/db/schema/runs";
import type { DatabaseHandle } from "@/server/db/types";
import { insertRun } from "@/server/runs/create-run";
import { installAsAppDatabase } from "@/test/app-database";
import { createPublishedWorkflow } from "@/test/workflow-fixtures";
import { CpuMeter, mb, MemorySampler, summarize, type CpuUse, type Summary } from "./stats";

export type DbKind = "postgres" | "pglite";

export interface BenchOptions {
  db: DbKind;
  runs: number;
  databaseUrl: string;
  concurrency: number;
  sleepers: number;
  warmup: number;
  pacedRuns: number;
  enqueueParallel: number;
  pollIntervalMs: number | undefined;
  pgMaxConnections: number;
  /** How the executor reaches the app's serve() handler: in-process (the app's embedded default) or over loopback HTTP. */
  transport: "in-process" | "http";
  /** When set, the burst phase is CPU-profiled (inspector) into this directory. */
  cpuProfileDir: string | undefined;
}

export interface PhaseResult {
  runs: number;
  wallS: number;
  runsPerS: number;
  sdkCallsPerRun: number;
  eventToFirstStep: Summary;
  acceptedToFirstStep: Summary;
  perStepOverhead: Summary;
  runDuration: Summary;
  nodeCodePerRun: Summary;
  endToEnd: Summary;
  sdkHandlerPerCall: Summary;
  segments: { label: string; summary: Summary }[];
  peakRssMb: number;
  peakHeapMb: number;
  cpu: CpuUse;
  /** PostgreSQL only: commits (explicit transactions and autocommitted statements) and rows written, per run. */
  pg?: {
    commitsPerRun: number;
    rowsInsertedPerRun: number;
    rowsUpdatedPerRun: number;
    rowsDeletedPerRun: number;
    /** Per table: scans (sequential + index) and rows written, per run. */
    tables: { name: string; scansPerRun: number; rowWritesPerRun: number }[];
  };
  cpuProfile?: string;
}

export interface SleepResult {
  count: number;
  seconds: number;
  rssMb: number;
  heapUsedMb: number;
  peakRssMb: number;
}

export interface DbResult {
  db: DbKind;
  ok: boolean;
  error?: string;
  serverVersion?: string;
  options: BenchOptions;
  stepsPerRun: number;
  rssAfterSetupMb?: number;
  paced?: PhaseResult;
  burst?: PhaseResult;
  sleepers?: SleepResult | null;
}

/** The benchmarked workflow: trigger → transform → HTTP action against the no-op server. */
function threeStepWorkflow(targetUrl: string) {
  return {
    version: 1,
    nodes: [
      { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } },
      { id: "shape", type: "transform", name: "Shape", expression: '{ "title": "Hello " & trigger.name }' },
      { id: "call", type: "action", name: "Call no-op", action: "http.request", input: { method: "POST", url: `${targetUrl}/noop`, body: "{{ steps.shape }}" } },
    ],
    edges: [
      { id: "e1", source: "trigger", target: "shape" },
      { id: "e2", source: "shape", target: "call" },
    ],
  };
}
const STEPS_PER_RUN = 3;
/** `RUN_WORKFLOW_FUNCTION_ID` (not imported: that module constructs the Inngest client, which must wait for the executor's URL). */
const RUN_WORKFLOW_FUNCTION_ID = "run-workflow";

const SLEEPING_WORKFLOW = {
  version: 1,
  nodes: [
    { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } },
    { id: "wait", type: "delay", name: "Wait an hour", delay: { mode: "duration", duration: "1h" } },
  ],
  edges: [{ id: "e1", source: "trigger", target: "wait" }],
};

/** Set by Ctrl-C: the waits stop and the run tears down (dropping its database) instead of leaving it behind. */
let interrupted = false;
let onInterrupt: (() => void) | undefined;

/** The SDK reports step ids as SHA-1 hashes of the names given to `step.run`; these are the ones this workflow uses. */
const STEP_NAMES = new Map(
  ["trigger", "shape", "call"].map((name) => [createHash("sha1").update(name).digest("hex"), name]),
);
const stepName = (stepId: string) => STEP_NAMES.get(stepId) ?? stepId.slice(0, 10);

/** What the executor reported for one of its runs (times are `performance.now()` when the note was emitted). */
interface ExecRunTimes {
  started?: number;
  firstStepStarted?: number;
  steps: { stepId: string; at: number }[];
  completed?: number;
  failed?: number;
}

/** Collects the executor's `onRunEvent` notes; kept cheap, since it runs on the engine's hot path. */
class RunRecorder {
  readonly byExecRun = new Map<string, ExecRunTimes>();
  completed = 0;
  failed = 0;
  /** The first step or run failure seen: the benchmark stops at once instead of waiting out the retries. */
  firstFailure: string | undefined;
  private waiters: { target: number; resolve: () => void; reject: (error: Error) => void }[] = [];

  /** Only runs of the app's workflow function count (the app also registers e.g. a cron function). */
  constructor(private readonly counts: (functionId: string) => boolean) {}

  readonly onRunEvent = (event: RunEvent): void => {
    if (!this.counts(event.functionId)) return;
    const at = performance.now();
    let times = this.byExecRun.get(event.runId);
    if (!times) {
      times = { steps: [] };
      this.byExecRun.set(event.runId, times);
    }
    switch (event.type) {
      case "run.started":
        times.started ??= at;
        break;
      case "step.started":
        times.firstStepStarted ??= at;
        break;
      case "step.finished":
        times.steps.push({ stepId: event.stepId, at });
        break;
      case "run.completed":
        times.completed = at;
        this.completed++;
        this.release();
        break;
      case "step.failed":
        this.firstFailure ??= `step ${stepName(event.stepId)} of executor run ${event.runId} failed: ${JSON.stringify(event.error).slice(0, 500)}`;
        this.release();
        break;
      case "run.failed":
        times.failed = at;
        this.failed++;
        this.firstFailure ??= `executor run ${event.runId} failed: ${JSON.stringify(event.error).slice(0, 500)}`;
        this.release();
        break;
      default:
        break;
    }
  };

  /** Resolves once `target` runs have completed in total; rejects on the first failure or an interrupt. */
  completions(target: number): Promise<void> {
    if (this.firstFailure) return Promise.reject(new Error(this.firstFailure));
    if (interrupted) return Promise.reject(new Error("interrupted"));
    if (this.completed >= target) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ target, resolve, reject }));
  }

  release() {
    if (this.waiters.length === 0) return;
    const failure = this.firstFailure ?? (interrupted ? "interrupted" : undefined);
    this.waiters = this.waiters.filter((w) => {
      if (failure) w.reject(new Error(failure));
      else if (this.completed >= w.target) w.resolve();
      else return true;
      return false;
    });
  }
}

/** Times every call request the executor makes to the app's `serve()` handler (request in → response body read). */
class CallMeter {
  calls = 0;
  durations: number[] = [];
  reset() {
    this.calls = 0;
    this.durations = [];
  }
  wrapHttp(handler: (req: IncomingMessage, res: ServerResponse) => unknown) {
    return (req: IncomingMessage, res: ServerResponse) => {
      if (req.method === "POST") {
        const started = performance.now();
        this.calls++;
        res.once("finish", () => this.durations.push(performance.now() - started));
      }
      return handler(req, res);
    };
  }
  wrapDispatch(dispatch: Dispatch): Dispatch {
    return async (url, init) => {
      const started = performance.now();
      this.calls++;
      const response = await dispatch(url, init);
      const body = await response.text();
      this.durations.push(performance.now() - started);
      return new Response(body, { status: response.status, headers: response.headers });
    };
  }
}

interface Enqueued {
  enqueuedAt: number;
  acceptedAt: number;
}

type Log = (message: string) => void;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closeServer(server: Server | undefined): Promise<void> {
  if (!server?.listening) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Runs `task` over `items` with at most `parallel` in flight. */
async function pool<T>(items: readonly T[], parallel: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(parallel, items.length)) }, async () => {
    while (next < items.length) {
      if (interrupted) throw new Error("interrupted");
      const index = next++;
      await task(items[index]!, index);
    }
  });
  await Promise.all(workers);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh database on the PostgreSQL server, dropped again by `drop()`. */
async function createPostgresDatabase(baseUrl: string, log: Log) {
  const name = `junction_bench_${Date.now()}_${randomUUID().slice(0, 6)}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  let version: string;
  try {
    const [row] = await admin<{ server_version: string }[]>`show server_version`;
    version = `PostgreSQL ${row?.server_version ?? "?"}`;
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    await admin.end({ timeout: 2 });
    throw new Error(`Cannot create a database on ${redactUrl(baseUrl)} (set BENCH_DATABASE_URL): ${error instanceof Error ? error.message : String(error)}`);
  }
  await admin.end({ timeout: 2 });
  log(`created database ${name} on ${redactUrl(baseUrl)}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    name,
    version,
    url: url.toString(),
    async drop() {
      const sqlAdmin = postgres(baseUrl, { max: 1, onnotice: () => {} });
      try {
        await sqlAdmin.unsafe(`drop database if exists ${name} with (force)`);
        log(`dropped database ${name}`);
      } finally {
        await sqlAdmin.end({ timeout: 2 });
      }
    },
  };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url;
  }
}

export async function runDatabaseBenchmark(options: BenchOptions, log: Log): Promise<DbResult> {
  const result: DbResult = { db: options.db, ok: false, options, stepsPerRun: STEPS_PER_RUN };
  const sigint = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    log("interrupted: cleaning up (Ctrl-C again to quit at once)…");
    onInterrupt?.();
  };
  process.on("SIGINT", sigint);
  const memory = new MemorySampler(100);
  // Torn down in this order whatever happened: workers first (they may have calls in flight), then servers, then the database.
  let executor: EmbeddedExecutor | undefined;
  let appServer: Server | undefined;
  let target: Server | undefined;
  let handle: DatabaseHandle | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  try {
    // ── Database ────────────────────────────────────────────────────────────────────────────────
    if (options.db === "postgres") {
      const created = await createPostgresDatabase(options.databaseUrl, log);
      dropDatabase = () => created.drop();
      result.serverVersion = created.version;
      handle = await openDatabase({ kind: "postgres", url: created.url, maxConnections: options.pgMaxConnections });
    } else {
      handle = await openDatabase({ kind: "pglite" });
      result.serverVersion = "PGlite (in-memory, in-process)";
    }
    installAsAppDatabase(handle);
    const db = handle.db;
    const [org] = await db
      .insert(organizations)
      .values({ name: "Bench", slug: `bench-${randomUUID().slice(0, 8)}` })
      .returning({ id: organizations.id });
    const orgId = org!.id;

    // ── No-op HTTP target ───────────────────────────────────────────────────────────────────────
    let targetHits = 0;
    target = createServer((req, res) => {
      targetHits++;
      req.resume();
      req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'));
    });
    const targetUrl = await listen(target);

    // ── Executor, then the Inngest client pointed at it, then the app's serve() endpoint ────────
    // The SDK registers functions as "<app id>-<function id>".
    const recorder = new RunRecorder((functionId) => functionId === RUN_WORKFLOW_FUNCTION_ID || functionId.endsWith(`-${RUN_WORKFLOW_FUNCTION_ID}`));
    onInterrupt = () => recorder.release();
    // Call requests go to the app's serve() handler in-process, as the app's embedded mode does, or over HTTP.
    const inProcess: { dispatch?: Dispatch } = {};
    executor = createEmbeddedExecutor({
      db: db as unknown as ExecutorDb,
      ...(options.transport === "in-process" ? { dispatch: (url: URL, init: Parameters<Dispatch>[1]) => inProcess.dispatch!(url, init) } : {}),
      concurrency: options.concurrency,
      ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
      logger: { info() {}, warn: (m, f) => log(`[executor warn] ${m} ${JSON.stringify(f ?? {})}`), error: (m, f) => log(`[executor error] ${m} ${JSON.stringify(f ?? {})}`) },
      onRunEvent: recorder.onRunEvent,
    });
    await executor.start();
    if (process.env.INNGEST_BASE_URL && process.env.INNGEST_BASE_URL !== executor.url) {
      throw new Error("The Inngest client was already pointed at another executor; run one database per process.");
    }
    process.env.INNGEST_DEV = "1";
    process.env.INNGEST_BASE_URL = executor.url;
    const [{ inngest }, { inngestFunctions }, { serve }, { inngestHandler }, { enqueueRun }] = await Promise.all([
      import("@/server/inngest/client"),
      import("@/server/inngest/functions"),
      import("inngest/node"),
      import("@/server/inngest/serve-handler"),
      import("@/server/services/runs/enqueue-run"),
    ]);
    const callMeter = new CallMeter();
    // The HTTP endpoint serves the sync (PUT) either way, and the call requests with BENCH_TRANSPORT=http.
    appServer = createServer(callMeter.wrapHttp(serve({ client: inngest, functions: inngestFunctions })));
    const appUrl = await listen(appServer);
    inProcess.dispatch = callMeter.wrapDispatch((url, init) => inngestHandler.POST(new NextRequest(url, init), undefined));
    await executor.syncApp(`${appUrl}/api/inngest`);
    const registered = (await db.select({ id: executorSchema.executorFunctions.id }).from(executorSchema.executorFunctions)).map((f) => f.id);
    if (!registered.some((id) => id === RUN_WORKFLOW_FUNCTION_ID || id.endsWith(`-${RUN_WORKFLOW_FUNCTION_ID}`))) {
      throw new Error(`The executor has no "${RUN_WORKFLOW_FUNCTION_ID}" function after sync (registered: ${registered.join(", ") || "none"}).`);
    }
    result.rssAfterSetupMb = mb(memory.sample());
    log(`executor ${executor.url} (concurrency ${options.concurrency}, calls ${options.transport}), app ${appUrl}/api/inngest, no-op target ${targetUrl}`);

    const definition = threeStepWorkflow(targetUrl);

    // ── Helpers over the app's own tables ───────────────────────────────────────────────────────
    const createRuns = async (workflowId: string, n: number, label: string) => {
      const ids: string[] = new Array<string>(n);
      await pool(
        Array.from({ length: n }, (_, i) => i),
        options.db === "pglite" ? 1 : 8,
        async (i) => {
          ids[i] = (await insertRun(db, { orgId, workflowId, triggerKind: "manual", triggerPayload: { name: `${label}-${i}` } })).id;
        },
      );
      return ids;
    };
    const enqueueAll = async (ids: string[], parallel: number, into: Map<string, Enqueued>) => {
      await pool(ids, parallel, async (id) => {
        const enqueuedAt = performance.now();
        await enqueueRun({ id, orgId });
        into.set(id, { enqueuedAt, acceptedAt: performance.now() });
      });
    };
    const statusCounts = async (workflowId: string) => {
      const rows = await db
        .select({ status: runs.status, n: count() })
        .from(runs)
        .where(and(eq(runs.orgId, orgId), eq(runs.workflowId, workflowId)))
        .groupBy(runs.status);
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Partial<Record<string, number>>;
    };
    /** Polls the runs table until `n` runs of the workflow are `status`; any failed/cancelled run is an error. */
    const waitForStatus = async (workflowId: string, n: number, status: "succeeded" | "sleeping", timeoutMs: number, what: string, everyMs = 100) => {
      const started = Date.now();
      let lastReport = started;
      for (;;) {
        if (interrupted) throw new Error("interrupted");
        if (recorder.firstFailure) throw new Error(`${what}: ${recorder.firstFailure}`);
        const counts = await statusCounts(workflowId);
        const bad = (counts.failed ?? 0) + (counts.cancelled ?? 0);
        if (bad > 0) {
          const [failure] = await db
            .select({ id: runs.id, error: runs.error })
            .from(runs)
            .where(and(eq(runs.workflowId, workflowId), sql`${runs.status} in ('failed','cancelled')`))
            .limit(1);
          throw new Error(`${what}: ${bad} run(s) failed or were cancelled, e.g. ${failure?.id}: ${JSON.stringify(failure?.error)}`);
        }
        if ((counts[status] ?? 0) >= n) return;
        if (Date.now() - started > timeoutMs) throw new Error(`${what}: timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${n} runs to be ${status}; now ${JSON.stringify(counts)}`);
        if (Date.now() - lastReport > 5000) {
          lastReport = Date.now();
          log(`  ${what}: ${JSON.stringify(counts)} (${Math.round((Date.now() - started) / 1000)} s)`);
        }
        await sleep(everyMs);
      }
    };
    const waitForCompletions = async (target: number, timeoutMs: number, what: string) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: the executor completed ${recorder.completed} of ${target} runs within ${Math.round(timeoutMs / 1000)} s (${recorder.failed} failed)`)), timeoutMs);
      });
      try {
        await Promise.race([recorder.completions(target), timeout]);
      } finally {
        clearTimeout(timer);
      }
    };
    /** Executor run id → app run id (the event's data.runId). */
    const appToExecRunIds = async () => {
      const rows = await db
        .select({ id: executorSchema.executorRuns.id, appRunId: sql<string>`${executorSchema.executorRuns.event}->'data'->>'runId'` })
        .from(executorSchema.executorRuns);
      return new Map(rows.map((r) => [r.appRunId, r.id]));
    };

    /** Turns what the phase recorded into figures. */
    const analyse = async (workflowId: string, enqueued: Map<string, Enqueued>, wallS: number, peak: { rss: number; heapUsed: number }, cpu: PhaseResult["cpu"]): Promise<PhaseResult> => {
      const appToExec = await appToExecRunIds();
      const stepRows = await db
        .select({ runId: runSteps.runId, nodeId: runSteps.nodeId, startedAt: runSteps.startedAt, finishedAt: runSteps.finishedAt, status: runSteps.status })
        .from(runSteps)
        .innerJoin(runs, eq(runs.id, runSteps.runId))
        .where(and(eq(runs.orgId, orgId), eq(runs.workflowId, workflowId)));
      const nodeTime = new Map<string, { ms: number; nodes: number }>();
      for (const row of stepRows) {
        if (row.status !== "succeeded" || !row.finishedAt) throw new Error(`run ${row.runId}: node ${row.nodeId} is ${row.status}`);
        const entry = nodeTime.get(row.runId) ?? { ms: 0, nodes: 0 };
        entry.ms += row.finishedAt.getTime() - row.startedAt.getTime();
        entry.nodes++;
        nodeTime.set(row.runId, entry);
      }
      const eventToFirst: number[] = [];
      const acceptedToFirst: number[] = [];
      const overhead: number[] = [];
      const duration: number[] = [];
      const nodeCode: number[] = [];
      const endToEnd: number[] = [];
      const segments = new Map<string, number[]>();
      for (const [appRunId, sent] of enqueued) {
        const execId = appToExec.get(appRunId);
        const times = execId ? recorder.byExecRun.get(execId) : undefined;
        if (!times?.started || !times.completed) throw new Error(`run ${appRunId}: no run.started/run.completed from the executor (executor run ${execId ?? "missing"})`);
        const firstStep = Math.min(times.started, times.firstStepStarted ?? Infinity);
        eventToFirst.push(firstStep - sent.enqueuedAt);
        acceptedToFirst.push(firstStep - sent.acceptedAt);
        const runMs = times.completed - times.started;
        duration.push(runMs);
        endToEnd.push(times.completed - sent.enqueuedAt);
        const node = nodeTime.get(appRunId);
        if (!node || node.nodes !== STEPS_PER_RUN) throw new Error(`run ${appRunId}: ${node?.nodes ?? 0} node log rows, expected ${STEPS_PER_RUN}`);
        nodeCode.push(node.ms);
        overhead.push((runMs - node.ms) / node.nodes);
        // One segment per call request: claim + call + result transaction (+ queueing), between the executor's notes.
        let previous = { label: "run.started", at: times.started };
        for (const step of [...times.steps.map((s) => ({ label: `${stepName(s.stepId)} stored`, at: s.at })), { label: "run.completed", at: times.completed }]) {
          const label = `${previous.label} → ${step.label}`;
          const list = segments.get(label) ?? [];
          list.push(step.at - previous.at);
          segments.set(label, list);
          previous = step;
        }
      }
      const n = enqueued.size;
      return {
        runs: n,
        wallS,
        runsPerS: n / wallS,
        sdkCallsPerRun: callMeter.calls / n,
        eventToFirstStep: summarize(eventToFirst),
        acceptedToFirstStep: summarize(acceptedToFirst),
        perStepOverhead: summarize(overhead),
        runDuration: summarize(duration),
        nodeCodePerRun: summarize(nodeCode),
        endToEnd: summarize(endToEnd),
        sdkHandlerPerCall: summarize(callMeter.durations),
        segments: [...segments].map(([label, values]) => ({ label, summary: summarize(values) })),
        peakRssMb: mb(peak.rss),
        peakHeapMb: mb(peak.heapUsed),
        cpu,
      };
    };
    const pgCounters = async () => {
      if (options.db !== "postgres") return null;
      const rows = await db.execute<{ commits: string; ins: string; upd: string; del: string }>(
        sql`select xact_commit + xact_rollback as commits, tup_inserted as ins, tup_updated as upd, tup_deleted as del from pg_stat_database where datname = current_database()`,
      );
      const row = (Array.isArray(rows) ? rows[0] : (rows as { rows: unknown[] }).rows[0]) as { commits: string; ins: string; upd: string; del: string } | undefined;
      const tableRows = await db.execute<{ name: string; scans: string; writes: string }>(
        sql`select relname as name, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) as scans, n_tup_ins + n_tup_upd + n_tup_del as writes from pg_stat_user_tables`,
      );
      const list = (Array.isArray(tableRows) ? tableRows : (tableRows as { rows: unknown[] }).rows) as { name: string; scans: string; writes: string }[];
      const tables = new Map(list.map((t) => [t.name, { scans: Number(t.scans), writes: Number(t.writes) }]));
      return row ? { commits: Number(row.commits), ins: Number(row.ins), upd: Number(row.upd), del: Number(row.del), tables } : null;
    };
    const pgDelta = async (before: Awaited<ReturnType<typeof pgCounters>>, n: number): Promise<PhaseResult["pg"]> => {
      if (!before) return undefined;
      await sleep(1500); // backends report their statistics when idle, at most once a second
      const after = await pgCounters();
      if (!after) return undefined;
      return {
        commitsPerRun: (after.commits - before.commits) / n,
        rowsInsertedPerRun: (after.ins - before.ins) / n,
        rowsUpdatedPerRun: (after.upd - before.upd) / n,
        rowsDeletedPerRun: (after.del - before.del) / n,
        tables: [...after.tables]
          .map(([name, t]) => ({
            name,
            scansPerRun: (t.scans - (before.tables.get(name)?.scans ?? 0)) / n,
            rowWritesPerRun: (t.writes - (before.tables.get(name)?.writes ?? 0)) / n,
          }))
          .filter((t) => t.scansPerRun > 0 || t.rowWritesPerRun > 0)
          .sort((a, b) => b.scansPerRun + b.rowWritesPerRun - (a.scansPerRun + a.rowWritesPerRun)),
      };
    };
    const lastCompletion = (enqueued: Map<string, Enqueued>, appToExec: Map<string, string>) => {
      let last = 0;
      for (const appRunId of enqueued.keys()) last = Math.max(last, recorder.byExecRun.get(appToExec.get(appRunId) ?? "")?.completed ?? 0);
      return last;
    };

    // ── Warm-up ────────────────────────────────────────────────────────────────────────────────
    if (options.warmup > 0) {
      const { workflowId } = await createPublishedWorkflow(db, orgId, definition);
      const ids = await createRuns(workflowId, options.warmup, "warmup");
      const base = recorder.completed;
      await enqueueAll(ids, 8, new Map());
      await waitForStatus(workflowId, ids.length, "succeeded", 60_000, "warm-up");
      await waitForCompletions(base + ids.length, 30_000, "warm-up");
      log(`warm-up: ${ids.length} runs done (no-op target hit ${targetHits} times)`);
    }

    // ── Paced: one run at a time on an idle engine ──────────────────────────────────────────────
    if (options.pacedRuns > 0) {
      const { workflowId } = await createPublishedWorkflow(db, orgId, definition);
      const ids = await createRuns(workflowId, options.pacedRuns, "paced");
      const enqueued = new Map<string, Enqueued>();
      callMeter.reset();
      memory.reset();
      await sleep(1500); // lets PostgreSQL's statistics of the earlier phases settle
      const countersBefore = await pgCounters();
      const profiler = options.cpuProfileDir ? await startCpuProfile() : undefined;
      const cpu = new CpuMeter();
      cpu.start();
      const started = performance.now();
      for (const id of ids) {
        const base = recorder.completed;
        await enqueueAll([id], 1, enqueued);
        await waitForCompletions(base + 1, 30_000, `paced run ${id}`);
        await sleep(10);
      }
      const wallS = (performance.now() - started) / 1000;
      const cpuUse = cpu.stop();
      const cpuProfile = profiler ? await profiler.stop(`${options.cpuProfileDir}/engine-${options.db}-paced-${Date.now()}.cpuprofile`) : undefined;
      const pg = await pgDelta(countersBefore, ids.length);
      await waitForStatus(workflowId, ids.length, "succeeded", 30_000, "paced");
      result.paced = await analyse(workflowId, enqueued, wallS, memory.peak(), cpuUse);
      result.paced.pg = pg;
      if (cpuProfile) result.paced.cpuProfile = cpuProfile;
      log(`paced: ${ids.length} runs one at a time; event → first step p50 ${result.paced.eventToFirstStep.p50.toFixed(1)} ms`);
    }

    // ── Burst: N runs enqueued at once; throughput ───────────────────────────────────────────────
    if (options.runs > 0) {
      const { workflowId } = await createPublishedWorkflow(db, orgId, definition);
      const ids = await createRuns(workflowId, options.runs, "burst");
      const enqueued = new Map<string, Enqueued>();
      const base = recorder.completed;
      const hitsBefore = targetHits;
      callMeter.reset();
      memory.reset();
      await sleep(1500); // lets PostgreSQL's statistics of the earlier phases settle
      const countersBefore = await pgCounters();
      const profiler = options.cpuProfileDir ? await startCpuProfile() : undefined;
      const cpu = new CpuMeter();
      cpu.start();
      log(`burst: enqueueing ${ids.length} runs (${options.enqueueParallel} sends in flight)…`);
      const firstEnqueue = performance.now();
      const timeoutMs = Math.max(120_000, options.runs * 200);
      await enqueueAll(ids, options.enqueueParallel, enqueued);
      log(`burst: all ${ids.length} events accepted after ${((performance.now() - firstEnqueue) / 1000).toFixed(2)} s`);
      await waitForStatus(workflowId, ids.length, "succeeded", timeoutMs, "burst");
      await waitForCompletions(base + ids.length, 60_000, "burst");
      const cpuUse = cpu.stop();
      const cpuProfile = profiler ? await profiler.stop(`${options.cpuProfileDir}/engine-${options.db}-burst-${Date.now()}.cpuprofile`) : undefined;
      const peak = memory.peak();
      const appToExec = await appToExecRunIds();
      const wallS = (lastCompletion(enqueued, appToExec) - firstEnqueue) / 1000;
      if (targetHits - hitsBefore !== ids.length) throw new Error(`burst: the no-op target was called ${targetHits - hitsBefore} times for ${ids.length} runs`);
      result.burst = await analyse(workflowId, enqueued, wallS, peak, cpuUse);
      if (cpuProfile) result.burst.cpuProfile = cpuProfile;
      result.burst.pg = await pgDelta(countersBefore, ids.length);
      log(`burst: ${ids.length} runs in ${wallS.toFixed(2)} s → ${result.burst.runsPerS.toFixed(1)} runs/s`);
    }

    // ── Sleeping runs: trigger → delay 1h ───────────────────────────────────────────────────────
    result.sleepers = null;
    if (options.sleepers > 0) {
      const { workflowId } = await createPublishedWorkflow(db, orgId, SLEEPING_WORKFLOW);
      log(`sleepers: inserting ${options.sleepers} runs…`);
      const ids = await createRuns(workflowId, options.sleepers, "sleeper");
      memory.reset();
      log(`sleepers: enqueueing ${ids.length} runs…`);
      const started = performance.now();
      await enqueueAll(ids, options.enqueueParallel, new Map());
      await waitForStatus(workflowId, ids.length, "sleeping", Math.max(300_000, options.sleepers * 100), "sleepers", 500);
      // The app marks its row sleeping just before `step.sleep`; the run is held once the executor has the sleep job.
      const deadline = Date.now() + 120_000;
      for (;;) {
        if (interrupted) throw new Error("interrupted");
        const [row] = await db
          .select({ n: count() })
          .from(executorSchema.executorJobs)
          .where(eq(executorSchema.executorJobs.kind, "sleep"));
        if (Number(row?.n ?? 0) >= ids.length) break;
        if (Date.now() > deadline) throw new Error(`sleepers: only ${row?.n} of ${ids.length} sleep timers were scheduled by the executor`);
        await sleep(200);
      }
      const seconds = (performance.now() - started) / 1000;
      const peak = memory.peak();
      await sleep(2000); // held, idle
      const now = process.memoryUsage();
      result.sleepers = { count: ids.length, seconds, rssMb: mb(now.rss), heapUsedMb: mb(now.heapUsed), peakRssMb: mb(Math.max(peak.rss, now.rss)) };
      log(`sleepers: ${ids.length} runs sleeping after ${seconds.toFixed(1)} s; RSS ${result.sleepers.rssMb.toFixed(0)} MB (peak ${result.sleepers.peakRssMb.toFixed(0)} MB)`);
    }

    result.ok = true;
    return result;
  } catch (error) {
    result.ok = false;
    result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return result;
  } finally {
    memory.stop();
    onInterrupt = undefined;
    const steps: [string, (() => Promise<void>) | undefined][] = [
      ["stop the executor", executor && (() => executor!.stop())],
      ["close the app server", appServer && (() => closeServer(appServer))],
      ["close the no-op target", target && (() => closeServer(target))],
      ["close the database", handle && (() => handle!.close())],
      ["drop the database", dropDatabase],
    ];
    for (const [what, step] of steps) {
      if (!step) continue;
      try {
        await withTimeout(step(), 20_000);
      } catch (error) {
        log(`cleanup: could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
        result.ok = false;
        result.error ??= `could not ${what}: ${String(error)}`;
      }
    }
    process.off("SIGINT", sigint);
  }
}

/** Samples this process's CPU (main thread) through the inspector until `stop(file)` writes the profile. */
async function startCpuProfile() {
  const { Session } = await import("node:inspector/promises");
  const { mkdirSync, writeFileSync } = await import("node:fs");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 500 });
  await session.post("Profiler.start");
  return {
    async stop(file: string): Promise<string> {
      const { profile } = await session.post("Profiler.stop");
      session.disconnect();
      mkdirSync(file.slice(0, file.lastIndexOf("/")) || ".", { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
      return file;
    },
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
