// Typed configuration from the environment. Nothing happens at import time:
// call parseConfig(process.env). A bad value raises ConfigError naming the variable.
import { z } from "zod";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const opt = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

const WORKERS_MSG = 'must be a whole number from 1 to 64, or "auto" (one worker per core)';

const schema = z.object({
  BOT_TOKEN: opt(
    z
      .string()
      .regex(
        /^\d+:[A-Za-z0-9_-]+$/,
        "must look like 123456789:AAE-abc… (digits, a colon, then the secret @BotFather gave)",
      ),
  ),
  TELEGRAM_API_ROOT: opt(z.string().url("must be a URL like https://api.telegram.org")),
  DATABASE_URL: opt(
    z.string().regex(/^postgres(ql)?:\/\//, "must start with postgresql:// (leave empty for the embedded database)"),
  ),
  // a direct PostgreSQL connection (not through PgBouncer in transaction mode) for the start-up
  // migrator's session advisory lock; empty: DATABASE_URL
  DATABASE_DIRECT_URL: opt(z.string().regex(/^postgres(ql)?:\/\//, "must start with postgresql://")),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default("./data")),
  BOT_MODE: z.preprocess(emptyToUndefined, z.enum(["polling", "webhook"]).default("polling")),
  WEBHOOK_URL: opt(z.string().url("must be the public https URL Telegram will call")),
  WEBHOOK_SECRET: opt(z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16-256 characters of A-Z a-z 0-9 _ -")),
  // setWebhook max_connections: HTTPS connections Telegram opens to the webhook at once (1-100). Default 40
  WEBHOOK_MAX_CONNECTIONS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100).default(40)),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(emptyToUndefined, z.string().default("127.0.0.1")),
  ADMIN_TELEGRAM_IDS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(
        /^\s*\d+(\s*,\s*\d+)*\s*$/,
        "must be a comma-separated list of numeric Telegram user ids, e.g. 12345,67890",
      )
      .optional()
      .transform((s) => (s ? s.split(",").map((x) => BigInt(x.trim())) : [])),
  ),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  DEFAULT_LOCALE: z.preprocess(emptyToUndefined, z.enum(["id", "en"]).default("id")),
  REPORT_DUE_DAY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(28).default(10)),
  // Report reminders go out from this local hour (each coop's WIB/WITA/WIT) until 21:00. Default 8
  REMINDER_HOUR: z.preprocess(emptyToUndefined, z.coerce.number().int().min(5).max(20).default(8)),
  // Monthly recap for Dinas/PMO: day of the month (1-28) and local hour (recipient's WIB/WITA/WIT). Defaults 1 and 8
  RECAP_DAY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(28).default(1)),
  RECAP_HOUR: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(23).default(8)),
  // Outbound queue (reminders): messages per second across all chats. Telegram allows about 30. Default 25
  OUTBOX_RATE: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(30).default(25)),
  // Telegram's paid broadcast rate (allow_paid_broadcast, 0.1 Star per message above the free 30/s):
  // 1 offers admins the option on /siaran. Off by default; see docs/OPERATIONS.md before enabling
  PAID_BROADCAST: z.preprocess(emptyToUndefined, z.enum(["0", "1"]).default("0")),
  // Paid-lane messages per second (Telegram allows up to 1000). Default 980
  PAID_BROADCAST_RATE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(31).max(1000).default(980)),
  HELP_SLA_HOURS: z.preprocess(emptyToUndefined, z.coerce.number().positive().default(24)),
  // Working hours for the help SLA, in each coop's own time zone: ISO weekdays (1 = Monday) and
  // local times, e.g. "1-5 08:00-16:00" (Mon–Fri) or "1,2,3,4,5,6 07:30-15:00".
  WORKING_HOURS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(
        /^[1-7](-[1-7]|(,[1-7])*) ([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/,
        'must look like "1-5 08:00-16:00" (ISO weekdays, then local start-end)',
      )
      .default("1-5 08:00-16:00"),
  ),
  SIMULATOR_PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(8080)),
  // Review SLA: a submitted report waiting this many working days reminds its BA; twice that tells the PMO. Default 2
  REVIEW_SLA_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(30).default(2)),
  // Webhook workers on one port (node:cluster, src/cluster.ts): a number, or "auto" for one per core. Default 1
  WORKERS: z.preprocess(
    emptyToUndefined,
    z
      .union([z.literal("auto"), z.coerce.number().int().min(1, WORKERS_MSG).max(64, WORKERS_MSG)], WORKERS_MSG)
      .default(1),
  ),
  // PostgreSQL connections per process (each worker has its own pool). Default 10
  DB_POOL_SIZE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(10)),
});

export type Config = {
  botToken?: string;
  apiRoot?: string;
  databaseUrl?: string;
  /** DATABASE_DIRECT_URL: where the migrator connects (its advisory lock needs a session of its own) */
  databaseDirectUrl?: string;
  dataDir: string;
  botMode: "polling" | "webhook";
  webhookUrl?: string;
  webhookSecret?: string;
  /** WEBHOOK_MAX_CONNECTIONS: setWebhook max_connections (parallel HTTPS requests from Telegram) */
  webhookMaxConnections: number;
  port: number;
  host: string;
  adminTelegramIds: bigint[];
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  defaultLocale: "id" | "en";
  reportDueDay: number;
  /** REMINDER_HOUR: local hour from which report reminders are sent */
  reminderHour: number;
  /** RECAP_DAY / RECAP_HOUR: when the monthly recap goes out, in each recipient's own time zone */
  recapDay: number;
  recapHour: number;
  /** OUTBOX_RATE: global messages per second of the outbox worker */
  outboxRate: number;
  /** PAID_BROADCAST=1: admins may send a broadcast at Telegram's paid rate */
  paidBroadcast: boolean;
  /** PAID_BROADCAST_RATE: paid-lane messages per second */
  paidBroadcastRate: number;
  helpSlaHours: number;
  /** WORKING_HOURS, parsed by services/working-hours.ts */
  workingHours: string;
  simulatorPort: number;
  /** REVIEW_SLA_DAYS: working days a submitted report may wait before its BA is reminded */
  reviewSlaDays: number;
  /** WORKERS: webhook worker processes on one port, or "auto" (one per core); see src/cluster.ts */
  workers: number | "auto";
  /** DB_POOL_SIZE: PostgreSQL connections per process */
  dbPoolSize: number;
};

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "environment");
    throw new ConfigError(variable, issue.message.replace(/^Invalid input: /, ""));
  }
  const e = parsed.data;
  if (e.BOT_MODE === "webhook") {
    if (!e.WEBHOOK_URL) throw new ConfigError("WEBHOOK_URL", "is required when BOT_MODE=webhook");
    if (!e.WEBHOOK_SECRET) throw new ConfigError("WEBHOOK_SECRET", "is required when BOT_MODE=webhook");
  }
  return {
    botToken: e.BOT_TOKEN,
    apiRoot: e.TELEGRAM_API_ROOT?.replace(/\/+$/, ""),
    databaseUrl: e.DATABASE_URL,
    databaseDirectUrl: e.DATABASE_DIRECT_URL,
    dataDir: e.DATA_DIR,
    botMode: e.BOT_MODE,
    webhookUrl: e.WEBHOOK_URL,
    webhookSecret: e.WEBHOOK_SECRET,
    webhookMaxConnections: e.WEBHOOK_MAX_CONNECTIONS,
    port: e.PORT,
    host: e.HOST,
    adminTelegramIds: e.ADMIN_TELEGRAM_IDS,
    logLevel: e.LOG_LEVEL,
    defaultLocale: e.DEFAULT_LOCALE,
    reportDueDay: e.REPORT_DUE_DAY,
    reminderHour: e.REMINDER_HOUR,
    recapDay: e.RECAP_DAY,
    recapHour: e.RECAP_HOUR,
    outboxRate: e.OUTBOX_RATE,
    paidBroadcast: e.PAID_BROADCAST === "1",
    paidBroadcastRate: e.PAID_BROADCAST_RATE,
    helpSlaHours: e.HELP_SLA_HOURS,
    workingHours: e.WORKING_HOURS,
    simulatorPort: e.SIMULATOR_PORT,
    reviewSlaDays: e.REVIEW_SLA_DAYS,
    workers: e.WORKERS,
    dbPoolSize: e.DB_POOL_SIZE,
  };
}
