/**
 * `npm run bench:openapi` — how long importing GitHub's OpenAPI description (~13 MB, 1,200+ operations) and compiling
 * the result into a connector take: the text is read once, then imported (parse included) and compiled BENCH_RUNS
 * times (default 5, or --runs=N). Prints each run, then min and median; exits non-zero only when the import or the
 * compile fails.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileDeclarativeConnector } from "@/core/connectors/declarative/compile-declarative";
import { importOpenApi } from "@/core/connectors/openapi";
import { percentile } from "./stats";

const DOCUMENT = fileURLToPath(new URL("../../node_modules/@octokit/openapi/generated/api.github.com.json", import.meta.url));
const OPERATION_KEYS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function runsOf(argv: string[]): number {
  const arg = argv.find((a) => a.startsWith("--runs="))?.slice("--runs=".length);
  const raw = arg ?? process.env.BENCH_RUNS ?? "5";
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be an integer ≥ 1, got "${raw}"`);
  return runs;
}

function main(): void {
  const runs = runsOf(process.argv.slice(2));
  const text = readFileSync(DOCUMENT, "utf8");
  const paths = (JSON.parse(text) as { paths: Record<string, Record<string, unknown>> }).paths;
  const operations = Object.values(paths).reduce((n, item) => n + OPERATION_KEYS.filter((key) => item[key] !== undefined).length, 0);
  console.log(`GitHub OpenAPI document: ${(text.length / 1_048_576).toFixed(1)} MB, ${operations} operations; ${runs} runs of import + compile`);
  const totals: number[] = [];
  const imports: number[] = [];
  const compiles: number[] = [];
  let actions = 0;
  let warnings = 0;
  for (let run = 1; run <= runs; run++) {
    const started = performance.now();
    const imported = importOpenApi(text);
    const importedAt = performance.now();
    const compiled = compileDeclarativeConnector(imported.document);
    const compiledAt = performance.now();
    if (!compiled.ok) throw new Error(`the imported document did not compile: ${compiled.issues.slice(0, 3).map((i) => `${i.field}: ${i.message}`).join("; ")}`);
    actions = compiled.connector.actions.length;
    warnings = imported.warnings.length;
    imports.push(importedAt - started);
    compiles.push(compiledAt - importedAt);
    totals.push(compiledAt - started);
    console.log(`  run ${run}: import ${ms(importedAt - started)} + compile ${ms(compiledAt - importedAt)} = ${ms(compiledAt - started)}`);
  }
  const line = (label: string, values: number[]) => `  ${label.padEnd(8)} min ${ms(Math.min(...values)).padStart(8)}   median ${ms(percentile(values, 50)).padStart(8)}`;
  console.log(line("import", imports));
  console.log(line("compile", compiles));
  console.log(line("total", totals));
  console.log(`  ${operations} operations → ${actions} actions, ${warnings} warnings; heap ${(process.memoryUsage().heapUsed / 1_048_576).toFixed(0)} MB after the last run`);
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

try {
  main();
} catch (error) {
  console.error(`bench:openapi: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
