import { z } from "zod";

/** One `{ name, value }` header of a message part, as the Gmail API lists them (original case and order). */
export const messageHeaderSchema = z.object({ name: z.string(), value: z.string() });

/** A MessagePart: headers, a body (inline `data` in base64url, or an `attachmentId` for large parts) and sub-parts. */
export const messagePartSchema = z.looseObject({
  partId: z.string().optional(),
  mimeType: z.string().optional(),
  filename: z.string().optional(),
  headers: z.array(messageHeaderSchema).optional(),
  body: z.looseObject({ size: z.number().optional(), data: z.string().optional(), attachmentId: z.string().optional() }).optional(),
  get parts() {
    return z.array(messagePartSchema).optional();
  },
});
export type MessagePart = z.output<typeof messagePartSchema>;

/** What listings and writes answer: a message's id and thread (and, for writes, its labels). */
export const messageRefSchema = z.looseObject({
  id: z.string(),
  threadId: z.string(),
  labelIds: z.array(z.string()).optional(),
});

/** A Message resource (users.messages.get); `internalDate` is epoch milliseconds as a string. */
export const messageSchema = z.looseObject({
  id: z.string(),
  threadId: z.string(),
  labelIds: z.array(z.string()).optional(),
  snippet: z.string().optional(),
  historyId: z.string().optional(),
  internalDate: z.string().optional(),
  sizeEstimate: z.number().optional(),
  payload: messagePartSchema.optional(),
});

export const labelSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  type: z.enum(["system", "user"]).optional(),
  messageListVisibility: z.string().optional(),
  labelListVisibility: z.string().optional(),
});

export const draftSchema = z.looseObject({ id: z.string(), message: messageRefSchema });

/** Gmail ids (messages, threads, drafts) are hex strings; checking them keeps a path segment a plain id. */
export const gmailIdInput = (what: string, example: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,128}$/, `${what} is a Gmail id such as ${example} (letters and digits)`)
    .meta({ description: `The ${what}, as list_messages or a trigger gives it`, examples: [example] });
