import type { Response } from "undici";
import { locateJsonError } from "@/core/http/locate-json-error";
import { MalformedJsonError, ResponseTooLargeError } from "./http-errors";

export interface BodyContext {
  limitBytes: number;
  service: string;
  /** The URL as it may be shown (redacted). */
  shownUrl: string;
}

/** Reads a body up to the size limit (declared or streamed), parsing JSON when the content type says so. */
export async function readResponseBody(response: Response, context: BodyContext): Promise<unknown> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > context.limitBytes) {
    await response.body?.cancel();
    throw new ResponseTooLargeError(context.limitBytes, context.service);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > context.limitBytes) throw new ResponseTooLargeError(context.limitBytes, context.service);
      chunks.push(chunk);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  const type = response.headers.get("content-type") ?? "";
  if (!/\bjson\b/i.test(type)) return text;
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MalformedJsonError(response.status, context.shownUrl, locateJsonError(text), text.length, context.service);
  }
}
