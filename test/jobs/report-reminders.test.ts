// Report reminders with a fake clock: the job (called directly, as the scheduler does) queues
// messages in the outbox, the outbox worker sends them to the fake Bot API. Period October 2026,
// due 10 November 2026 (REPORT_DUE_DAY 10): DUE_SOON 7 Nov, DUE_TODAY 10 Nov, OVERDUE 12 Nov,
// each at 08:00 in the coop's own zone — Kubu Raya 61.12 (WIB, UTC+7), Malinau 65.01 (Kalimantan
// Utara, WITA, UTC+8), Kab. Jayapura 91.03 (Papua, WIT, UTC+9).
import { reminderCb } from "../../src/bot/features/reminders/callback-data.ts";
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { seedCoop, seedUser, type SeedUser } from "../features/report-seed.ts";
import { runReportReminders } from "../../src/jobs/report-reminders.ts";
import { drainWith } from "../outbox/helpers.ts";
import type { Position } from "../../src/generated/prisma/enums.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

const remind = (pageSize?: number) =>
  runReportReminders({ deps: h.deps, t: (l, k, v) => h.notifier.t(l, k, v), pageSize });
/** run the job, then send what it queued */
async function remindAndSend(pageSize?: number) {
  const r = await remind(pageSize);
  await drainWith(h, { sleep: async () => undefined });
  return r;
}
const sends = () => h.fake.byMethod("sendMessage");
const sendsTo = (tg: number) => sends().filter((c) => Number(c.payload.chat_id) === tg);

async function coop(
  tg: number,
  opts: { regencyCode?: string; name?: string; ba?: SeedUser; more?: Array<SeedUser & { position: Position }> } = {},
) {
  const c = await seedCoop(h, {
    name: opts.name ?? `Koperasi ${tg}`,
    units: ["GERAI_SEMBAKO"],
    members: [{ tg, name: `Ketua ${tg}` }],
    regencyCode: opts.regencyCode,
    ba: opts.ba,
  });
  // coops must have existed during October to owe its report (seedCoop stamps the real time)
  await h.prisma.cooperative.update({
    where: { id: c.coop.id },
    data: { createdAt: new Date("2026-09-01T00:00:00Z") },
  });
  for (const m of opts.more ?? []) {
    const u = await seedUser(h, m);
    await h.prisma.membership.create({
      data: { userId: u.id, coopId: c.coop.id, position: m.position, status: "ACTIVE" },
    });
  }
  return c.coop;
}

function dueSoonText(name: string, days = 3) {
  return [
    h.t("rem-due-soon", { coop: name, period: "Oktober 2026", due: "10 November 2026", days }),
    h.t("rem-draft-none", { count: 0 }),
    h.t("rem-action"),
  ].join("\n\n");
}

describe("report reminders", () => {
  it("each coop is reminded at 08:00 in its own time zone (WIT, then WITA, then WIB)", async () => {
    const wib = await coop(5001, { regencyCode: "61.12", name: "KDMP Kubu Raya" });
    await coop(5002, { regencyCode: "65.01", name: "KDMP Malinau" });
    await coop(5003, { regencyCode: "91.03", name: "KDMP Jayapura" });

    h.clock.set("2026-11-06T22:59:00Z"); // 07:59 WIT on 7 Nov
    await remindAndSend();
    expect(sends()).toHaveLength(0);

    h.clock.set("2026-11-06T23:00:00Z"); // 08:00 WIT
    expect((await remindAndSend()).map((r) => [r.zone, r.kind, r.coops])).toEqual([["Asia/Jayapura", "DUE_SOON", 1]]);
    expect(sends().map((c) => c.payload.chat_id)).toEqual([5003]);
    expect(sendsTo(5003)[0]!.payload.text).toBe(dueSoonText("KDMP Jayapura"));
    expect(sendsTo(5003)[0]!.payload.text).toContain("Oktober 2026");
    expect(sendsTo(5003)[0]!.payload.text).toContain("10 November 2026");

    h.clock.set("2026-11-06T23:59:00Z"); // 07:59 WITA
    await remindAndSend();
    expect(sends()).toHaveLength(1);
    h.clock.set("2026-11-07T00:00:00Z"); // 08:00 WITA
    await remindAndSend();
    expect(sends().map((c) => c.payload.chat_id)).toEqual([5003, 5002]);

    h.clock.set("2026-11-07T01:00:00Z"); // 08:00 WIB
    await remindAndSend();
    expect(sends().map((c) => c.payload.chat_id)).toEqual([5003, 5002, 5001]);
    const msg = sendsTo(5001)[0]!.payload;
    expect(msg.text).toBe(dueSoonText("KDMP Kubu Raya"));
    expect(msg.reply_markup).toEqual({
      inline_keyboard: [
        [{ text: h.t("rem-button", { period: "Oktober 2026" }), callback_data: reminderCb.pack(wib.id, "2026-10") }],
      ],
    });
    expect(await h.prisma.outbox.findUnique({ where: { key: `rem:${wib.id}:2026-10:DUE_SOON:1` } })).not.toBeNull();

    // the rest of the day: nothing new
    h.clock.set("2026-11-07T10:00:00Z");
    await remindAndSend();
    expect(sends()).toHaveLength(3);
  });

  it("exactly once per (coop, period, kind): two runs, and two runs at once, send one message each", async () => {
    await coop(5001);
    await coop(5002);
    h.clock.set("2026-11-07T01:15:00Z");
    const [a, b] = await Promise.all([remind(), remind()]);
    expect(a[0]!.coops + b[0]!.coops).toBe(2);
    await remindAndSend();
    await remindAndSend();
    expect(
      sends()
        .map((c) => c.payload.chat_id)
        .sort(),
    ).toEqual([5001, 5002]);
    expect(await h.prisma.reminderLog.count()).toBe(2);
  });

  it("a late start catches up DUE_SOON on the next days; outside 08:00-21:00 nothing is sent", async () => {
    await coop(5001);
    h.clock.set("2026-11-07T14:00:00Z"); // 21:00 WIB
    await remindAndSend();
    expect(sends()).toHaveLength(0);
    h.clock.set("2026-11-08T01:30:00Z"); // 8 Nov 08:30 WIB, 2 days left
    await remindAndSend();
    expect(sendsTo(5001).map((c) => c.payload.text)).toEqual([dueSoonText("Koperasi 5001", 2)]);
  });

  it("no reminder when the report is SUBMITTED or ACCEPTED; a draft's answers are counted; a returned one says so", async () => {
    const sub = await coop(5001);
    const acc = await coop(5002);
    const draft = await coop(5003, { name: "KDMP Draf" });
    const ret = await coop(5004, { name: "KDMP Kembali" });
    await h.prisma.monthlyReport.create({
      data: { coopId: sub.id, period: "2026-10", status: "SUBMITTED", version: 1 },
    });
    await h.prisma.monthlyReport.create({
      data: { coopId: acc.id, period: "2026-10", status: "ACCEPTED", version: 1 },
    });
    // a SUBMITTED report of another period does not count
    await h.prisma.monthlyReport.create({
      data: { coopId: draft.id, period: "2026-09", status: "SUBMITTED", version: 1 },
    });
    const d = await h.prisma.monthlyReport.create({ data: { coopId: draft.id, period: "2026-10" } });
    await h.prisma.reportValue.createMany({
      data: [
        { reportId: d.id, field: "gerai.aktif", intValue: 1n }, // an on/off switch, not an answer
        { reportId: d.id, field: "gerai.omzet", intValue: 12_500_000n },
        { reportId: d.id, field: "gerai.transaksi", intValue: 340n },
      ],
    });
    const r = await h.prisma.monthlyReport.create({
      data: { coopId: ret.id, period: "2026-10", status: "RETURNED", version: 1 },
    });
    await h.prisma.reportValue.create({ data: { reportId: r.id, field: "gerai.omzet", intValue: 1n } });

    h.clock.set("2026-11-10T01:00:00Z"); // due day, 08:00 WIB
    await remindAndSend();
    expect(
      sends()
        .map((c) => c.payload.chat_id)
        .sort(),
    ).toEqual([5003, 5004]);
    expect(sendsTo(5003)[0]!.payload.text).toBe(
      [
        h.t("rem-due-today", { coop: "KDMP Draf", period: "Oktober 2026", due: "10 November 2026" }),
        h.t("rem-draft-some", { count: 2 }),
        h.t("rem-action"),
      ].join("\n\n"),
    );
    expect(sendsTo(5004)[0]!.payload.text).toContain(h.t("rem-draft-returned", { count: 1 }));
  });

  it("goes to active ketua/wakil/sekretaris/bendahara with consent, in their language; not to pengawas, blocked, erased, pending or unconsented users", async () => {
    const c = await coop(5001, {
      more: [
        { tg: 5002, name: "Sekretaris", position: "SEKRETARIS" },
        { tg: 5003, name: "Bendahara", position: "BENDAHARA" },
        { tg: 5004, name: "Pengawas", position: "PENGAWAS" },
        { tg: 5005, name: "Diblokir", position: "WAKIL_USAHA" },
        { tg: 5006, name: "Dihapus", position: "WAKIL_ANGGOTA" },
      ],
    });
    await h.prisma.user.update({ where: { telegramId: 5003n }, data: { locale: "en" } });
    await h.prisma.user.update({ where: { telegramId: 5005n }, data: { blockedAt: new Date("2026-10-01T00:00:00Z") } });
    await h.prisma.user.update({ where: { telegramId: 5006n }, data: { deletedAt: new Date("2026-10-01T00:00:00Z") } });
    const pending = await seedUser(h, { tg: 5007, name: "Menunggu" });
    await h.prisma.membership.create({
      data: { userId: pending.id, coopId: c.id, position: "WAKIL_USAHA", status: "PENDING" },
    });
    const noConsent = await h.prisma.user.create({ data: { telegramId: 5008n } });
    await h.prisma.membership.create({
      data: { userId: noConsent.id, coopId: c.id, position: "BENDAHARA", status: "ACTIVE" },
    });

    h.clock.set("2026-11-07T01:00:00Z");
    await remindAndSend();
    expect(
      sends()
        .map((x) => x.payload.chat_id)
        .sort(),
    ).toEqual([5001, 5002, 5003]);
    expect(sendsTo(5001)[0]!.payload.text).toContain("untuk periode Oktober 2026");
    expect(sendsTo(5003)[0]!.payload.text).toContain(
      "The report of Koperasi 5001 for October 2026 is due by 10 November 2026 (in 3 days).",
    );
    expect(sendsTo(5003)[0]!.payload.reply_markup.inline_keyboard[0][0].text).toBe(
      h.t("rem-button", { period: "October 2026" }, "en"),
    );
  });

  it("skips inactive coops and coops created after the period ended", async () => {
    const off = await coop(5001);
    await h.prisma.cooperative.update({ where: { id: off.id }, data: { status: "INACTIVE" } });
    const fresh = await coop(5002);
    await h.prisma.cooperative.update({
      where: { id: fresh.id },
      data: { createdAt: new Date("2026-11-02T00:00:00Z") },
    });
    await coop(5003);
    h.clock.set("2026-11-07T01:00:00Z");
    await remindAndSend();
    expect(sends().map((c) => c.payload.chat_id)).toEqual([5003]);
  });

  it("pages through the coops (page of 2, 5 coops): every coop once", async () => {
    for (let i = 0; i < 5; i++) await coop(6000 + i);
    h.clock.set("2026-11-07T01:00:00Z");
    const r = await remindAndSend(2);
    expect(r[0]!.coops).toBe(5);
    expect(
      sends()
        .map((c) => c.payload.chat_id)
        .sort(),
    ).toEqual([6000, 6001, 6002, 6003, 6004]);
  });

  it("OVERDUE two days after the due date, plus one digest per BA listing their overdue coops", async () => {
    const budi = { tg: 2001, name: "Budi", role: "BA" as const, regencyCode: "61.12" };
    const ani = { tg: 2002, name: "Ani", role: "BA" as const, regencyCode: "61.12" };
    await coop(5001, { name: "KDMP Alpha", ba: budi });
    const b = await coop(5002, { name: "KDMP Beta", ba: budi });
    const done = await coop(5003, { name: "KDMP Gamma", ba: budi });
    await coop(5004, { name: "KDMP Delta", ba: ani });
    await h.prisma.monthlyReport.create({
      data: { coopId: done.id, period: "2026-10", status: "SUBMITTED", version: 1 },
    });
    const d = await h.prisma.monthlyReport.create({ data: { coopId: b.id, period: "2026-10" } });
    await h.prisma.reportValue.create({ data: { reportId: d.id, field: "gerai.omzet", intValue: 5n } });

    h.clock.set("2026-11-11T01:00:00Z"); // one day late: not yet
    await remindAndSend();
    expect(sends()).toHaveLength(0);
    h.clock.set("2026-11-12T01:00:00Z");
    const r = await remindAndSend();
    expect(r.map((x) => [x.zone, x.kind, x.coops, x.digests])).toEqual([
      ["Asia/Jakarta", "OVERDUE", 3, 2],
      ["Asia/Makassar", "OVERDUE", 0, 0],
      ["Asia/Jayapura", "OVERDUE", 0, 0],
    ]);
    expect(sendsTo(5001)[0]!.payload.text).toContain(
      h.t("rem-overdue", { coop: "KDMP Alpha", period: "Oktober 2026", due: "10 November 2026" }),
    );
    expect(sendsTo(2001).map((c) => c.payload.text)).toEqual([
      [
        h.t("rem-ba-digest", { period: "Oktober 2026", due: "10 November 2026", count: 2 }),
        h.t("rem-ba-line", { coop: "KDMP Alpha", state: h.t("rem-ba-state-none") }),
        h.t("rem-ba-line", { coop: "KDMP Beta", state: h.t("rem-ba-state-draft", { count: 1 }) }),
      ].join("\n"),
    ]);
    expect(sendsTo(2002)).toHaveLength(1);
    expect(sendsTo(2002)[0]!.payload.text).toContain("KDMP Delta");
    // later runs that day: no second digest, no second reminder
    h.clock.set("2026-11-12T05:00:00Z");
    await remindAndSend();
    expect(sends()).toHaveLength(5);
  });

  it("the button opens the report wizard on that period for an active member; others are refused", async () => {
    const c = await coop(5001, { name: "KDMP Tombol" });
    await seedUser(h, { tg: 5009, name: "Orang Lain" });
    h.clock.set("2026-11-07T01:00:00Z");
    await remindAndSend();
    const ketua = h.user(5001);
    await ketua.press(reminderCb.pack(c.id, "2026-10"));
    expect(ketua.texts().join("\n")).toContain(h.t("rep-intro-title", { coop: "KDMP Tombol", period: "Oktober 2026" }));
    expect(
      (
        await h.prisma.monthlyReport.findUniqueOrThrow({
          where: { coopId_period: { coopId: c.id, period: "2026-10" } },
        })
      ).status,
    ).toBe("DRAFT");

    const other = h.user(5009);
    await other.pressRaw(`rml:${c.id}:2026-10`, 1001);
    expect(h.fake.byMethod("answerCallbackQuery").at(-1)!.payload.text).toBe(h.t("error-not-allowed"));
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED", entity: "Cooperative" } })).toBe(1);
  });
});
