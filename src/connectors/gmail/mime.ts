import { randomUUID } from "node:crypto";

/** What a composed email holds; addresses are already split, one per entry. */
export interface MailContent {
  from?: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  text?: string;
  html?: string;
  inReplyTo?: string;
  references?: string;
}

const CRLF = "\r\n";
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The RFC 2822 message Gmail's `raw` carries. Bodies are UTF-8 in base64 (any text, any line length); text and
 * HTML together become multipart/alternative, text first so clients that show HTML pick the last part.
 * Gmail adds Date, Message-ID and (when absent) From itself, and delivers Bcc without showing the header.
 */
export function buildMimeMessage(mail: MailContent, boundary = `junction-${randomUUID()}`): string {
  const headers: string[] = [];
  if (mail.from) headers.push(`From: ${formatAddress(mail.from)}`);
  if (mail.to.length > 0) headers.push(foldList("To", mail.to.map(formatAddress)));
  if (mail.cc.length > 0) headers.push(foldList("Cc", mail.cc.map(formatAddress)));
  if (mail.bcc.length > 0) headers.push(foldList("Bcc", mail.bcc.map(formatAddress)));
  headers.push(`Subject: ${encodeHeaderText(mail.subject)}`);
  if (mail.inReplyTo) headers.push(`In-Reply-To: ${mail.inReplyTo}`);
  if (mail.references) headers.push(`References: ${mail.references}`);
  headers.push("MIME-Version: 1.0");
  const bodies = [
    ...(mail.text !== undefined ? [textPart("text/plain", mail.text)] : []),
    ...(mail.html !== undefined ? [textPart("text/html", mail.html)] : []),
  ];
  if (bodies.length === 1) return [...headers, bodies[0]].join(CRLF);
  const multipart = [`Content-Type: multipart/alternative;${CRLF} boundary="${boundary}"`, "", ...bodies.flatMap((part) => [`--${boundary}`, part]), `--${boundary}--`, ""];
  return [...headers, ...multipart].join(CRLF);
}

/** Gmail's `raw`: the whole message in base64url. */
export function toBase64Url(message: string): string {
  return Buffer.from(message, "utf8").toString("base64url");
}

function textPart(mimeType: string, content: string): string {
  const base64 = Buffer.from(content, "utf8").toString("base64");
  const lines = base64.match(/.{1,76}/g) ?? [];
  return [`Content-Type: ${mimeType}; charset="UTF-8"`, "Content-Transfer-Encoding: base64", "", ...lines, ""].join(CRLF);
}

/**
 * A header's free text: as is when printable ASCII, else RFC 2047 encoded-words (`=?UTF-8?B?…?=`), each at most
 * 75 characters and never splitting a character's bytes, folded onto continuation lines.
 */
export function encodeHeaderText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  const words: string[] = [];
  let chunk = "";
  for (const char of text) {
    // 45 bytes make 60 base64 characters: with the 12 of "=?UTF-8?B?" and "?=", 72 ≤ 75.
    if (Buffer.byteLength(chunk + char, "utf8") > 45) {
      words.push(encodedWord(chunk));
      chunk = "";
    }
    chunk += char;
  }
  if (chunk) words.push(encodedWord(chunk));
  return words.join(`${CRLF} `);
}

const encodedWord = (text: string) => `=?UTF-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;

/**
 * `jane@example.com` as is; `Jane Doe <jane@example.com>` with its display name quoted when it holds specials
 * (`Doe, Jane`) or encoded when it is not ASCII (`José Ñúñez`).
 */
export function formatAddress(address: string): string {
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(address.trim());
  if (!match) return address.trim();
  const [, rawName = "", email = ""] = match;
  const name = rawName.trim().replace(/^"(.*)"$/, "$1");
  if (!name) return `<${email}>`;
  if (!PRINTABLE_ASCII.test(name)) return `${encodeHeaderText(name)} <${email}>`;
  if (/[()<>[\]:;@\\,."]/.test(name)) return `"${name.replace(/(["\\])/g, "\\$1")}" <${email}>`;
  return `${name} <${email}>`;
}

/** An address header, folded after commas so no line runs past 78 characters. */
function foldList(name: string, values: string[]): string {
  let header = `${name}: `;
  let lineLength = header.length;
  values.forEach((value, index) => {
    const piece = index < values.length - 1 ? `${value},` : value;
    if (index > 0 && lineLength + 1 + piece.length > 78) {
      header += `${CRLF} `;
      lineLength = 1;
    } else if (index > 0) {
      header += " ";
      lineLength += 1;
    }
    header += piece;
    lineLength += piece.length;
  });
  return header;
}

/** Splits "a@x.com, \"Doe, Jane\" <jane@y.com>" on the commas between addresses (not those inside quotes or <>). */
export function splitAddresses(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const list = typeof value === "string" ? [value] : value;
  const out: string[] = [];
  for (const entry of list) {
    let current = "";
    let quoted = false;
    let angled = false;
    for (const char of entry) {
      if (char === '"') quoted = !quoted;
      else if (char === "<" && !quoted) angled = true;
      else if (char === ">" && !quoted) angled = false;
      if (char === "," && !quoted && !angled) {
        out.push(current);
        current = "";
      } else current += char;
    }
    out.push(current);
  }
  return out.map((address) => address.trim()).filter((address) => address.length > 0);
}
