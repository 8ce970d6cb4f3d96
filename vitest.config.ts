import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname, "src") };
// A fixed, test-only vault key, so tests never generate a development key file; tests of rotation and key
// handling build their own keyrings.
const ENCRYPTION_KEYS = `test1:${Buffer.from("junction-tests-only-vault-key-32").toString("base64")}`;
const integration = (name: string, dbKind: "pglite" | "postgres") => ({
  resolve: { alias },
  test: {
    name,
    include: ["src/**/*.int.test.ts"],
    environment: "node",
    env: { TEST_DB_KIND: dbKind, LOG_LEVEL: "silent", OUTBOUND_ALLOW_PRIVATE_HOSTS: "127.0.0.1", ENCRYPTION_KEYS },
    setupFiles: ["src/test/setup-engine-gateway.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

// Integration tests run on PGlite always, and again on the PostgreSQL server when TEST_DATABASE_URL is set (CI).
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          exclude: ["src/**/*.int.test.ts"],
          environment: "node",
          env: { LOG_LEVEL: "silent", OUTBOUND_ALLOW_PRIVATE_HOSTS: "127.0.0.1", ENCRYPTION_KEYS },
        },
      },
      integration("int:pglite", "pglite"),
      ...(process.env.TEST_DATABASE_URL ? [integration("int:postgres", "postgres")] : []),
    ],
  },
});
