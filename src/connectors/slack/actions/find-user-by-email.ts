import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { userSchema } from "../schemas";
import { assertSlackOk } from "../slack-errors";

export const findUserByEmail = defineAction({
  id: "find_user_by_email",
  name: "Find user by email",
  description: "Look up a workspace member by email address, e.g. to mention them as <@id> (users.lookupByEmail; needs users:read.email).",
  input: z.object({
    email: z.email("give an email address").meta({ description: "The member's email address in Slack", examples: ["ada@example.com"] }),
  }),
  output: z.looseObject({ ok: z.literal(true), user: userSchema }),
  request: ({ email }) => ({ method: "GET", path: "/users.lookupByEmail", query: { email } }),
  response: ({ body }) => assertSlackOk("users.lookupByEmail", body),
});
