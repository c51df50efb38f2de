// Issue 24.4: a person who blocks the bot (my_chat_member "kicked" in their private chat) is marked
// blocked at once; "member" (started again) clears it; both audited; neither gets a reply.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { loadTelegramUser } from "../../src/services/users.ts";
import { wsCb } from "../../src/bot/features/workspace/callback-data.ts";
import { coopWithKetua, staff, VILLAGES } from "./help-fixtures.ts";

let h: Harness;
const ID = 7400;
const from = { id: ID, is_bot: false, first_name: "Siti" };
const bot = { id: 7000000001, is_bot: true, first_name: "bot" };

function memberUpdate(oldStatus: "member" | "kicked", newStatus: "member" | "kicked") {
  return h.handle({
    my_chat_member: {
      chat: { id: ID, type: "private", first_name: "Siti" },
      from,
      date: Math.floor(Date.now() / 1000),
      old_chat_member: { status: oldStatus, user: bot },
      new_chat_member: { status: newStatus, user: bot, ...(newStatus === "kicked" ? { until_date: 0 } : {}) },
    },
  } as never);
}

beforeEach(async () => {
  h = await createHarness();
  await h.prisma.user.create({
    data: { telegramId: BigInt(ID), fullName: "Siti", role: "PENGURUS", consentAt: new Date() },
  });
});

describe("blocking the bot", () => {
  it("kicked marks the user blocked at once, member clears it, both audited, no reply", async () => {
    await memberUpdate("member", "kicked");
    const u1 = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: BigInt(ID) } });
    expect(u1.blockedAt?.toISOString()).toBe(h.clock.now().toISOString());
    await memberUpdate("kicked", "member");
    const u2 = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: BigInt(ID) } });
    expect(u2.blockedAt).toBeNull();
    const audit = await h.prisma.auditLog.findMany({
      where: { entity: "User", entityId: String(u1.id) },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["BOT_BLOCKED", "BOT_UNBLOCKED"]);
    expect(h.fake.calls).toEqual([]);
  });

  it("loading the user for the kicked update itself does not clear blockedAt", async () => {
    await h.prisma.user.update({ where: { telegramId: BigInt(ID) }, data: { blockedAt: new Date() } });
    const { user } = await loadTelegramUser(h.prisma, { telegramId: BigInt(ID), stillBlocked: true }, []);
    expect(user.blockedAt).not.toBeNull();
    const again = await loadTelegramUser(h.prisma, { telegramId: BigInt(ID) }, []);
    expect(again.user.blockedAt).toBeNull(); // an ordinary update: they talk to us again
  });
});

describe("the BA's coop card", () => {
  it("says a pengurus blocked the bot", async () => {
    const budi = await staff(h, 2001, "BA", { name: "Budi" });
    const { coop } = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001, name: "Siti" }, { baId: budi.id });
    const ba = h.user(2001);
    await ba.pressRaw(wsCb.pack("c", coop.id), 1);
    expect(ba.lastText()).not.toContain(h.t("ws-member-blocked"));
    await h.handle({
      my_chat_member: {
        chat: { id: 5001, type: "private", first_name: "Siti" },
        from: { id: 5001, is_bot: false, first_name: "Siti" },
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { status: "member", user: bot },
        new_chat_member: { status: "kicked", user: bot, until_date: 0 },
      },
    } as never);
    await ba.pressRaw(wsCb.pack("c", coop.id), 1);
    expect(ba.lastText()).toContain(`Siti — ${h.t("position-KETUA")} · ${h.t("ws-member-blocked")}`);
  });
});
