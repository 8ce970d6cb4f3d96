/**
 * `npm run bench:webhooks` — webhook intake throughput on the BUILT app (`next build`, `next start`) with PostgreSQL:
 * autocannon sends GitHub-signed 1 KB JSON deliveries, each with its own delivery id (so every one is stored), at 10
 * and 50 connections, to the Next.js route (`/api/hooks/{id}`) and to the lean listener mounting the same intake
 * (`WEBHOOK_PORT`, `/hooks/{id}`). Prints req/s, p50/p99 latency and errors per run, then checks durability: every
 * delivery answered 202 must be a row in `webhook_deliveries`. Never fails because a target was missed.
 *
 * Options (environment): BENCH_DATABASE_URL (server on which junction_bench_webhooks_<ts> is created and dropped;
 * default postgres://postgres@127.0.0.1:5432/test), BENCH_SECONDS=10 per run, BENCH_CONNECTIONS=10,50,
 * BENCH_DRAIN_SECONDS=10 (how long the dispatch backlog is watched afterwards), BENCH_BUILD=auto (build when .next-bench has no production build) | always | never, BENCH_PROFILE=<dir> (run the
 * app under `node --cpu-prof`, profile written to <dir> when it stops). The bench builds into
 * `.next-bench` (NEXT_DIST_DIR), never touching a developer's `.next`.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import postgres from "postgres";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const drainSeconds = Number(process.env.BENCH_DRAIN_SECONDS ?? 10);
const connectionCounts = (process.env.BENCH_CONNECTIONS ?? "10,50").split(",").map(Number);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const APP_PORT = 3210;
const LEAN_PORT = 3211;
const ENCRYPTION_KEYS = `bench:${randomBytes(32).toString("base64")}`;
const SECRET = `bench-secret-${randomBytes(12).toString("hex")}`;
const DIST_DIR = ".next-bench";

/** A 1 KB JSON body shaped like a GitHub issues event, unique per request. */
function bodyFor(n: number): string {
  const base = { action: "opened", issue: { id: n, number: n, title: `Bench issue ${n}`, body: "x".repeat(760) }, repository: { full_name: "octo/bench" }, sender: { login: "octocat" } };
  return JSON.stringify(base);
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
}

/** `next start` in its own process group, so stopping it stops every process it started. */
function startApp(dbUrl: string): ChildProcess {
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [...profile, next, "start", "--port", String(APP_PORT), "--hostname", "127.0.0.1"], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: dbUrl,
      WEBHOOK_PORT: String(LEAN_PORT),
      APP_URL: `http://127.0.0.1:${APP_PORT}`,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      ENCRYPTION_KEYS,
      LOG_LEVEL: "warn",
      DEMO_SEED: "false",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  return child;
}

async function createEndpoint(dbUrl: string): Promise<string> {
  // The app's own sealing, with the key the app was started with.
  process.env.ENCRYPTION_KEYS = ENCRYPTION_KEYS;
  process.env.SKIP_ENV_VALIDATION = "1";
  const { currentWebhookSecretColumns } = await import("@/server/webhooks/webhook-secrets");
  const { getVaultKeyring } = await import("@/server/vault/vault-keyring");
  const sql = postgres(dbUrl, { max: 1 });
  try {
    const [org] = await sql<{ id: string }[]>`insert into organizations (name, slug) values ('Bench', ${`bench-${Date.now()}`}) returning id`;
    const endpointId = `wh_${randomBytes(24).toString("base64url")}`;
    const { sealedSecret, secretHint } = currentWebhookSecretColumns(getVaultKeyring(), { orgId: org!.id, endpointId }, SECRET);
    await sql`insert into webhook_endpoints (id, org_id, name, scheme, sealed_secret, secret_hint, rate_limit_per_minute)
      values (${endpointId}, ${org!.id}, 'Bench', 'github', ${sealedSecret}, ${secretHint}, 100000000)`;
    return endpointId;
  } finally {
    await sql.end();
  }
}

async function enqueuedCount(dbUrl: string): Promise<number> {
  const sql = postgres(dbUrl, { max: 1 });
  try {
    const [row] = await sql<{ n: string }[]>`select count(*)::text as n from webhook_deliveries where enqueued_at is not null`;
    return Number(row?.n ?? 0);
  } finally {
    await sql.end();
  }
}

interface RunFigures {
  target: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  accepted: number;
  errors: number;
}

/** Every request a new delivery: its own body, delivery id and GitHub signature. */
function signedDeliveries(counter: { n: number }): autocannon.Request[] {
  return [
    {
      setupRequest: (request) => {
        const n = ++counter.n;
        const body = bodyFor(n);
        const signature = `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
        return {
          ...request,
          method: "POST",
          body,
          headers: { "content-type": "application/json", "x-github-event": "issues", "x-github-delivery": `bench-${process.pid}-${n}`, "x-hub-signature-256": signature },
        };
      },
    },
  ];
}

async function run(target: string, url: string, connections: number, counter: { n: number }): Promise<RunFigures> {
  const result = await autocannon({ url, connections, duration: seconds, method: "POST", requests: signedDeliveries(counter) });
  const accepted = result["2xx"];
  return {
    target,
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    accepted,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

async function main() {
  const build = process.env.BENCH_BUILD ?? "auto";
  if (build === "always" || (build === "auto" && !existsSync(path.join(root, DIST_DIR, "BUILD_ID")))) {
    console.log(`Building the app into ${DIST_DIR} (next build)…`);
    const built = spawnSync("npm", ["run", "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, ENCRYPTION_KEYS, AUTH_SECRET: randomBytes(32).toString("base64") },
    });
    if (built.status !== 0) throw new Error("next build failed.");
  }
  const name = `junction_bench_webhooks_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1 });
  await admin.unsafe(`create database ${name}`);
  const dbUrl = databaseUrl(name);
  console.log(`Starting the built app on ${APP_PORT} (lean listener ${LEAN_PORT}) with PostgreSQL database ${name}…`);
  const app = startApp(dbUrl);
  const figures: RunFigures[] = [];
  let warmupAccepted = 0;
  try {
    await waitFor(`http://127.0.0.1:${APP_PORT}/sign-in`, 120_000);
    await waitFor(`http://127.0.0.1:${LEAN_PORT}/hooks/none`, 30_000);
    const endpointId = await createEndpoint(dbUrl);
    const counter = { n: 0 };
    console.log(`${seconds} s per run, 1 KB GitHub-signed deliveries, each with its own delivery id:\n`);
    for (const [target, url] of [
      ["lean listener", `http://127.0.0.1:${LEAN_PORT}/hooks/${endpointId}`],
      ["Next.js route", `http://127.0.0.1:${APP_PORT}/api/hooks/${endpointId}`],
    ] as const) {
      // A short warm-up: compiled routes, pooled connections, cached endpoint.
      const warmup = await autocannon({ url, connections: 4, amount: 500, method: "POST", requests: signedDeliveries(counter) });
      warmupAccepted += warmup["2xx"];
      for (const connections of connectionCounts) {
        const result = await run(target, url, connections, counter);
        figures.push(result);
        console.log(`${target.padEnd(14)} ${String(connections).padStart(3)} conns: ${String(result.requestsPerSecond).padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  errors ${result.errors}`);
      }
    }
    // Durability: every 202 is a stored delivery (duplicates cannot occur: each request has its own delivery id).
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const sql = postgres(dbUrl, { max: 1 });
    const rows = await sql<{ count: string; enqueued: string }[]>`
      select count(*)::text as count, count(*) filter (where enqueued_at is not null)::text as enqueued from webhook_deliveries`;
    const count = rows[0]?.count ?? "0";
    const enqueued = rows[0]?.enqueued ?? "0";
    await sql.end();
    const accepted = warmupAccepted + figures.reduce((sum, f) => sum + f.accepted, 0);
    // A run stops with up to `connections` requests in flight: stored, but their answers are not counted.
    const inFlight = figures.reduce((sum, f) => sum + f.connections, 0);
    const stored = Number(count);
    const verdict =
      stored < accepted ? `MISSING DELIVERIES: ${accepted - stored} answered 2xx but not stored` : stored - accepted <= inFlight ? "every accepted delivery is durable" : "MORE ROWS THAN REQUESTS SENT";
    console.log(`\n${accepted} deliveries answered 2xx (warm-ups included), ${stored} stored (≤ ${inFlight} more were in flight when runs stopped) — ${verdict}.`);
    // Each stored delivery's event goes to the embedded executor after its commit (here it starts nothing: no workflow
    // listens), sharing the process's CPU with intake; what is not sent yet is a backlog, not a loss.
    console.log(`${enqueued} of them already handed to the workflow engine as events.`);
    if (Number(enqueued) < stored) {
      // With no more intake, how fast the backlog of stored deliveries reaches the engine.
      const before = await enqueuedCount(dbUrl);
      await new Promise((resolve) => setTimeout(resolve, drainSeconds * 1000));
      const after = await enqueuedCount(dbUrl);
      console.log(`Dispatch with intake idle: ${Math.round((after - before) / drainSeconds)} events/s handed to the engine over ${drainSeconds} s (${stored - after} still waiting).`);
    }
    console.log("\nTargets (2 cores, PostgreSQL): lean listener ≥ 3,000 req/s with p99 ≤ 50 ms at 50 connections and 0 errors; Next.js route ≥ 600 req/s.");
    const lean50 = figures.find((f) => f.target === "lean listener" && f.connections === 50);
    const next50 = figures.find((f) => f.target === "Next.js route" && f.connections === 50);
    if (lean50) console.log(`  lean listener @50: ${lean50.requestsPerSecond} req/s, p99 ${lean50.p99} ms, ${lean50.errors} errors — ${lean50.requestsPerSecond >= 3000 && lean50.p99 <= 50 && lean50.errors === 0 ? "met" : "missed"}`);
    if (next50) console.log(`  Next.js route @50: ${next50.requestsPerSecond} req/s — ${next50.requestsPerSecond >= 600 ? "met" : "missed"}`);
  } finally {
    if (app.pid !== undefined) process.kill(-app.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:webhooks could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
