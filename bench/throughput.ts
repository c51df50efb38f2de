// Update throughput of the real bot (all middlewares, conversations stored in the DB) on the
// embedded PGlite, with a fake Bot API in process. Compares chats handled one after another
// with many chats in flight (as @grammyjs/runner does), and reports the ratio.
import { createBot } from "../src/bot/index.ts";
import { parseConfig } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { LocaleCache } from "../src/i18n.ts";
import { systemClock } from "../src/bot/deps.ts";
import { openDatabase } from "../src/db/open.ts";
import { FakeBotApi, BOT_INFO } from "../test/helpers/fake-api.ts";
import type { Update } from "grammy/types";

const db = await openDatabase({ dataDir: process.env.BENCH_DATABASE_URL ? "" : "memory://", databaseUrl: process.env.BENCH_DATABASE_URL });
const fake = new FakeBotApi();
const deps = {
  config: parseConfig({ LOG_LEVEL: "silent" }),
  logger: createLogger("silent"),
  prisma: db.prisma,
  clock: systemClock,
  locales: new LocaleCache(),
};
const { bot } = createBot("1:BENCH", deps, { botInfo: BOT_INFO, client: { fetch: fake.fetch as never } });
await bot.init();

let uid = 1;
let mid = 1;
const msg = (chat: number, text: string): Update =>
  ({
    update_id: uid++,
    message: {
      message_id: mid++,
      date: 1,
      chat: { id: chat, type: "private", first_name: "U" },
      from: { id: chat, is_bot: false, first_name: "U", language_code: "id" },
      text,
      ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.length }] } : {}),
    },
  }) as Update;

// One "session" = /start (enters the wizard) + two bad answers + /batal: 4 updates, DB writes each.
async function session(chat: number) {
  for (const text of ["/start", "iya", "😀", "/batal"]) await bot.handleUpdate(msg(chat, text));
}

async function measure(label: string, chats: number, concurrency: number, base: number) {
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < chats) await session(base + next++);
    }),
  );
  const ms = performance.now() - t0;
  const rate = (chats * 4) / (ms / 1000);
  console.log(`${label.padEnd(28)} ${chats} chats × 4 updates in ${ms.toFixed(0)} ms → ${rate.toFixed(0)} updates/s`);
  return rate;
}

await measure("warm-up", 20, 1, 1_000_000);
const seq = await measure("sequential (1 in flight)", 200, 1, 2_000_000);
const par = await measure("concurrent (50 in flight)", 1000, 50, 3_000_000);
console.log(`ratio concurrent/sequential: ${(par / seq).toFixed(2)}×`);
const mem = process.memoryUsage();
console.log(`rss ${(mem.rss / 1e6).toFixed(0)} MB, heap ${(mem.heapUsed / 1e6).toFixed(0)} MB (${db.kind})`);
await db.close();
