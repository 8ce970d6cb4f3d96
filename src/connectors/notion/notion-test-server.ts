import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { unauthorized } from "./fixtures";

export const NOTION_SECRET = "ntn_canary4136287592b1yJ2qJxXC-never-leak";

export type NotionAnswer = (request: { method: string; url: URL; body: Record<string, unknown> }) => [number, unknown];

/** A local stand-in for api.notion.com that, like Notion, wants the secret as a bearer token and a Notion-Version. */
export async function startNotionServer() {
  const api: LocalHttpServer = await startLocalHttpServer();
  const route = (path: string, answer: NotionAnswer) =>
    api.route(path, (req, res, _hit, raw) => {
      if (req.headers.authorization !== `Bearer ${NOTION_SECRET}`) return sendJson(res, 401, unauthorized);
      if (req.headers["notion-version"] !== "2022-06-28") {
        return sendJson(res, 400, { object: "error", status: 400, code: "missing_version", message: "Notion-Version header failed validation." });
      }
      const [status, json] = answer({ method: req.method ?? "GET", url: new URL(req.url ?? "/", api.base), body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {} });
      sendJson(res, status, json);
    });
  const connection = () => ({ baseUrl: api.base, authType: "bearer", credentials: { token: NOTION_SECRET } });
  const bodies = () => api.requests.map((r) => (r.body ? (JSON.parse(r.body) as unknown) : undefined));
  return { api, route, connection, bodies };
}
