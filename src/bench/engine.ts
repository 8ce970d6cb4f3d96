/**
 * `npm run bench:engine` — throughput, latency and memory of the workflow engine: the app's real `run-workflow`
 * function on the embedded executor, running trigger → transform → HTTP action workflows against a loopback
 * no-op server, on PostgreSQL and on PGlite. Prints figures and a met/missed verdict per target; it never fails
 * because a target was missed, only when the benchmark itself could not run (then it exits non-zero).
 *
 * Options (environment, or --runs=… style arguments):
 *   BENCH_RUNS=500            runs in the throughput burst
 *   BENCH_DB=both             postgres | pglite | both (each database runs in its own process: clean memory figures)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test   server on which junction_bench_<ts> is created and dropped
 *   BENCH_CONCURRENCY=16      executor worker loops
 *   BENCH_SLEEPERS=10000      runs parked in a 1 h delay (0 skips that phase)
 *   BENCH_WARMUP=20           warm-up runs          BENCH_PACED=50   runs sent one at a time (idle-engine latency)
 *   BENCH_ENQUEUE_PARALLEL=32 event sends in flight  BENCH_PG_POOL=10  postgres.js pool size (the app's default)
 *   BENCH_POLL_MS             executor idle poll interval (default: the executor's own, 500 ms)
 *   BENCH_TRANSPORT=in-process call requests straight into the serve() handler (the app's embedded mode) | http
 *   BENCH_CPU_PROFILE=dir     CPU-profile the paced and burst phases (inspector), one file each, into dir
 *
 * Profile: BENCH_CPU_PROFILE=/tmp/prof npm run bench:engine (paced and burst phases only), or the whole process with
 * node --cpu-prof --import tsx src/bench/engine.ts; then npx tsx src/bench/cpuprofile-top.ts <file>.cpuprofile
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchOptions, DbKind, DbResult } from "./engine-run";
import { DEFINITIONS, formatDbResult, formatVerdict } from "./report";

// The app reads these at import (src/env.js, the logger): set them before anything of the app is imported.
const allowed = (process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS ?? "").split(",").map((h) => h.trim()).filter(Boolean);
if (!allowed.includes("127.0.0.1")) process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS = [...allowed, "127.0.0.1"].join(",");
process.env.LOG_LEVEL ??= "silent";

const started = performance.now();

class UsageError extends Error {}

/** `--runs=200` style arguments override the BENCH_* variables. */
function readOptions(argv: string[]): { dbs: DbKind[]; options: Omit<BenchOptions, "db"> } {
  const values: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) if (key.startsWith("BENCH_")) values[key] = value;
  for (const arg of argv) {
    const match = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (!match) throw new UsageError(`Unknown argument "${arg}"; use --name=value (e.g. --runs=200) or BENCH_* variables.`);
    values[`BENCH_${match[1]!.toUpperCase().replaceAll("-", "_")}`] = match[2];
  }
  const int = (name: string, fallback: number, min = 0): number => {
    const raw = values[name];
    if (raw === undefined || raw === "") return fallback;
    const n = Number(raw.replaceAll("_", ""));
    if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} must be an integer ≥ ${min}, got "${raw}".`);
    return n;
  };
  const dbArg = (values.BENCH_DB ?? "both").toLowerCase();
  if (!["postgres", "pglite", "both"].includes(dbArg)) throw new UsageError(`BENCH_DB must be postgres, pglite or both, got "${dbArg}".`);
  const poll = values.BENCH_POLL_MS ? int("BENCH_POLL_MS", 500, 1) : undefined;
  return {
    dbs: dbArg === "both" ? ["postgres", "pglite"] : [dbArg as DbKind],
    options: {
      runs: int("BENCH_RUNS", 500, 1),
      databaseUrl: values.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test",
      concurrency: int("BENCH_CONCURRENCY", 16, 1),
      sleepers: int("BENCH_SLEEPERS", 10_000),
      warmup: int("BENCH_WARMUP", 20),
      pacedRuns: int("BENCH_PACED", 50),
      enqueueParallel: int("BENCH_ENQUEUE_PARALLEL", 32, 1),
      pollIntervalMs: poll,
      pgMaxConnections: int("BENCH_PG_POOL", 10, 1),
      transport: transportOf(values.BENCH_TRANSPORT),
      cpuProfileDir: values.BENCH_CPU_PROFILE ? path.resolve(values.BENCH_CPU_PROFILE) : undefined,
    },
  };
}

function transportOf(raw: string | undefined): BenchOptions["transport"] {
  const value = (raw ?? "in-process").toLowerCase();
  if (value !== "in-process" && value !== "http") throw new UsageError(`BENCH_TRANSPORT must be in-process or http, got "${raw}".`);
  return value;
}

function progress(db: string) {
  return (message: string) => process.stderr.write(`[${db} +${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

/** Runs one database in this process. */
async function runHere(db: DbKind, options: Omit<BenchOptions, "db">): Promise<DbResult> {
  const { runDatabaseBenchmark } = await import("./engine-run");
  return runDatabaseBenchmark({ ...options, db }, progress(db));
}

/** Runs one database in a child process (same Node flags and loader, so --cpu-prof profiles it too). */
async function runInChild(db: DbKind, options: Omit<BenchOptions, "db">): Promise<DbResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "junction-bench-"));
  const resultFile = path.join(dir, "result.json");
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
        stdio: "inherit",
        env: { ...process.env, BENCH_DB: db, BENCH_RESULT_FILE: resultFile },
      });
      child.once("error", reject);
      child.once("exit", (exitCode, signal) => resolve(signal ? 128 : exitCode));
    });
    try {
      return JSON.parse(readFileSync(resultFile, "utf8")) as DbResult;
    } catch {
      return { db, ok: false, error: `the ${db} benchmark process exited with code ${code} without a result`, options: { ...options, db }, stepsPerRun: 3 };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { dbs, options } = readOptions(process.argv.slice(2));
  const resultFile = process.env.BENCH_RESULT_FILE;
  if (resultFile) {
    // Child mode: one database, result handed back as JSON.
    const result = await runHere(dbs[0]!, options);
    writeFileSync(resultFile, JSON.stringify(result));
    if (!result.ok) process.stderr.write(`[${result.db}] benchmark failed: ${result.error}\n`);
    return result.ok ? 0 : 1;
  }

  const cpus = os.cpus();
  const load = os.loadavg()[0] ?? 0;
  if (load > cpus.length / 2) {
    console.log(`⚠ load average ${load.toFixed(2)} on ${cpus.length} cores before starting: other work is running, figures will be pessimistic.`);
  }
  console.log(
    `Junction engine benchmark — Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM; ` +
      `databases: ${dbs.join(", ")}; runs ${options.runs}, concurrency ${options.concurrency}, sleepers ${options.sleepers}`,
  );
  const results: DbResult[] = [];
  let interrupted = false;
  if (dbs.length > 1) {
    // Ctrl-C reaches the child too; it tears down (and drops its database) and reports. Then stop here.
    process.on("SIGINT", () => {
      interrupted = true;
    });
  }
  for (const db of dbs) {
    if (interrupted) break;
    const result = dbs.length > 1 ? await runInChild(db, options) : await runHere(db, options);
    results.push(result);
    console.log(formatDbResult(result));
  }
  console.log("");
  console.log(DEFINITIONS);
  console.log(formatVerdict(results));
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    console.error(`\n✗ The benchmark did not complete on ${failed.map((r) => r.db).join(" and ")} (see the error above); exiting with code 1.`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`bench:engine: ${error.message}`);
    else console.error("bench:engine failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
