import pino from "pino";
import { serializeError } from "./serialize-error";

/** Structured logs. Anything that could carry a secret is redacted by path before it is written. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "junction" },
  serializers: { err: serializeError, error: serializeError },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "token",
      "*.token",
      "secret",
      "*.secret",
      "credentials",
      "*.credentials",
      "sealedCredentials",
      "*.sealedCredentials",
      "headers.authorization",
      "headers.cookie",
      "*.headers.authorization",
      "*.headers.cookie",
    ],
    censor: "[redacted]",
  },
});
