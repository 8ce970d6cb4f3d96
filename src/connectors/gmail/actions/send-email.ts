import { defineAction } from "@/core/connectors";
import { composedMessage, composeInput } from "../compose";
import { messageRefSchema } from "../schemas";

export const sendEmail = defineAction({
  id: "send_email",
  name: "Send email",
  description: "Send an email from the connected Gmail account (plain text and/or HTML; to reply, give threadId and inReplyTo).",
  input: composeInput,
  output: messageRefSchema,
  request: (input) => ({ method: "POST", path: "/gmail/v1/users/me/messages/send", body: composedMessage(input) }),
});
