// Importing env here makes a missing or malformed variable fail `next build` / `next dev` at once.
import "./src/env.js";

/** @type {import("next").NextConfig} */
const config = {
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino", "postgres"],
  typedRoutes: false,
  devIndicators: { position: "bottom-right" },
};

export default config;
