import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { labelSchema } from "../schemas";

export const listLabels = defineAction({
  id: "list_labels",
  name: "List labels",
  description: "List the account's labels with their ids (system labels such as INBOX and your own), for change labels and list messages.",
  input: z.object({}),
  // Gmail leaves `labels` out when there are none; the default keeps the field a list.
  output: z.looseObject({ labels: z.array(labelSchema).default([]) }),
  request: () => ({ method: "GET", path: "/gmail/v1/users/me/labels" }),
});
