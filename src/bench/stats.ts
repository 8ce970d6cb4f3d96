import { readdirSync, readFileSync } from "node:fs";

/** Nearest-rank percentile (p in 0..100) of the values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return Number.NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  const finite = values.filter((v) => Number.isFinite(v));
  const mean = finite.length ? finite.reduce((a, b) => a + b, 0) / finite.length : Number.NaN;
  return { n: finite.length, p50: percentile(finite, 50), p99: percentile(finite, 99), mean, max: finite.length ? Math.max(...finite) : Number.NaN };
}

/** Samples the process's RSS (and heap) every `everyMs`; `peak()` is the highest RSS since the last `reset()`. */
export class MemorySampler {
  private peakRss = 0;
  private peakHeap = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(everyMs = 100) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): number {
    const { rss, heapUsed } = process.memoryUsage();
    if (rss > this.peakRss) this.peakRss = rss;
    if (heapUsed > this.peakHeap) this.peakHeap = heapUsed;
    return rss;
  }

  reset(): void {
    this.peakRss = 0;
    this.peakHeap = 0;
    this.sample();
  }

  peak(): { rss: number; heapUsed: number } {
    this.sample();
    return { rss: this.peakRss, heapUsed: this.peakHeap };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

export interface CpuUse {
  wallS: number;
  /** CPU seconds per wall second (1 = one core busy) of this Node process. */
  processCores: number;
  /** The same for all `postgres` server processes together (Linux only), null when unknown. */
  postgresCores: number | null;
  /** The same for every other process on the machine (Linux only). */
  otherCores: number | null;
  /** Share of all cores busy (Linux only). */
  machineBusy: number | null;
}

/** Where the machine's CPU went between `start()` and `stop()`: this process, the PostgreSQL server, everything else. */
export class CpuMeter {
  private startedAt = 0;
  private processStart = process.cpuUsage();
  private machineStart: { busy: number; total: number } | null = null;
  private procStart = new Map<number, { comm: string; ticks: number }>();

  start(): void {
    this.startedAt = performance.now();
    this.processStart = process.cpuUsage();
    this.machineStart = readMachineCpu();
    this.procStart = readProcessTicks();
  }

  stop(): CpuUse {
    const wallS = (performance.now() - this.startedAt) / 1000;
    const used = process.cpuUsage(this.processStart);
    const processCpuS = (used.user + used.system) / 1e6;
    const end = readMachineCpu();
    const machineBusy =
      this.machineStart && end && end.total > this.machineStart.total ? (end.busy - this.machineStart.busy) / (end.total - this.machineStart.total) : null;
    let postgresCores: number | null = null;
    let otherCores: number | null = null;
    const procEnd = readProcessTicks();
    if (procEnd.size > 0 && wallS > 0) {
      let postgresTicks = 0;
      let otherTicks = 0;
      for (const [pid, now] of procEnd) {
        if (pid === process.pid) continue;
        const delta = now.ticks - (this.procStart.get(pid)?.ticks ?? 0);
        if (now.comm === "postgres") postgresTicks += delta;
        else otherTicks += delta;
      }
      postgresCores = postgresTicks / CLOCK_TICKS / wallS;
      otherCores = otherTicks / CLOCK_TICKS / wallS;
    }
    return { wallS, processCores: wallS > 0 ? processCpuS / wallS : 0, postgresCores, otherCores, machineBusy };
  }
}

const CLOCK_TICKS = 100;

/** utime + stime (clock ticks) of every process, from /proc; empty where there is no /proc. */
function readProcessTicks(): Map<number, { comm: string; ticks: number }> {
  const result = new Map<number, { comm: string; ticks: number }>();
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return result;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const open = stat.indexOf("(");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(open + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      // Fields after the comm start at "state" (field 3); utime and stime are fields 14 and 15.
      result.set(Number(pid), { comm, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  return result;
}

function readMachineCpu(): { busy: number; total: number } | null {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

export const mb = (bytes: number) => bytes / (1024 * 1024);

export function fmt(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "n/a";
  return value.toFixed(digits);
}

/** Left-aligned first column, right-aligned others. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
