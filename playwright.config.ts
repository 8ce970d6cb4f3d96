import { defineConfig, devices } from "@playwright/test";

const PORT = 3100;
const baseURL = `http://127.0.0.1:${PORT}`;

/**
 * E2E specs drive the production build (`next build && next start`) on a fresh embedded database in
 * Debian's Chromium (`npx playwright install` cannot download browsers here).
 */
export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `rm -rf .data/e2e && npm run build && npx next start --port ${PORT} --hostname 127.0.0.1`,
    url: `${baseURL}/sign-in`,
    timeout: 420_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATA_DIR: ".data/e2e",
      APP_URL: baseURL,
      AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      // Required in production mode (next build / next start); a fixed e2e-only key.
      ENCRYPTION_KEYS: `e2e:${Buffer.from("junction-e2e-only-vault-key-0032").toString("base64")}`,
      DATABASE_URL: "",
      DEMO_SEED: "false",
      LOG_LEVEL: "warn",
      OUTBOUND_ALLOW_PRIVATE_HOSTS: "127.0.0.1",
      // The lean webhook listener next to the app, off the default 3001 a dev server may hold.
      WEBHOOK_PORT: String(PORT + 1),
    },
  },
});
