import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { singleAnswer, userFieldsInput, userSchema, usernameInput } from "../schemas";
import { requireXData } from "../x-errors";

export const getMe = defineAction({
  id: "get_me",
  name: "Get signed-in user",
  description: "The account the connection signed in as (id, name, @username and the fields asked for). Needs an OAuth 2.0 connection.",
  input: z.object({ userFields: userFieldsInput }),
  output: singleAnswer(userSchema),
  request: (input) => ({ method: "GET", path: "/2/users/me", query: { "user.fields": input.userFields.join(",") } }),
  response: ({ body }) => requireXData(body, "Reconnect the X connection by signing in again."),
});

export const getUserByUsername = defineAction({
  id: "get_user_by_username",
  name: "Get user by username",
  description: "Look up an account by its @handle: its id (needed by other actions), name, bio and counts.",
  input: z.object({
    username: usernameInput,
    userFields: userFieldsInput,
  }),
  output: singleAnswer(userSchema),
  request: (input) => ({ method: "GET", path: `/2/users/by/username/${encodeURIComponent(input.username)}`, query: { "user.fields": input.userFields.join(",") } }),
  response: ({ body }) => requireXData(body, 'Check the username (the @handle without "@"); the account may have been renamed, suspended or deleted.'),
});
