import pino from "pino";
import { logger } from "@/server/log/logger";

/**
 * Captures everything the app's logger writes (at every level, after redaction) until `restore()`.
 * It swaps the root logger's destination stream, so the lines are exactly what would reach stdout.
 */
export function captureLogs() {
  const lines: string[] = [];
  const target = logger as unknown as Record<symbol, unknown>;
  const previousStream = target[pino.symbols.streamSym];
  const previousLevel = logger.level;
  target[pino.symbols.streamSym] = { write: (line: string) => lines.push(line) };
  logger.level = "trace";
  return {
    lines,
    text: () => lines.join(""),
    restore() {
      target[pino.symbols.streamSym] = previousStream;
      logger.level = previousLevel;
    },
  };
}
