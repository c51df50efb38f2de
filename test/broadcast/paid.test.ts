// /siaran at Telegram's paid rate (issue 22): the option exists only for admins when the operator
// set PAID_BROADCAST=1; it shows both durations and the Stars estimate; allow_paid_broadcast is
// sent only when chosen; when Telegram refuses it, the rest goes at the free rate and the admin
// is told once.
import { describe, it, expect } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { ADMIN_ID } from "../features/help-fixtures.ts";
import { broadcastFixture } from "./fixtures.ts";
import { drain, label, outboxRows, shownCount } from "./helpers.ts";
import { drainWith } from "../outbox/helpers.ts";
import { formatDuration, paidEstimate } from "../../src/services/broadcasts/index.ts";

async function setup(env: Record<string, string> = {}) {
  const h = await createHarness({ autoDrain: false, env });
  await broadcastFixture(h);
  return h;
}

/** /siaran as `id` up to the step after "Kirim sekarang"; returns the audience count. */
async function upToSpeed(h: Harness, id = ADMIN_ID) {
  const u = h.user(id, "Staf");
  await u.command("siaran");
  await u.send("Pengumuman nasional");
  const count = shownCount(u);
  await u.press(label(h, "bc-btn-next"));
  await u.press(label(h, "bc-ack-no"));
  await u.press(label(h, "bc-when-now"));
  return { u, count };
}

const figures = (h: Harness, count: number) => {
  const e = paidEstimate(count, 25, 980);
  const t = (k: string, v?: Record<string, string | number>) => h.t(k, v);
  return { free: formatDuration(t, e.freeSeconds), paid: formatDuration(t, e.paidSeconds), stars: String(e.stars) };
};

const paidFlags = (h: Harness) => h.fake.byMethod("sendMessage").map((c) => c.payload.allow_paid_broadcast ?? null);

describe("/siaran paid rate", () => {
  it("is not offered without PAID_BROADCAST: 5 steps, bulk lane, no allow_paid_broadcast", async () => {
    const h = await setup();
    const { u } = await upToSpeed(h);
    expect(u.texts().some((x) => x.includes("Kecepatan"))).toBe(false);
    expect(u.texts().join("\n")).toContain(h.t("step-header", { step: 5, total: 5 }));
    await u.press(label(h, "bc-btn-send"));
    const b = await h.prisma.broadcast.findFirstOrThrow();
    expect(b.paid).toBe(false);
    expect((await outboxRows(h, b.id)).every((r) => r.lane === "bulk")).toBe(true);
    h.fake.clear();
    await drain(h);
    expect(paidFlags(h).length).toBeGreaterThan(0);
    expect(paidFlags(h).every((f) => f === null)).toBe(true);
  }, 120_000);

  it("is not offered to a PMO even with PAID_BROADCAST=1", async () => {
    const h = await setup({ PAID_BROADCAST: "1" });
    const { u } = await upToSpeed(h, 2101);
    expect(u.texts().some((x) => x.includes("Kecepatan"))).toBe(false);
    expect(u.texts().join("\n")).toContain(h.t("step-header", { step: 5, total: 5 }));
  }, 120_000);

  it("shows both durations and the Stars cost; allow_paid_broadcast only when chosen", async () => {
    const h = await setup({ PAID_BROADCAST: "1" });
    const { u, count } = await upToSpeed(h);
    const f = figures(h, count);
    const ask = u.lastText();
    expect(ask).toContain(h.t("step-header", { step: 5, total: 6 }));
    expect(ask).toContain(f.free);
    expect(ask).toContain(f.paid);
    expect(ask).toContain(`${f.stars} Stars`);
    await u.press(label(h, "bc-speed-paid", f));
    expect(u.lastText()).toContain(h.t("bc-confirm-paid", f));
    await u.press(label(h, "bc-btn-send"));
    const b = await h.prisma.broadcast.findFirstOrThrow();
    expect(b.paid).toBe(true);
    expect((await outboxRows(h, b.id)).every((r) => r.lane === "paid")).toBe(true);
    h.fake.clear();
    await drain(h);
    expect(paidFlags(h)).toHaveLength(count);
    expect(paidFlags(h).every((x) => x === true)).toBe(true);
    // recorded in batches: every row SENT with Telegram's message id
    const sent = await outboxRows(h, b.id);
    expect(sent.every((r) => r.status === "SENT" && r.sentMessageId !== null && r.sentAt !== null)).toBe(true);
  }, 120_000);

  it("choosing the free rate with PAID_BROADCAST=1 sends no allow_paid_broadcast", async () => {
    const h = await setup({ PAID_BROADCAST: "1" });
    const { u, count } = await upToSpeed(h);
    const f = figures(h, count);
    await u.press(label(h, "bc-speed-free", f));
    expect(u.lastText()).toContain(h.t("bc-confirm-free", f));
    await u.press(label(h, "bc-btn-send"));
    h.fake.clear();
    await drain(h);
    expect(paidFlags(h)).toHaveLength(count);
    expect(paidFlags(h).every((x) => x === null)).toBe(true);
  }, 120_000);

  it("a refusal by Telegram: the rest goes at the free rate, nothing lost, the admin told once", async () => {
    const h = await setup({ PAID_BROADCAST: "1" });
    const { u, count } = await upToSpeed(h);
    await u.press((l) => l.startsWith("⚡"));
    await u.press(label(h, "bc-btn-send"));
    const b = await h.prisma.broadcast.findFirstOrThrow();
    h.fake.clear();
    // Telegram answers the first paid sends with a 400 about the Stars balance
    const refusal = { error_code: 400, description: "Bad Request: not enough Stars to allow paid broadcast" };
    h.fake.fail("sendMessage", refusal, { times: 2 });
    // the refused rows wait for the per-chat spacing: drain until nothing is left
    for (let i = 0; i < 5; i++) {
      await drainWith(h, { budgetPerSecond: 30, t: (l, k, v) => h.notifier.t(l, k, v) });
      h.clock.advance(1500);
    }
    const rows = await outboxRows(h, b.id);
    expect(rows.map((r) => r.status)).toEqual(rows.map(() => "SENT"));
    // every recipient got it exactly once (the two refused calls are not deliveries), the refused ones at the free rate
    const calls = h.fake.byMethod("sendMessage").filter((c) => c.payload.text === "Pengumuman nasional");
    const refused = calls.slice(0, 2).map((c) => c.payload.chat_id);
    const delivered = calls.slice(2);
    expect(delivered.map((c) => c.payload.chat_id).sort()).toEqual(rows.map((r) => Number(r.chatId)).sort());
    expect(delivered.length).toBe(count);
    for (const chat of refused)
      expect(delivered.find((c) => c.payload.chat_id === chat)!.payload.allow_paid_broadcast).toBeUndefined();
    // each row records the rate it went at: sends already in flight when the refusal came went paid,
    // everything after it free (on PostgreSQL they overlap; the order differs from run to run)
    const wentAt = new Map(delivered.map((c) => [c.payload.chat_id, c.payload.allow_paid_broadcast ? "paid" : "bulk"]));
    expect(rows.map((r) => [Number(r.chatId), r.lane])).toEqual(
      rows.map((r) => [Number(r.chatId), wentAt.get(Number(r.chatId))]),
    );
    expect(rows.filter((r) => r.lane === "bulk").length).toBeGreaterThanOrEqual(2);
    const after = await h.prisma.broadcast.findUniqueOrThrow({ where: { id: b.id } });
    expect([after.paid, after.paidRefusedAt !== null]).toEqual([false, true]);
    const told = h.fake
      .byMethod("sendMessage")
      .filter((c) => c.payload.chat_id === ADMIN_ID && String(c.payload.text).startsWith("⚠️ Telegram menolak"));
    expect(told.map((c) => c.payload.text)).toEqual([
      h.t("bc-paid-refused", { id: b.id, reason: h.t("bc-paid-refused-stars") }),
    ]);
  }, 120_000);
});
