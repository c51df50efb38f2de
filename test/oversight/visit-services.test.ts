// Visit services without the bot: typed dates, the 30-day flag (and its line in /koperasiku),
// visitCounts per BA and per kab/kota, and the follow-up reminder job (08:00 local, once).
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { parseDayText } from "../../src/services/visits/parse-date.ts";
import { recordVisit, staleCoops } from "../../src/services/visits/index.ts";
import { visitCounts } from "../../src/services/visits/recap.ts";
import { runVisitFollowUps } from "../../src/jobs/visit-follow-ups.ts";
import { coop, people } from "./fixtures.ts";

const today = { y: 2026, m: 11, d: 24 };

describe("typed visit dates", () => {
  const past = { side: "past" as const, maxDays: 60 };
  const future = { side: "future" as const, maxDays: 180 };
  it.each([
    ["hari ini", "2026-11-24"],
    ["Kemarin", "2026-11-23"],
    ["kemarin lusa", "2026-11-22"],
    ["12/11", "2026-11-12"],
    ["12-11-2026", "2026-11-12"],
    ["1.10.26", "2026-10-01"],
    ["12 November", "2026-11-12"],
    ["3 okt 2026", "2026-10-03"],
    ["28/12", "2025-12-28"], // no year: the latest such day not in the future… too old here
  ])("past: %s", (typed, day) => {
    const r = parseDayText(typed, today, { ...past, maxDays: 400 });
    expect(r).toEqual({ ok: true, day });
  });
  it("rejects bad, future and too old dates for visits; past and too far ones for follow-ups", () => {
    expect(parseDayText("31/02", today, past)).toEqual({ ok: false, error: "format" });
    expect(parseDayText("besok", today, past)).toEqual({ ok: false, error: "future" });
    expect(parseDayText("25/11/2026", today, past)).toEqual({ ok: false, error: "future" });
    expect(parseDayText("28/12", today, past)).toEqual({ ok: false, error: "too-old" });
    expect(parseDayText("lusa", today, future)).toEqual({ ok: true, day: "2026-11-26" });
    expect(parseDayText("5/1", today, future)).toEqual({ ok: true, day: "2027-01-05" });
    expect(parseDayText("23/11/2026", today, future)).toEqual({ ok: false, error: "past" });
    expect(parseDayText("1/1/2028", today, future)).toEqual({ ok: false, error: "too-far" });
    expect(parseDayText("senin depan", today, future)).toEqual({ ok: true, day: "2026-11-30" }); // issue 23.9
    expect(parseDayText("kapan-kapan", today, future)).toEqual({ ok: false, error: "format" });
  });
});

describe("visit data", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });

  const visit = (coopId: number, baId: number, at: string, kind: string, followUpAt?: string) =>
    h.prisma.visit.create({
      data: {
        coopId,
        baId,
        at: new Date(at),
        kind,
        topic: "USAHA",
        note: "Catatan",
        followUpAt: followUpAt ? new Date(followUpAt) : null,
      },
    });

  it("flags coops not visited or called in 30 days (online sessions do not count), in /koperasiku too", async () => {
    const p = await people(h);
    const a = await coop(h, 5001, p.budi.id, "A");
    const b = await coop(h, 5002, p.budi.id, "B");
    const c = await coop(h, 5003, p.budi.id, "C");
    const d = await coop(h, 5004, p.budi.id, "D");
    const e = await coop(h, 5005, p.ani.id, "E");
    // today is 24 Nov (WIB): 25 Oct is 30 days ago (stale), 26 Oct 29 days (fresh)
    await visit(a.coop.id, p.budi.id, "2026-10-25T17:00:00Z", "VISIT"); // 26 Oct WIB
    await visit(b.coop.id, p.budi.id, "2026-10-24T17:00:00Z", "CALL"); // 25 Oct WIB
    await visit(c.coop.id, p.budi.id, "2026-11-22T17:00:00Z", "ONLINE");
    await visit(d.coop.id, p.budi.id, "2026-11-13T17:00:00Z", "VISIT");
    const stale = await staleCoops(h.prisma, { assignedBaId: p.budi.id }, h.clock.now());
    expect(stale.map((s) => s.name)).toEqual(["B", "C"]);
    expect(stale.find((s) => s.name === "C")!.lastAt).toBeNull();
    expect((await staleCoops(h.prisma, { regencyCode: "61.12" }, h.clock.now())).map((s) => s.id)).toEqual([
      b.coop.id,
      c.coop.id,
      e.coop.id,
    ]);
    const budi = h.user(2001);
    await budi.command("koperasiku");
    expect(budi.texts()[0]).toContain(h.t("ov-stale-count", { count: 2 }));
    await budi.press((l) => l === h.t("ov-btn-stale", { count: 2 }));
    expect(budi.lastText()).toContain(
      h.t("ov-stale-line", { n: 1, coop: "B", last: h.t("ov-stale-last", { date: "25 Oktober 2026" }) }),
    );
    expect(budi.lastText()).toContain(h.t("ov-stale-line", { n: 2, coop: "C", last: h.t("ov-stale-never") }));
  });

  it("visitCounts: per BA and per kab/kota for a period, with distinct coops and stale counts", async () => {
    const p = await people(h);
    const a = await coop(h, 5001, p.budi.id);
    const b = await coop(h, 5002, p.budi.id);
    const c = await coop(h, 5003, p.ani.id);
    await visit(a.coop.id, p.budi.id, "2026-11-02T17:00:00Z", "VISIT");
    await visit(a.coop.id, p.budi.id, "2026-11-09T17:00:00Z", "CALL");
    await visit(b.coop.id, p.budi.id, "2026-11-10T17:00:00Z", "ONLINE");
    await visit(c.coop.id, p.ani.id, "2026-10-10T17:00:00Z", "VISIT"); // October: outside the period
    const r = await visitCounts(
      h.prisma,
      { regencyCode: "61.12" },
      new Date("2026-10-31T17:00:00Z"),
      new Date("2026-11-30T17:00:00Z"),
      h.clock.now(),
    );
    expect(r.perBa.map((x) => [x.name, x.visits, x.calls, x.online, x.total, x.coops, x.stale])).toEqual([
      ["Budi", 1, 1, 1, 3, 2, 1],
      ["Ani", 0, 0, 0, 0, 0, 1],
    ]);
    expect(r.perRegency).toEqual([
      { regencyCode: "61.12", visits: 1, calls: 1, online: 1, total: 3, coops: 2, stale: 2 },
    ]);
  });

  it("recordVisit refuses other BAs' coops, future days and bad fields", async () => {
    const p = await people(h);
    const a = await coop(h, 5001, p.budi.id);
    const base = {
      coopId: a.coop.id,
      day: "2026-11-24",
      kind: "VISIT" as const,
      topic: "USAHA" as const,
      note: "Catatan",
      followUp: null,
      photoFileId: null,
      location: null,
    };
    expect((await recordVisit(h.prisma, p.ani, base, h.clock.now())).kind).toBe("forbidden");
    expect((await recordVisit(h.prisma, p.pmo, base, h.clock.now())).kind).toBe("forbidden");
    expect(await recordVisit(h.prisma, p.budi, { ...base, day: "2026-11-25" }, h.clock.now())).toEqual({
      kind: "invalid",
      field: "day",
    });
    expect(await recordVisit(h.prisma, p.budi, { ...base, topic: "X" as never }, h.clock.now())).toEqual({
      kind: "invalid",
      field: "topic",
    });
    expect(await recordVisit(h.prisma, p.budi, { ...base, note: "a" }, h.clock.now())).toEqual({
      kind: "invalid",
      field: "note",
    });
    expect((await recordVisit(h.prisma, p.budi, base, h.clock.now())).kind).toBe("ok");
  });

  it("a follow-up reminds the BA at 08:00 local that morning, once, through the outbox", async () => {
    const p = await people(h);
    const a = await coop(h, 5001, p.budi.id, "Koperasi Alpha");
    const v = await visit(a.coop.id, p.budi.id, "2026-11-19T17:00:00Z", "VISIT", "2026-12-01T01:00:00Z");
    const run = () => runVisitFollowUps({ deps: h.deps, t: (l, k, vars) => h.notifier.t(l, k, vars) });
    h.clock.set("2026-12-01T00:59:00Z");
    expect(await run()).toBe(0);
    h.clock.set("2026-12-01T01:00:00Z");
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    const rows = await h.prisma.outbox.findMany();
    expect(rows.map((r) => [r.key, Number(r.chatId)])).toEqual([[`visit-fu:${v.id}`, 2001]]);
    expect((rows[0]!.payload as { text: string }).text).toBe(
      h.t("vis-follow-reminder", {
        coop: "Koperasi Alpha",
        kind: h.t("vis-kind-VISIT"),
        date: "20 November 2026",
        topic: h.t("vis-topic-USAHA"),
        note: "Catatan",
      }),
    );
  });

  it("a BA who blocked the bot gets no follow-up; the visit is still marked done", async () => {
    const p = await people(h);
    const a = await coop(h, 5001, p.budi.id, "Koperasi Alpha");
    const v = await visit(a.coop.id, p.budi.id, "2026-11-19T17:00:00Z", "VISIT", "2026-12-01T01:00:00Z");
    await h.prisma.user.update({ where: { id: p.budi.id }, data: { blockedAt: new Date("2026-11-30T00:00:00Z") } });
    h.clock.set("2026-12-01T01:00:00Z");
    expect(await runVisitFollowUps({ deps: h.deps, t: (l, k, vars) => h.notifier.t(l, k, vars) })).toBe(0);
    expect(await h.prisma.outbox.count()).toBe(0);
    expect((await h.prisma.visit.findUnique({ where: { id: v.id } }))?.followUpSentAt).not.toBeNull();
  });
});
