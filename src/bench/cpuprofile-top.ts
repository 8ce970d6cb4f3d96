/**
 * Where a V8 CPU profile's time went: `npx tsx src/bench/cpuprofile-top.ts CPU.*.cpuprofile [--top=25]`.
 * Prints the top self-time functions, self time by package/area, and the app's own functions by total
 * (inclusive) time. Make profiles with `node --cpu-prof --import tsx src/bench/engine.ts`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const cwd = process.cwd();

function location(frame: CallFrame): string {
  if (!frame.url) return "";
  let url = frame.url.replace(/^file:\/\//, "");
  if (url.startsWith(cwd)) url = path.relative(cwd, url);
  return `${url}:${frame.lineNumber + 1}`;
}

function keyOf(frame: CallFrame): string {
  return `${frame.functionName || "(anonymous)"}  ${location(frame)}`;
}

/** A coarse bucket for a frame: a package, a node: module, the app's folder, or a V8 pseudo-frame. */
function areaOf(frame: CallFrame): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith("(") ? frame.functionName : "(native / V8 builtins)";
  if (url.startsWith("wasm://")) return "wasm (PGlite's Postgres)";
  if (url.startsWith("node:")) return `node:${url.slice(5).split("/").slice(0, 2).join("/")}`;
  const nm = url.lastIndexOf("/node_modules/");
  if (nm >= 0) {
    const parts = url.slice(nm + "/node_modules/".length).split("/");
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const rel = path.relative(cwd, url.replace(/^file:\/\//, ""));
  if (rel.startsWith("src/")) return rel.split("/").slice(0, 3).join("/").replace(/\.[cm]?[jt]sx?$/, "");
  return rel;
}

function analyse(file: string, top: number): void {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const idleUs = profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").reduce((a, n) => a + (selfUs.get(n.id) ?? 0), 0);
  const busyUs = totalUs - idleUs;

  const selfByKey = new Map<string, number>();
  const selfByArea = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (!us || node.callFrame.functionName === "(idle)") continue;
    selfByKey.set(keyOf(node.callFrame), (selfByKey.get(keyOf(node.callFrame)) ?? 0) + us);
    const area = areaOf(node.callFrame);
    selfByArea.set(area, (selfByArea.get(area) ?? 0) + us);
  }

  // Inclusive time per function, counting a function once per stack (recursion is not double-counted).
  const inclusive = new Map<number, number>();
  const totalOf = (id: number): number => {
    const cached = inclusive.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id)!;
    const sum = (selfUs.get(id) ?? 0) + (node.children ?? []).reduce((a, c) => a + totalOf(c), 0);
    inclusive.set(id, sum);
    return sum;
  };
  const root = profile.nodes[0]!;
  const totalByKey = new Map<string, number>();
  const onStack = new Map<string, number>();
  const walk = (id: number) => {
    const node = byId.get(id)!;
    const key = keyOf(node.callFrame);
    if (!onStack.get(key)) totalByKey.set(key, (totalByKey.get(key) ?? 0) + totalOf(id));
    onStack.set(key, (onStack.get(key) ?? 0) + 1);
    for (const child of node.children ?? []) walk(child);
    onStack.set(key, onStack.get(key)! - 1);
  };
  walk(root.id);

  const ms = (us: number) => (us / 1000).toFixed(0).padStart(8);
  const pct = (us: number) => `${((100 * us) / busyUs).toFixed(1).padStart(5)} %`;
  console.log(`\n${file}`);
  console.log(
    `  wall ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s, sampled ${(totalUs / 1e6).toFixed(1)} s, idle ${(idleUs / 1e6).toFixed(1)} s, ` +
      `busy ${(busyUs / 1e6).toFixed(1)} s (percentages below are of busy time)`,
  );
  console.log(`\n  Top ${top} functions by self time:`);
  console.log(`  ${"self ms".padStart(8)}  ${"busy".padStart(7)}  function  location`);
  for (const [key, us] of [...selfByKey].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(us)}  ${pct(us)}  ${key}`);

  // Who calls the heaviest ones (the nearest caller frame; async continuations show the microtask runner instead).
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  // The nearest caller outside Node's internals and V8 builtins: which library or app code the time is spent for.
  const isInternal = (frame: CallFrame) => !frame.url || frame.url.startsWith("node:");
  const nearestOutside = (id: number): string => {
    let current = parentOf.get(id);
    while (current !== undefined) {
      const frame = byId.get(current)!.callFrame;
      if (!isInternal(frame)) return keyOf(frame);
      current = parentOf.get(current);
    }
    return "(no JS caller: event loop / microtasks)";
  };
  console.log(`\n  Their main callers (nearest frame outside node: internals and builtins; async work shows its continuation):`);
  for (const [key] of [...selfByKey].sort((a, b) => b[1] - a[1]).slice(0, Math.min(12, top))) {
    const callers = new Map<string, number>();
    for (const node of profile.nodes) {
      const us = selfUs.get(node.id) ?? 0;
      if (!us || keyOf(node.callFrame) !== key) continue;
      const callerKey = nearestOutside(node.id);
      callers.set(callerKey, (callers.get(callerKey) ?? 0) + us);
    }
    const list = [...callers].sort((a, b) => b[1] - a[1]).slice(0, 4);
    console.log(`  ${key.split("  ")[0]}: ${list.map(([c, us]) => `${c.trim()} (${(us / 1000).toFixed(0)} ms)`).join("; ")}`);
  }

  console.log(`\n  Self time by area:`);
  for (const [area, us] of [...selfByArea].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${ms(us)}  ${pct(us)}  ${area}`);

  console.log(`\n  App functions (src/) by total time, callees included:`);
  const appTotals = [...totalByKey].filter(([key]) => key.includes(" src/") && !key.includes("src/bench/")).sort((a, b) => b[1] - a[1]);
  for (const [key, us] of appTotals.slice(0, 20)) console.log(`  ${ms(us)}  ${pct(us)}  ${key}`);
}

const args = process.argv.slice(2);
const topArg = args.find((a) => a.startsWith("--top="));
const top = topArg ? Number(topArg.slice("--top=".length)) || 25 : 25;
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  console.error("usage: npx tsx src/bench/cpuprofile-top.ts <file.cpuprofile>… [--top=25]");
  process.exit(2);
}
for (const file of files) {
  try {
    analyse(file, top);
  } catch (error) {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
