// pino logger. Secrets never reach the log: the bot token and webhook secret are redacted,
// and personal data (phone, names) is logged only as ids.
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ["token", "*.token", "secret", "*.secret", "phone", "*.phone", "headers.authorization"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

/** Replace any bot token in a string (URLs in error messages carry it). */
export function scrubToken(text: string): string {
  return text.replace(/bot\d+:[A-Za-z0-9_-]+/g, "bot<token>").replace(/\d{6,}:[A-Za-z0-9_-]{30,}/g, "<token>");
}
