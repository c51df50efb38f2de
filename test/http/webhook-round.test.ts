// A webhook update in two statements around the handler (src/bot/update-round.ts): the claim reads
// the sender and the chat's conversation state, the done mark writes the state. Checked on the
// statements sent, on what the wizard does next, when two updates of one chat overlap, and when
// the closing statement fails.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Update } from "grammy/types";
import { createHarness, FakeClock, type Harness } from "../helpers/harness.ts";
import { testDb } from "../helpers/db.ts";
import { hotSql, registerHotSql } from "../../src/db/hot-sql.ts";
import { webhookClaims, type WebhookClaims } from "../../src/bot/update-round.ts";

const CHAT = 8301;
let nextId = 900_000;
const from = { id: CHAT, is_bot: false, first_name: "Siti", language_code: "id" };
const chat = { id: CHAT, type: "private" as const, first_name: "Siti" };
const text = (t: string): Update => ({
  update_id: nextId++,
  message: {
    message_id: nextId,
    date: 1,
    chat,
    from,
    text: t,
    ...(t.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: t.length }] } : {}),
  },
});
const press = (data: string, messageId: number): Update => ({
  update_id: nextId++,
  callback_query: {
    id: `cb${nextId}`,
    from,
    chat_instance: "ci",
    data,
    message: { message_id: messageId, date: 1, chat, text: "" },
  },
});

/** what Telegram → webhook → bot does with one update (src/http/webhook.ts, minus HTTP) */
async function deliver(h: Harness, claims: WebhookClaims, u: Update) {
  if (!(await claims.claim(u))) return "skipped";
  try {
    await h.bot.handleUpdate(u);
    await claims.done(u);
  } catch (e) {
    await claims.release(u);
    throw e;
  }
  return "handled";
}

/** every hot-path statement of the test database (the bot's and the claims'), from the start */
const seen: string[] = [];
let restore: (() => void) | undefined;
beforeAll(async () => {
  const { prisma } = await testDb();
  const sql = hotSql(prisma);
  registerHotSql(prisma, {
    query: (t, p) => {
      seen.push(t.replace(/\s+/g, " ").trim());
      return sql.query(t, p);
    },
  });
  restore = () => registerHotSql(prisma, sql);
});
afterAll(() => restore?.());

const sessionRow = (h: Harness, key: string) => h.prisma.session.findUnique({ where: { key } });

/** /start and the consent button: the wizard now asks for the full name */
async function toNameStep(h: Harness, claims: WebhookClaims) {
  await deliver(h, claims, text("/start"));
  await deliver(h, claims, press("~ok", h.fake.lastMessageIdIn(CHAT)));
  expect(h.fake.textsTo(CHAT).at(-1)).toContain(h.t("reg-name-ask"));
}

describe("webhook round", () => {
  it("mid-wizard: one statement claims and reads, one marks done and writes the state; the wizard goes on", async () => {
    const h = await createHarness();
    const claims = webhookClaims(h.prisma, h.clock);
    await toNameStep(h, claims);
    const before = (await sessionRow(h, `conv:${CHAT}`))!.value;
    seen.length = 0;
    const u = text("Siti Aminah");
    expect(await deliver(h, claims, u)).toBe("handled");
    expect(seen[0]).toMatch(/^WITH claim AS \(INSERT INTO "Session".* LEFT JOIN "User" u .* LEFT JOIN "Session" s/);
    expect(seen.at(-1)).toMatch(/^WITH state AS \( INSERT INTO "Session".* UPDATE "Session" SET "value" = 'done'/);
    // nothing read the user or the state again, nothing wrote the state on its own
    expect(seen.filter((s) => s.startsWith(`SELECT u.*`) || s.startsWith(`INSERT INTO "Session"`))).toEqual([]);
    expect(seen.filter((s) => /^UPDATE "Session" SET "value" = 'done'/.test(s))).toEqual([]);
    expect((await sessionRow(h, `webhook:${u.update_id}`))!.value).toBe("done");
    const after = (await sessionRow(h, `conv:${CHAT}`))!.value;
    expect(after).not.toBe(before);
    expect(h.fake.textsTo(CHAT).at(-1)).toContain(h.t("reg-phone-ask"));
    // the same update re-sent: skipped, and the state stays
    expect(await deliver(h, claims, u)).toBe("skipped");
    expect((await sessionRow(h, `conv:${CHAT}`))!.value).toBe(after);
  });

  it("two updates of one chat at once: the second does not use the state its claim read before the first wrote", async () => {
    const h = await createHarness();
    const claims = webhookClaims(h.prisma, h.clock);
    await deliver(h, claims, text("/start"));
    const name = text("Siti Aminah");
    expect(await claims.claim(name)).toBe(true); // read now: the wizard still waits for the consent
    await deliver(h, claims, press("~ok", h.fake.lastMessageIdIn(CHAT))); // consent, handled first
    await h.bot.handleUpdate(name);
    await claims.done(name);
    // the name was taken as the answer to the name question (not as a stray text at the consent)
    expect(h.fake.textsTo(CHAT).at(-1)).toContain(h.t("reg-phone-ask"));
    const state = JSON.parse((await sessionRow(h, `conv:${CHAT}`))!.value);
    expect(JSON.stringify(state)).toContain("Siti Aminah");
  });

  it("the closing statement fails: the state is not saved, the claim is released, a re-sent copy is handled", async () => {
    const h = await createHarness();
    let failAt = Infinity;
    let calls = 0;
    const clock = new FakeClock(h.clock.now());
    const flaky = {
      now: () => {
        if (++calls === failAt) throw new Error("database gone");
        return clock.now();
      },
    };
    const claims = webhookClaims(h.prisma, flaky);
    await toNameStep(h, claims);
    const before = (await sessionRow(h, `conv:${CHAT}`))!.value;
    const u = text("Siti Aminah");
    failAt = calls + 2; // 1: the claim, 2: the closing statement
    await expect(deliver(h, claims, u)).rejects.toThrow("database gone");
    expect((await sessionRow(h, `conv:${CHAT}`))!.value).toBe(before);
    expect(await sessionRow(h, `webhook:${u.update_id}`)).toBeNull();
    expect(await deliver(h, claims, u)).toBe("handled");
    expect((await sessionRow(h, `conv:${CHAT}`))!.value).not.toBe(before);
    expect((await sessionRow(h, `webhook:${u.update_id}`))!.value).toBe("done");
  });
});
