// Start-up failures as one line naming the setting to fix (DATABASE_URL, DATA_DIR, PORT,
// BOT_TOKEN, TELEGRAM_API_ROOT), never a bare "connect ECONNREFUSED" or a stack trace.
import { GrammyError, HttpError } from "grammy";
import { scrubToken } from "./logger.ts";

export class StartupError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

/** SIGTERM/SIGINT arrived while starting: everything opened so far was closed again. */
export class StartupAborted extends Error {
  constructor() {
    super("stopped during start-up");
  }
}

const codeOf = (e: unknown): string | undefined => {
  const err = e as { code?: string; cause?: { code?: string }; errors?: Array<{ code?: string }> };
  return err?.code ?? err?.cause?.code ?? err?.errors?.[0]?.code;
};

/** host:port of a PostgreSQL URL, without user or password. */
function dbTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(unparsable URL)";
  }
}

export function databaseError(e: unknown, databaseUrl: string | undefined, dataDir: string): Error {
  if (!databaseUrl)
    return new StartupError(
      "DATA_DIR",
      `DATA_DIR: cannot open the embedded database in ${dataDir}: ${(e as Error).message}`,
    );
  const code = codeOf(e);
  const target = dbTarget(databaseUrl);
  const why =
    code === "ECONNREFUSED"
      ? "nothing listens there (is PostgreSQL running?)"
      : code === "ENOTFOUND" || code === "EAI_AGAIN"
        ? "unknown host"
        : code === "ETIMEDOUT" || /timeout/i.test((e as Error).message)
          ? "no answer (firewall or wrong host?)"
          : code === "28P01" || code === "28000"
            ? "the user name or password was refused"
            : code === "3D000"
              ? "the database does not exist (create it first)"
              : (e as Error).message.replace(databaseUrl, target);
  return new StartupError("DATABASE_URL", `DATABASE_URL: cannot connect to ${target}: ${why}`);
}

export function listenError(e: unknown, port: number, host: string): Error {
  const code = codeOf(e);
  if (code === "EADDRINUSE")
    return new StartupError(
      "PORT",
      `PORT ${port} is in use on ${host} (another program or bot instance listens there): stop it or set PORT to a free port`,
    );
  if (code === "EACCES")
    return new StartupError("PORT", `PORT ${port} needs more privileges on ${host}: use a port above 1023`);
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND")
    return new StartupError("HOST", `HOST ${host} is not an address of this machine`);
  return e as Error;
}

export function botApiError(e: unknown, apiRoot: string | undefined, timedOut: boolean, timeoutMs: number): Error {
  const root = apiRoot ?? "https://api.telegram.org";
  if (e instanceof GrammyError && (e.error_code === 401 || e.error_code === 404)) {
    return new StartupError(
      "BOT_TOKEN",
      `BOT_TOKEN was rejected by the Bot API (${e.error_code} ${e.description}): check the token from @BotFather`,
    );
  }
  if (timedOut)
    return new StartupError(
      "TELEGRAM_API_ROOT",
      `TELEGRAM_API_ROOT: the Bot API at ${root} did not answer within ${Math.round(timeoutMs / 1000)} s`,
    );
  if (e instanceof HttpError)
    return new StartupError(
      "TELEGRAM_API_ROOT",
      `TELEGRAM_API_ROOT: cannot reach the Bot API at ${root}: ${scrubToken(e.message)}`,
    );
  if (e instanceof GrammyError)
    return new StartupError(
      "TELEGRAM_API_ROOT",
      `TELEGRAM_API_ROOT: the Bot API at ${root} answered ${e.error_code} ${scrubToken(e.description)}`,
    );
  return new Error(`Could not reach the Bot API (getMe failed): ${scrubToken((e as Error).message)}`);
}
