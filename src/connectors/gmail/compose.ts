import { z } from "zod";
import { buildMimeMessage, splitAddresses, toBase64Url } from "./mime";

// Header values become lines of the message: a line break would let input add headers of its own.
const oneLine = (what: string) => z.string().refine((value) => !/[\r\n]/.test(value), `${what} must be on one line`);

const addresses = (what: string, examples: unknown[]) =>
  z.union([oneLine(what), z.array(oneLine(what))]).meta({ description: `${what}: one address, a comma-separated list or a list of addresses`, examples });

/** What send_email and create_draft take: the message's recipients, subject, bodies and reply headers. */
export const composeInput = z
  .object({
    to: addresses("Recipients", [["jane.doe@example.com", "Ops Team <ops@example.com>"], "jane.doe@example.com"]),
    cc: addresses("Copy (Cc)", ["finance@example.com"]).optional(),
    bcc: addresses("Blind copy (Bcc), delivered but not shown to the other recipients", ["audit@example.com"]).optional(),
    from: oneLine("From").optional().meta({
      description: "Sender; leave empty for the connected account. Another address must be one of its verified send-as aliases",
      examples: ["Acme Support <support@acme.example>"],
    }),
    subject: oneLine("The subject").default("").meta({ description: "Subject line (any language)", examples: ["Invoice #4812 is ready", "Réunion de lundi"] }),
    text: z.string().optional().meta({ description: "Plain-text body", examples: ["Hi Jane,\n\nYour invoice #4812 is attached to your account.\n\nThanks,\nAcme"] }),
    html: z.string().optional().meta({ description: "HTML body; with a text body too, clients choose which to show", examples: ["<p>Hi Jane,</p><p>Your invoice <b>#4812</b> is ready.</p>"] }),
    threadId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, "threadId is a Gmail thread id such as 18c2d4f0a1b2c3d4").optional().meta({
      description: "Reply in this thread (also set inReplyTo and keep the thread's subject so Gmail threads it)",
      examples: ["18c2d4f0a1b2c3d4"],
    }),
    inReplyTo: oneLine("inReplyTo").optional().meta({
      description: "Message-ID header of the message you reply to (get_message gives it as headers.messageId)",
      examples: ["<CAJx2f7bN1u=qk3D@mail.gmail.com>"],
    }),
    references: oneLine("references").optional().meta({
      description: "Message-IDs of the thread, oldest first; defaults to inReplyTo",
      examples: ["<CAJx2f7bN1u=qk3D@mail.gmail.com>"],
    }),
  })
  .refine((input) => input.text !== undefined || input.html !== undefined, { message: "Give a text or an html body (or both).", path: ["text"] })
  .refine((input) => splitAddresses(input.to).length > 0, { message: "Give at least one recipient.", path: ["to"] });

export type ComposeInput = z.output<typeof composeInput>;

/** `<id@host>` whether or not the user typed the angle brackets. */
const angled = (id: string) => (id.trim().startsWith("<") ? id.trim() : `<${id.trim()}>`);

/** The `message` object of send and draft requests: `raw` (the base64url MIME message) and the thread. */
export function composedMessage(input: ComposeInput): { raw: string; threadId?: string } {
  const inReplyTo = input.inReplyTo ? angled(input.inReplyTo) : undefined;
  const references = input.references ? input.references.trim() : inReplyTo;
  const mime = buildMimeMessage({
    ...(input.from ? { from: input.from } : {}),
    to: splitAddresses(input.to),
    cc: splitAddresses(input.cc),
    bcc: splitAddresses(input.bcc),
    subject: input.subject,
    ...(input.text !== undefined ? { text: input.text } : {}),
    ...(input.html !== undefined ? { html: input.html } : {}),
    ...(inReplyTo ? { inReplyTo } : {}),
    ...(references ? { references } : {}),
  });
  return { raw: toBase64Url(mime), ...(input.threadId ? { threadId: input.threadId } : {}) };
}
