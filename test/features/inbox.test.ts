// Updates fetched but not yet handled when the process died are handled at the next start.
import { describe, it, expect, beforeAll } from "vitest";
import { testDb } from "../helpers/db.ts";
import { createHarness } from "../helpers/harness.ts";
import { FakeBotApi } from "../helpers/fake-api.ts";
import { replayInbox, pendingInbox } from "../../src/bot/durable-polling.ts";
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
    await h.prisma.session.createMany({ data: [...updates].reverse().map((x) => ({ key: `inbox:${x.update_id}`, value: JSON.stringify(x) })) });
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
