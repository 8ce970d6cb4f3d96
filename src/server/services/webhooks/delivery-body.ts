export const MAX_BODY_VIEW_BYTES = 256 * 1024;

export interface DeliveryBodyView {
  /** The body as text (`utf8`) or, when it is not valid UTF-8, base64 of its bytes. */
  text: string;
  encoding: "utf8" | "base64";
  /** Cut at 256 KiB: `text` shows the first bytes only. */
  truncated: boolean;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A stored body for a person to read: UTF-8 text when its bytes are text, base64 otherwise; at most 256 KiB, cut
 * on a character boundary (a cut through a multi-byte character is not a reason to show base64).
 */
export function deliveryBodyView(bytes: Uint8Array, maxBytes = MAX_BODY_VIEW_BYTES): DeliveryBodyView {
  const truncated = bytes.length > maxBytes;
  const shown = truncated ? bytes.subarray(0, maxBytes) : bytes;
  // A UTF-8 character is at most 4 bytes: a cut may leave up to 3 bytes of an unfinished one at the end.
  for (let drop = 0; drop <= (truncated ? 3 : 0); drop++) {
    try {
      return { text: strictUtf8.decode(shown.subarray(0, shown.length - drop)), encoding: "utf8", truncated };
    } catch {
      // Not text (or not at this cut): try a shorter cut, then fall back to base64.
    }
  }
  return { text: Buffer.from(shown).toString("base64"), encoding: "base64", truncated };
}
