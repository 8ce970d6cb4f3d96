import { defineConnector } from "@/core/connectors";
import { deleteRowsAction } from "./actions/delete-rows";
import { insertRowAction } from "./actions/insert-row";
import { queryAction } from "./actions/query";
import { selectRowsAction } from "./actions/select-rows";
import { updateRowsAction } from "./actions/update-rows";
import { postgresqlAuth } from "./auth";
import { newRow } from "./new-row-trigger";
import { withDatabase } from "./open-database";

/**
 * PostgreSQL over its own protocol, not HTTP: each action opens one connection (to the address the SSRF guard
 * approved), runs one transaction and closes it. No base URL or rate limit; the connection test connects and runs
 * `select 1` (`check`). The new-row trigger polls a table the same way, once a minute.
 */
export const postgresqlConnector = defineConnector({
  id: "postgresql",
  name: "PostgreSQL",
  icon: "database",
  categories: ["databases", "developer tools"],
  description: "Run SQL and read, insert, update or delete rows in a PostgreSQL database; start workflows from new rows.",
  auth: postgresqlAuth,
  check: async (tools) => {
    await withDatabase(tools, { deadlineMs: 25_000, work: (db) => db`select 1` });
  },
  actions: [queryAction, selectRowsAction, insertRowAction, updateRowsAction, deleteRowsAction],
  triggers: [newRow],
});
