import { defineAction } from "@/core/connectors";
import { composedMessage, composeInput } from "../compose";
import { draftSchema } from "../schemas";

export const createDraft = defineAction({
  id: "create_draft",
  name: "Create draft",
  description: "Save an email as a draft in the connected Gmail account, to review and send from Gmail.",
  input: composeInput,
  output: draftSchema,
  request: (input) => ({ method: "POST", path: "/gmail/v1/users/me/drafts", body: { message: composedMessage(input) } }),
});
