import type { AuthSpec } from "@/core/connectors";

/** The connection string, sealed like any credential and read by the actions themselves (never sent over HTTP). */
export const postgresqlAuth: AuthSpec = {
  type: "fields",
  fields: [
    {
      key: "connectionString",
      label: "Connection string",
      secret: true,
      example: "postgres://user:password@db.example.com:5432/app?sslmode=require",
      description:
        "The database's URL (postgres://user:password@host:port/database) or libpq settings (host=… port=… dbname=… user=… password=…), as your provider shows it. Add sslmode=require (encrypted) or sslmode=verify-full (encrypted, certificate checked); without it TLS is used when the server offers it. The host must be reachable from Junction over TCP; Unix sockets are not supported.",
    },
  ],
};
