// Updates fetched but not yet handled when the process died are handled at the next start.
import { describe, it, expect, beforeAll } from "vitest";
import { testDb } from "../helpers/db.ts";
import type { Update } from "grammy/types";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { FakeBotApi, BOT_INFO } from "../helpers/fake-api.ts";
import { replayInbox, pendingInbox, startDurablePolling } from "../../src/bot/durable-polling.ts";
import { createLogger } from "../../src/logger.ts";
import { pressLabel } from "../helpers/registration.ts";

// open the worker's database outside the per-test time budget (slow on a busy machine)
beforeAll(() => testDb().then(() => undefined), 300_000);

describe("durable polling inbox", () => {
  it("replays updates left in the inbox, oldest first, and empties it", async () => {
    const fake = new FakeBotApi();
    const h = await createHarness({ fake });
    const u = h.user(9301, "Siti");
    await u.command("start");
    await pressLabel(h, u, "reg-consent-agree");
    // a crashed run had fetched these two updates (stored in the inbox) but never handled them
    const chat = { id: 9301, type: "private", first_name: "Siti" };
    const from = { id: 9301, is_bot: false, first_name: "Siti", language_code: "id" };
    const updates = [
      { update_id: 501, message: { message_id: 9001, date: 1, chat, from, text: "Siti Aminah" } },
      { update_id: 502, message: { message_id: 9002, date: 1, chat, from, text: "0812 3456 7890" } },
    ];
    await h.prisma.session.createMany({
      data: [...updates].reverse().map((x) => ({ key: `inbox:${x.update_id}`, value: JSON.stringify(x) })),
    });
    expect((await pendingInbox(h.prisma)).map((x) => x.update_id)).toEqual([501, 502]);
    const restarted = await createHarness({ keepDb: true, fake });
    expect(await replayInbox(restarted.bot, restarted.prisma, createLogger("silent"))).toBe(2);
    expect(u.texts()).toContain(h.t("reg-phone-saved", { phone: "+6281234567890" }));
    expect(u.lastText()).toContain(h.t("step-header", { step: 4, total: 7 }));
    expect(await pendingInbox(h.prisma)).toEqual([]);
    // handled updates leave tombstones, so a re-sent copy is recognised
    expect(await h.prisma.session.count({ where: { key: { startsWith: "inbox:" }, value: "" } })).toBe(2);
    expect((await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 9301n } })).consentAt).not.toBeNull();
  });
});

describe("durable polling inbox: duplicate copies of one update (issue 13 D3)", () => {
  // A fake getUpdates that serves the given batches one per call, then empty batches. The bot's
  // replies are held back until `release` resolves, so a later batch is fetched while the
  // first copy is still being handled.
  async function pollWith(batches: Update[][], release: Promise<void>) {
    const fake = new FakeBotApi();
    let served = 0;
    const fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const method = String(url).split("/").pop();
      if (method === "getUpdates") {
        const batch = batches[served] ?? [];
        if (served < batches.length) served += 1;
        else await new Promise((r) => setTimeout(r, 20));
        return new Response(JSON.stringify({ ok: true, result: batch }), {
          headers: { "content-type": "application/json" },
        });
      }
      if (method === "sendMessage") await release;
      return fake.fetch(url, init);
    };
    const h = await createHarness({ fake });
    // the real bot on the harness's DB, with the getUpdates-serving transport
    const { createBot } = await import("../../src/bot/index.ts");
    const { bot } = createBot("123:TEST", h.deps, { botInfo: BOT_INFO, client: { fetch: fetch as never } });
    const runner = await startDurablePolling(bot, h.prisma, createLogger("silent"), ["message"]);
    return { h, fake, runner, served: () => served };
  }

  const text = (update_id: number, chatId: number, t: string): Update =>
    ({
      update_id,
      message: {
        message_id: update_id,
        date: 1,
        chat: { id: chatId, type: "private", first_name: "A" },
        from: { id: chatId, is_bot: false, first_name: "A", language_code: "id" },
        text: t,
      },
    }) as Update;

  async function settle(h: Harness, ids: number[]) {
    for (let i = 0; i < 500; i++) {
      const done = await h.prisma.session.count({ where: { key: { in: ids.map((id) => `inbox:${id}`) }, value: "" } });
      if (done === ids.length) return; // tombstoned: handled
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error("inbox never drained");
  }

  it("handles two copies of one update in one batch once", async () => {
    const { h, fake, runner } = await pollWith(
      [[text(7101, 9411, "halo"), text(7101, 9411, "halo")]],
      Promise.resolve(),
    );
    try {
      await settle(h, [7101]);
      await new Promise((r) => setTimeout(r, 50));
      expect(fake.textsTo(9411)).toHaveLength(1);
    } finally {
      await runner.stop();
    }
  });

  it("does not handle a copy fetched while the first is still being handled", async () => {
    let open!: () => void;
    const release = new Promise<void>((r) => (open = r));
    const { h, fake, runner, served } = await pollWith(
      [[text(7201, 9412, "halo")], [text(7201, 9412, "halo")]],
      release,
    );
    try {
      for (let i = 0; i < 500 && served() < 2; i++) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 50)); // the second batch has been admitted (or not)
      open();
      await settle(h, [7201]);
      await new Promise((r) => setTimeout(r, 50));
      expect(fake.textsTo(9412)).toHaveLength(1);
    } finally {
      open();
      await runner.stop();
    }
  });
});
