import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { gmailIdInput, messageRefSchema } from "../schemas";

const labelIds = (description: string, examples: string[][]) =>
  z.array(z.string().min(1)).default([]).meta({ description, examples });

export const modifyLabels = defineAction({
  id: "modify_labels",
  name: "Change labels",
  description: "Add or remove labels on an email: mark it read (remove UNREAD), archive it (remove INBOX), star it (add STARRED) or file it under your own labels.",
  input: z
    .object({
      id: gmailIdInput("message id", "18c2d4f0a1b2c3d4"),
      addLabelIds: labelIds("Label ids to add: system ones (STARRED, IMPORTANT, UNREAD) or your labels' ids from list_labels", [["STARRED"], ["Label_4120937562"]]),
      removeLabelIds: labelIds("Label ids to remove (UNREAD marks it read, INBOX archives it)", [["UNREAD", "INBOX"]]),
    })
    .refine((input) => input.addLabelIds.length + input.removeLabelIds.length > 0, { message: "Give labels to add or to remove.", path: ["addLabelIds"] }),
  output: messageRefSchema,
  request: (input) => ({
    method: "POST",
    path: `/gmail/v1/users/me/messages/${encodeURIComponent(input.id)}/modify`,
    body: { addLabelIds: input.addLabelIds, removeLabelIds: input.removeLabelIds },
  }),
});
