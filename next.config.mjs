// Importing env here makes a missing or malformed variable fail `next build` / `next dev` at once.
import "./src/env.js";

/** @type {import("next").NextConfig} */
const config = {
  // `npm run bench:*` builds into its own directory so a benchmark never clobbers (or serves) a developer's `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino", "postgres"],
  typedRoutes: false,
  devIndicators: { position: "bottom-right" },
};

export default config;
