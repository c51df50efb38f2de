// Review SLA with a fake clock and working hours (Mon–Fri 08:00–16:00 in the coop's zone, WIB
// here): REVIEW_SLA_DAYS=1 → 8 working hours after submission the BA is reminded, after 16 the PMO
// is told; each exactly once per report version, with the reviewer's Terima/Kembalikan buttons.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { runReviewSla } from "../../src/jobs/review-sla.ts";
import { coop, people, report } from "./fixtures.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { REVIEW_SLA_DAYS: "1", WORKING_HOURS: "1-5 08:00-16:00" } });
});

const run = () => runReviewSla({ deps: h.deps, t: (l, k, v) => h.notifier.t(l, k, v) });
const rows = () => h.prisma.outbox.findMany({ orderBy: { id: "asc" } });

describe("review SLA", () => {
  it("reminds the BA after 1 working day, then tells the PMO after 2, once each", async () => {
    const p = await people(h);
    const c = await coop(h, 5001, p.budi.id, "Koperasi Alpha");
    // Wed 18 Nov 2026 15:00 WIB: 1 h left that day → BA due Thu 19 Nov 15:00 WIB, PMO Fri 20 Nov 15:00 WIB
    const r = await report(h, c.coop.id, "SUBMITTED", "2026-11-18T08:00:00Z");
    h.clock.set("2026-11-19T07:59:00Z");
    expect(await run()).toEqual({ ba: 0, pmo: 0 });
    h.clock.set("2026-11-19T08:00:00Z");
    expect(await run()).toEqual({ ba: 1, pmo: 0 });
    expect(await run()).toEqual({ ba: 0, pmo: 0 });
    let out = await rows();
    expect(out.map((o) => [o.key, Number(o.chatId)])).toEqual([[`rsla:${r.id}:1:BA:${p.budi.id}`, 2001]]);
    const payload = out[0]!.payload as {
      text: string;
      reply_markup: { inline_keyboard: Array<Array<{ callback_data: string }>> };
    };
    expect(payload.text).toBe(
      h.t("ov-sla-ba", { period: "Oktober 2026", coop: "Koperasi Alpha", at: "18 November 2026 15.00 WIB", days: 1 }),
    );
    expect(payload.reply_markup.inline_keyboard[0]!.map((b) => b.callback_data)).toEqual([
      `rpr:a:${r.id}:1`,
      `rpr:r:${r.id}:1`,
    ]);
    h.clock.set("2026-11-20T07:59:00Z");
    expect(await run()).toEqual({ ba: 0, pmo: 0 });
    h.clock.set("2026-11-20T08:00:00Z");
    expect(await run()).toEqual({ ba: 0, pmo: 1 });
    h.clock.set("2026-11-27T08:00:00Z");
    expect(await run()).toEqual({ ba: 0, pmo: 0 });
    out = await rows();
    expect(out.map((o) => Number(o.chatId))).toEqual([2001, 2101]); // not the other kab/kota's PMO
    expect((out[1]!.payload as { text: string }).text).toBe(
      h.t("ov-sla-pmo", {
        period: "Oktober 2026",
        coop: "Koperasi Alpha",
        at: "18 November 2026 15.00 WIB",
        days: 2,
        ba: "Budi",
      }),
    );
  });

  it("does not count nights and weekends; a re-submitted version gets its own reminders; decided reports none", async () => {
    const p = await people(h);
    const a = await coop(h, 5001, p.budi.id);
    const b = await coop(h, 5002, p.budi.id);
    // Fri 20 Nov 15:00 WIB → BA due Mon 23 Nov 15:00 WIB (08:00Z)
    const ra = await report(h, a.coop.id, "SUBMITTED", "2026-11-20T08:00:00Z");
    await report(h, b.coop.id, "ACCEPTED", "2026-11-02T08:00:00Z");
    h.clock.set("2026-11-22T12:00:00Z"); // Sunday
    expect(await run()).toEqual({ ba: 0, pmo: 0 });
    h.clock.set("2026-11-23T07:59:00Z");
    expect(await run()).toEqual({ ba: 0, pmo: 0 });
    h.clock.set("2026-11-23T08:00:00Z");
    expect(await run()).toEqual({ ba: 1, pmo: 0 });
    // returned and sent again as version 2 on Tue 24 Nov 09:00 WIB → BA due Wed 25 Nov 09:00 WIB
    await h.prisma.monthlyReport.update({
      where: { id: ra.id },
      data: { version: 2, submittedAt: new Date("2026-11-24T02:00:00Z") },
    });
    h.clock.set("2026-11-25T01:59:00Z");
    expect(await run()).toEqual({ ba: 0, pmo: 0 });
    h.clock.set("2026-11-25T02:00:00Z");
    expect(await run()).toEqual({ ba: 1, pmo: 0 });
    expect((await rows()).map((o) => o.key)).toEqual([
      `rsla:${ra.id}:1:BA:${p.budi.id}`,
      `rsla:${ra.id}:2:BA:${p.budi.id}`,
    ]);
  });

  it("a coop without a BA skips the BA step; its PMO is told; without a PMO the admins are", async () => {
    await people(h);
    const admin = await h.prisma.user.create({
      data: { telegramId: 900001n, fullName: "Admin", role: "ADMIN", consentAt: new Date() },
    });
    const c = await coop(h, 5001);
    await report(h, c.coop.id, "SUBMITTED", "2026-11-16T01:00:00Z"); // Mon 08:00 WIB
    h.clock.set("2026-11-30T03:00:00Z");
    expect(await run()).toEqual({ ba: 1, pmo: 1 }); // the BA step is recorded with nobody to tell
    expect((await rows()).map((o) => Number(o.chatId))).toEqual([2101]);
    await h.prisma.user.updateMany({ where: { role: "PMO" }, data: { deletedAt: new Date() } });
    const c2 = await coop(h, 5002);
    await report(h, c2.coop.id, "SUBMITTED", "2026-11-16T01:00:00Z");
    await run();
    expect((await rows()).map((o) => Number(o.chatId))).toEqual([2101, Number(admin.telegramId)]);
  });
});
