import { z } from "zod";
import { ConnectorActionError, defineAction } from "@/core/connectors";
import { bodyText, messageHeaders } from "../message-content";
import { gmailIdInput, messageSchema } from "../schemas";

const headersOutput = z.object({
  subject: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  cc: z.string().optional(),
  date: z.string().optional(),
  messageId: z.string().optional(),
});

export const getMessage = defineAction({
  id: "get_message",
  name: "Get message",
  description: "Read one email: its subject, sender, recipients and date, its text and HTML bodies, and Gmail's full message resource.",
  input: z.object({
    id: gmailIdInput("message id", "18c2d4f0a1b2c3d4"),
    format: z.enum(["full", "metadata"]).default("full").meta({
      description: "full: headers and bodies; metadata: headers only (cheaper, no text or html)",
      examples: ["full"],
    }),
  }),
  // The Message resource as Gmail gives it, plus `headers` (the common ones by name) and the decoded bodies.
  output: messageSchema.extend({ headers: headersOutput, text: z.string().optional(), html: z.string().optional() }),
  request: (input) => ({ method: "GET", path: `/gmail/v1/users/me/messages/${encodeURIComponent(input.id)}`, query: { format: input.format } }),
  response: ({ body }) => {
    const parsed = messageSchema.safeParse(body);
    if (!parsed.success) throw new ConnectorActionError("Gmail answered without a message resource (no id or threadId); check the message id.");
    const message = parsed.data;
    const text = bodyText(message.payload, "text/plain");
    const html = bodyText(message.payload, "text/html");
    return { ...message, headers: messageHeaders(message.payload), ...(text !== undefined ? { text } : {}), ...(html !== undefined ? { html } : {}) };
  },
});
