import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const drizzleObjects = { drizzleObjectName: ["db", "tx", "ctx.db"] };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-bench/**", ".data/**", "node_modules/**", "drizzle/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", drizzleObjects],
      "drizzle/enforce-update-with-where": ["error", drizzleObjects],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // ARCHITECTURE §2: core is pure domain code.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "drizzle-orm", "drizzle-orm/*", "inngest", "postgres", "@electric-sql/*"], message: "src/core is pure domain code: no framework, database or Inngest imports." },
            { group: ["@/server/*", "@/app/*", "@/components/*", "@/trpc/*", "@/executor/*", "@/connectors/*"], message: "src/core must not import from outer layers." },
          ],
        },
      ],
    },
  },
  {
    // ARCHITECTURE §2: the embedded executor stands alone.
    files: ["src/executor/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom"], message: "src/executor has no Next.js or React imports." },
            { group: ["@/server/*", "@/app/*", "@/components/*", "@/trpc/*", "@/core/*", "@/connectors/*"], message: "src/executor stands alone: no imports from the app's layers." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/server/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*", "@/components/*", "@/trpc/*"], message: "src/server must not import from the UI layers." }] },
      ],
    },
  },
]);
