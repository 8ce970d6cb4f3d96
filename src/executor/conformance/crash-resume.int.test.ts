import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, expect, it } from "vitest";
import { testDbKind } from "@/test/test-database";

const workDir = mkdtempSync(path.join(tmpdir(), "executor-crash-"));
const counterFile = path.join(workDir, "marks.txt");
const children: ChildProcess[] = [];
let databaseUrl: string | undefined;
let dropDatabase: (() => Promise<void>) | undefined;

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await dropDatabase?.();
  rmSync(workDir, { recursive: true, force: true });
});

async function prepareDatabase(): Promise<Record<string, string>> {
  if (testDbKind === "pglite") return { PGLITE_DIR: path.join(workDir, "pgdata") };
  const baseUrl = process.env.TEST_DATABASE_URL ?? "";
  const name = `executor_crash_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  dropDatabase = async () => {
    const sql = postgres(baseUrl, { max: 1, onnotice: () => {} });
    await sql.unsafe(`drop database if exists ${name} with (force)`);
    await sql.end();
  };
  return { DATABASE_URL: databaseUrl };
}

/** Starts a child executor process and resolves when it prints a line of the given type. */
function startChild(env: Record<string, string>, until: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "crash-child.ts")], {
    cwd: process.cwd(),
    env: { ...process.env, COUNTER_FILE: counterFile, INNGEST_DEV: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const line of buffer.split("\n").slice(0, -1)) {
        if (line.includes(`"type":"${until}"`)) resolve(child);
      }
      buffer = buffer.slice(buffer.lastIndexOf("\n") + 1);
    });
    child.once("exit", (code) => reject(new Error(`child exited (${code}) before "${until}": ${stderr.slice(-2000)}`)));
  });
}

it("resumes a run after the executor process is killed (SIGKILL) mid-step; completed steps never re-run", async () => {
  writeFileSync(counterFile, "");
  const dbEnv = await prepareDatabase();

  const first = await startChild({ ...dbEnv, SEND_EVENT: "1", HANG_IN_B: "1" }, "in-b");
  first.kill("SIGKILL");
  await new Promise((resolve) => first.once("exit", resolve));

  const second = await startChild(dbEnv, "run.completed");
  const exited = new Promise((resolve) => second.once("exit", resolve));
  second.kill("SIGTERM");
  await exited;

  const marks = readFileSync(counterFile, "utf8").trim().split("\n");
  const times = (mark: string) => marks.filter((line) => line === mark).length;
  expect({ a: times("a"), bBegin: times("b-begin"), bDone: times("b-done"), c: times("c") }).toEqual({ a: 1, bBegin: 2, bDone: 1, c: 1 });
}, 120_000);
