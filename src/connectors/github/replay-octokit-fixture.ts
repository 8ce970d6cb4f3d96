import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";

/** One recorded exchange of an @octokit/fixtures scenario (`normalized-fixture.json`). */
export interface OctokitFixtureEntry {
  scope: string;
  method: string;
  /** Path and query as recorded, e.g. `/search/issues?q=sesame%20repo%3A…`. */
  path: string;
  /** The recorded request body: "" when none, else the JSON sent. */
  body: unknown;
  status: number;
  response: unknown;
  reqheaders: Record<string, string | number>;
  headers: Record<string, string | number>;
}

export interface OctokitReplay {
  /** `http://127.0.0.1:<port>`: the connection's base URL in place of https://api.github.com. */
  base: string;
  server: LocalHttpServer;
  entries: readonly OctokitFixtureEntry[];
  /** Recorded exchanges not requested yet. */
  pending(): OctokitFixtureEntry[];
  /** Requests that matched no recorded exchange, or sent another body than the recording. */
  problems: string[];
  /** Throws unless every recorded exchange was replayed, once, each with the recorded body. */
  assertDone(): void;
  close(): Promise<void>;
}

const RECORDED_ORIGIN = "https://api.github.com";
// Recomputed or meaningless for the local server.
const DROPPED_HEADERS = new Set(["content-length", "connection", "transfer-encoding", "content-encoding"]);

export function loadOctokitScenario(scenario: string): OctokitFixtureEntry[] {
  const root = dirname(createRequire(import.meta.url).resolve("@octokit/fixtures/package.json"));
  const file = join(root, "scenarios", "api.github.com", scenario, "normalized-fixture.json");
  return JSON.parse(readFileSync(file, "utf8")) as OctokitFixtureEntry[];
}

/** Query parameters, decoded and sorted, so `a=1&b=x%20y` and `b=x+y&a=1` compare equal. */
function queryKey(search: string): string {
  return JSON.stringify([...new URLSearchParams(search).entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * A local GitHub that answers with an @octokit/fixtures scenario's real recorded responses: each exchange is
 * served once, in order, for the same method, path and query; a recorded request body must be sent as recorded.
 * Link headers pointing at https://api.github.com are rewritten to the local server, so pages can be walked.
 */
export async function replayOctokitFixture(scenario: string): Promise<OctokitReplay> {
  const entries = loadOctokitScenario(scenario);
  const server = await startLocalHttpServer();
  const used = new Set<number>();
  const problems: string[] = [];
  const rewrite = (value: string) => value.replaceAll(RECORDED_ORIGIN, server.base);

  const routed = new Set(entries.map((entry) => new URL(entry.path, RECORDED_ORIGIN).pathname));
  for (const pathname of routed) {
    server.route(pathname, (req, res, _hit, rawBody) => {
      const url = new URL(req.url ?? "/", server.base);
      const index = entries.findIndex((entry, i) => {
        const recorded = new URL(entry.path, RECORDED_ORIGIN);
        return !used.has(i) && entry.method.toUpperCase() === req.method && recorded.pathname === url.pathname && queryKey(recorded.search) === queryKey(url.search);
      });
      const entry = entries[index];
      if (!entry) {
        problems.push(`no recorded exchange for ${req.method} ${req.url}`);
        res.writeHead(501, { "content-type": "application/json" }).end(JSON.stringify({ message: `replay: nothing recorded for ${req.method} ${url.pathname}${url.search}` }));
        return;
      }
      used.add(index);
      if (entry.body !== "") {
        const sent: unknown = rawBody === "" ? undefined : JSON.parse(rawBody);
        if (!isDeepStrictEqual(sent, entry.body)) problems.push(`${req.method} ${url.pathname} sent ${rawBody}, recorded ${JSON.stringify(entry.body)}`);
      }
      const headers = Object.fromEntries(
        Object.entries(entry.headers)
          .filter(([name]) => !DROPPED_HEADERS.has(name.toLowerCase()))
          .map(([name, value]) => [name, rewrite(String(value))]),
      );
      const body = typeof entry.response === "string" ? entry.response : JSON.stringify(entry.response);
      res.writeHead(entry.status, headers).end(body);
    });
  }

  const pending = () => entries.filter((_, i) => !used.has(i));
  return {
    base: server.base,
    server,
    entries,
    pending,
    problems,
    assertDone() {
      const missing = pending().map((entry) => `not requested: ${entry.method.toUpperCase()} ${entry.path}`);
      // Paths the scenario never recorded were answered 404 by the local server, outside the routes above.
      const unrouted = server.requests.filter((request) => !routed.has(new URL(request.url, server.base).pathname)).map((request) => `no recorded exchange for ${request.method} ${request.url}`);
      const all = [...problems, ...unrouted, ...missing];
      if (all.length > 0) throw new Error(`Replay of ${scenario} incomplete: ${all.join("; ")}`);
    },
    close: () => server.close(),
  };
}
