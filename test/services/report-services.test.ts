// Report services without the bot: which report opens, saving with the optimistic rev check,
// submit/review transitions and their guards, readiness and the Dinas count by stage.
import { describe, it, expect, beforeEach } from "vitest";
import { resetDb } from "../helpers/db.ts";
import type { PrismaClient, User, Cooperative } from "../../src/generated/prisma/client.ts";
import type { BusinessUnit } from "../../src/generated/prisma/enums.ts";
import { openReport, saveAnswers, addPhoto } from "../../src/services/reports/draft.ts";
import { submitReport, acceptReport, returnReport } from "../../src/services/reports/submit.ts";
import { loadView } from "../../src/services/reports/view.ts";
import { changesIn, reportEvents, listReports } from "../../src/services/reports/history.ts";
import { countCoopsByStage, encodeChecklist, setItem } from "../../src/services/readiness.ts";
import { groupsFor } from "../../src/services/reports/questions.ts";

let prisma: PrismaClient;
let seq = 0;
const NOW = new Date("2026-11-03T03:00:00Z");

async function user(role: User["role"] = "PENGURUS", regencyCode: string | null = null) {
  seq += 1;
  return prisma.user.create({
    data: { telegramId: BigInt(10_000 + seq), fullName: `User ${seq}`, role, regencyCode, consentAt: NOW },
  });
}

async function coop(units: BusinessUnit[], opts: { member?: User; ba?: User; regency?: string } = {}) {
  seq += 1;
  const regency = opts.regency ?? "61.12";
  const creator = opts.member ?? (await user());
  const c = await prisma.cooperative.create({
    data: {
      name: `Kop ${seq}`,
      villageCode: `${regency}.01.${2000 + seq}`,
      districtCode: `${regency}.01`,
      regencyCode: regency,
      provinceCode: regency.slice(0, 2),
      units,
      createdById: creator.id,
      assignedBaId: opts.ba?.id ?? null,
    },
  });
  if (opts.member)
    await prisma.membership.create({
      data: { userId: opts.member.id, coopId: c.id, position: "KETUA", status: "ACTIVE" },
    });
  return c;
}

/** Every question answered with "1" (and an empty checklist). */
function fullAnswers(units: BusinessUnit[]) {
  const out: Record<string, string> = {};
  for (const g of groupsFor(units))
    for (const f of g.fields)
      out[f.key] = f.key === "kesiapan" ? encodeChecklist({ AHU: { state: "YES" } }) : f.key === "kendala" ? "" : "1";
  return out;
}

async function filled(c: Cooperative, member: User) {
  const o = await openReport(prisma, { userId: member.id, coopId: c.id, now: NOW });
  if (o.kind !== "ok") throw new Error(o.kind);
  const v = (await loadView(prisma, o.reportId))!;
  await saveAnswers(prisma, {
    reportId: o.reportId,
    actorId: member.id,
    expectedRev: v.rev,
    seen: {},
    values: fullAnswers(c.units),
    at: NOW,
  });
  return o.reportId;
}

beforeEach(async () => {
  prisma = (await resetDb()).prisma;
});

describe("openReport", () => {
  it("creates last month's draft (in the coop's time zone) once, even when opened twice at the same moment", async () => {
    const m = await user();
    const c = await coop(["KLINIK"], { member: m, regency: "94.71" }); // WIT: 3 Nov 12.00
    const [a, b] = await Promise.all([
      openReport(prisma, { userId: m.id, coopId: c.id, now: NOW }),
      openReport(prisma, { userId: m.id, coopId: c.id, now: NOW }),
    ]);
    expect(a.kind).toBe("ok");
    expect(b).toMatchObject({ kind: "ok", reportId: (a as { reportId: number }).reportId });
    expect(await prisma.monthlyReport.findMany({ select: { period: true, status: true } })).toEqual([
      { period: "2026-10", status: "DRAFT" },
    ]);
  });

  it("prefers a returned report, then an older draft; a submitted one is closed; future periods and non-members are refused", async () => {
    const m = await user();
    const c = await coop(["KLINIK"], { member: m });
    const older = await prisma.monthlyReport.create({ data: { coopId: c.id, period: "2026-08" } });
    expect(await openReport(prisma, { userId: m.id, coopId: c.id, now: NOW })).toEqual({
      kind: "ok",
      reportId: older.id,
      created: false,
    });
    const returned = await prisma.monthlyReport.create({
      data: { coopId: c.id, period: "2026-09", status: "RETURNED", version: 1 },
    });
    expect(await openReport(prisma, { userId: m.id, coopId: c.id, now: NOW })).toEqual({
      kind: "ok",
      reportId: returned.id,
      created: false,
    });
    const sent = await prisma.monthlyReport.create({
      data: { coopId: c.id, period: "2026-10", status: "SUBMITTED", version: 1, submittedAt: NOW },
    });
    expect(await openReport(prisma, { userId: m.id, coopId: c.id, now: NOW, period: "2026-10" })).toMatchObject({
      kind: "closed",
      reportId: sent.id,
      status: "SUBMITTED",
    });
    expect(await openReport(prisma, { userId: m.id, coopId: c.id, now: NOW, period: "2026-11" })).toEqual({
      kind: "bad_period",
      period: "2026-11",
      latest: "2026-10",
    });
    const stranger = await user();
    expect(await openReport(prisma, { userId: stranger.id, coopId: c.id, now: NOW })).toEqual({ kind: "not_member" });
    const other = await coop(["KLINIK"], { member: stranger });
    expect(await openReport(prisma, { userId: stranger.id, coopId: other.id, now: NOW, reportId: older.id })).toEqual({
      kind: "not_found",
    });
  });
});

describe("saveAnswers", () => {
  it("saves, writes before/after events, marks the unit as operating; same answer twice changes nothing", async () => {
    const m = await user();
    const c = await coop(["GERAI_SEMBAKO"], { member: m });
    const { reportId } = (await openReport(prisma, { userId: m.id, coopId: c.id, now: NOW })) as { reportId: number };
    const r = await saveAnswers(prisma, {
      reportId,
      actorId: m.id,
      expectedRev: 0,
      seen: {},
      values: { "gerai.omzet": "12500000" },
      at: NOW,
    });
    expect(r).toEqual({ kind: "saved", rev: 1, saved: ["gerai.omzet", "gerai.aktif"] });
    const again = await saveAnswers(prisma, {
      reportId,
      actorId: m.id,
      expectedRev: 1,
      seen: { "gerai.omzet": "12500000" },
      values: { "gerai.omzet": "12500000" },
      at: NOW,
    });
    expect(again).toEqual({ kind: "saved", rev: 1, saved: ["gerai.omzet"] });
    const v = (await loadView(prisma, reportId))!;
    expect(v.values).toEqual({ "gerai.omzet": "12500000", "gerai.aktif": "1" });
    expect(
      (await reportEvents(prisma, reportId))
        .filter((e) => e.action === "VALUE_SET")
        .map((e) => [e.field, e.before, e.after, e.by]),
    ).toEqual([
      ["gerai.omzet", null, "12500000", m.fullName],
      ["gerai.aktif", null, "1", m.fullName],
    ]);
  });

  it("a stale rev conflicts only on fields someone else changed; the rest is saved", async () => {
    const a = await user();
    const b = await user();
    const c = await coop(["GERAI_SEMBAKO"], { member: a });
    await prisma.membership.create({ data: { userId: b.id, coopId: c.id, position: "BENDAHARA", status: "ACTIVE" } });
    const { reportId } = (await openReport(prisma, { userId: a.id, coopId: c.id, now: NOW })) as { reportId: number };
    await saveAnswers(prisma, {
      reportId,
      actorId: a.id,
      expectedRev: 0,
      seen: {},
      values: { "gerai.omzet": "1000" },
      at: NOW,
    });
    const r = await saveAnswers(prisma, {
      reportId,
      actorId: b.id,
      expectedRev: 0,
      seen: { "gerai.omzet": null, "gerai.trx": null },
      values: { "gerai.omzet": "2000", "gerai.trx": "5" },
      at: NOW,
    });
    expect(r).toEqual({
      kind: "conflict",
      rev: 2,
      saved: ["gerai.trx"],
      conflicts: [{ key: "gerai.omzet", current: "1000", by: a.fullName }],
    });
    expect((await loadView(prisma, reportId))!.values["gerai.omzet"]).toBe("1000");
    // with the fresh value as "seen", the second pengurus may overwrite it
    expect(
      await saveAnswers(prisma, {
        reportId,
        actorId: b.id,
        expectedRev: 2,
        seen: { "gerai.omzet": "1000" },
        values: { "gerai.omzet": "2000" },
        at: NOW,
      }),
    ).toMatchObject({ kind: "saved", rev: 3 });
  });

  it("a save against the view the question was asked from (known) writes at once, or reads again when anything moved", async () => {
    const a = await user();
    const b = await user();
    const c = await coop(["GERAI_SEMBAKO"], { member: a });
    await prisma.membership.create({ data: { userId: b.id, coopId: c.id, position: "BENDAHARA", status: "ACTIVE" } });
    const { reportId } = (await openReport(prisma, { userId: a.id, coopId: c.id, now: NOW })) as { reportId: number };
    const known = { values: {}, flagged: [] };
    expect(
      await saveAnswers(prisma, {
        reportId,
        actorId: a.id,
        expectedRev: 0,
        seen: {},
        values: { "gerai.omzet": "1000" },
        at: NOW,
        known,
      }),
    ).toEqual({
      kind: "saved",
      rev: 1,
      saved: ["gerai.omzet", "gerai.aktif"],
    });
    // b still holds the view at rev 0: the write finds the rev moved, reads again and reports the conflict
    const r = await saveAnswers(prisma, {
      reportId,
      actorId: b.id,
      expectedRev: 0,
      seen: { "gerai.omzet": null },
      values: { "gerai.omzet": "2000" },
      at: NOW,
      known,
    });
    expect(r).toMatchObject({ kind: "conflict", conflicts: [{ key: "gerai.omzet", current: "1000" }] });
    // removed from the board: the write is refused and the read says why
    await prisma.membership.update({
      where: { userId_coopId: { userId: b.id, coopId: c.id } },
      data: { status: "REMOVED" },
    });
    const v = (await loadView(prisma, reportId))!;
    expect(
      await saveAnswers(prisma, {
        reportId,
        actorId: b.id,
        expectedRev: v.rev,
        seen: {},
        values: { "gerai.trx": "5" },
        at: NOW,
        known: { values: v.values, flagged: v.flagged },
      }),
    ).toEqual({ kind: "forbidden" });
    expect((await loadView(prisma, reportId))!.values["gerai.trx"]).toBeUndefined();
  });

  it("concurrent saves of different fields both land (rev compare-and-swap retries)", async () => {
    const m = await user();
    const c = await coop(["GERAI_SEMBAKO"], { member: m });
    const { reportId } = (await openReport(prisma, { userId: m.id, coopId: c.id, now: NOW })) as { reportId: number };
    const rs = await Promise.all(
      ["gerai.omzet", "gerai.trx", "gerai.stok", "anggota.total"].map((k, i) =>
        saveAnswers(prisma, {
          reportId,
          actorId: m.id,
          expectedRev: 0,
          seen: {},
          values: { [k]: String(i + 1) },
          at: NOW,
        }),
      ),
    );
    expect(rs.every((r) => r.kind === "saved")).toBe(true);
    const v = (await loadView(prisma, reportId))!;
    expect(v.values).toMatchObject({ "gerai.omzet": "1", "gerai.trx": "2", "gerai.stok": "3", "anggota.total": "4" });
    expect(v.rev).toBe(4);
  });

  it("refuses writes to a submitted report and by non-members; photos too", async () => {
    const m = await user();
    const c = await coop(["KLINIK"], { member: m });
    const reportId = await filled(c, m);
    const stranger = await user();
    expect(
      await saveAnswers(prisma, {
        reportId,
        actorId: stranger.id,
        expectedRev: 1,
        seen: {},
        values: { kendala: "x y" },
        at: NOW,
      }),
    ).toEqual({
      kind: "forbidden",
    });
    expect(await addPhoto(prisma, { reportId, actorId: stranger.id, fileId: "f", at: NOW })).toEqual({
      kind: "forbidden",
    });
    expect(await addPhoto(prisma, { reportId, actorId: m.id, fileId: "f", at: NOW })).toEqual({
      kind: "added",
      count: 1,
    });
    const v = (await loadView(prisma, reportId))!;
    expect(await submitReport(prisma, { reportId, actorId: m.id, expectedRev: v.rev, at: NOW })).toEqual({
      kind: "submitted",
      version: 1,
    });
    expect(
      await saveAnswers(prisma, {
        reportId,
        actorId: m.id,
        expectedRev: v.rev + 1,
        seen: {},
        values: { kendala: "x y" },
        at: NOW,
      }),
    ).toEqual({
      kind: "locked",
      status: "SUBMITTED",
      by: m.fullName,
    });
    expect(await addPhoto(prisma, { reportId, actorId: m.id, fileId: "g", at: NOW })).toEqual({ kind: "locked" });
  });
});

describe("submit and review", () => {
  it("submit needs every answer and the rev the user saw; applies readiness", async () => {
    const m = await user();
    const c = await coop(["GERAI_SEMBAKO", "KLINIK"], { member: m });
    const { reportId } = (await openReport(prisma, { userId: m.id, coopId: c.id, now: NOW })) as { reportId: number };
    expect(await submitReport(prisma, { reportId, actorId: m.id, expectedRev: 0, at: NOW })).toMatchObject({
      kind: "incomplete",
    });
    await saveAnswers(prisma, {
      reportId,
      actorId: m.id,
      expectedRev: 0,
      seen: {},
      values: { ...fullAnswers(c.units), "gerai.aktif": "0" },
      at: NOW,
    });
    const rev = (await loadView(prisma, reportId))!.rev;
    expect(await submitReport(prisma, { reportId, actorId: m.id, expectedRev: rev - 1, at: NOW })).toEqual({
      kind: "conflict",
    });
    expect(await submitReport(prisma, { reportId, actorId: m.id, expectedRev: rev, at: NOW })).toEqual({
      kind: "submitted",
      version: 1,
    });
    const items = await prisma.readinessItem.findMany({ where: { coopId: c.id }, orderBy: { item: "asc" } });
    expect(Object.fromEntries(items.map((i) => [i.item, i.state]))).toMatchObject({
      AHU: "YES",
      KANTOR: "NO",
      UNIT_GERAI_SEMBAKO: "NO",
      UNIT_KLINIK: "YES",
    });
    expect(items.find((i) => i.item === "AHU")!.since).toEqual(NOW);
  });

  it("only the assigned BA, an admin or the regency's PMO decide; stale versions and bad fields are refused", async () => {
    const m = await user();
    const ba = await user("BA");
    const otherBa = await user("BA");
    const c = await coop(["KLINIK"], { member: m, ba });
    const reportId = await filled(c, m);
    await submitReport(prisma, {
      reportId,
      actorId: m.id,
      expectedRev: (await loadView(prisma, reportId))!.rev,
      at: NOW,
    });
    expect(await acceptReport(prisma, { reportId, reviewer: otherBa, version: 1, at: NOW })).toEqual({
      kind: "forbidden",
    });
    expect(await acceptReport(prisma, { reportId, reviewer: m, version: 1, at: NOW })).toEqual({ kind: "forbidden" });
    expect(await acceptReport(prisma, { reportId, reviewer: await user("PMO", "61.71"), version: 1, at: NOW })).toEqual(
      { kind: "forbidden" },
    );
    expect(
      await returnReport(prisma, { reportId, reviewer: ba, version: 1, fields: ["sp.omzet"], comment: "cek", at: NOW }),
    ).toEqual({
      kind: "invalid_fields",
    });
    expect(
      await returnReport(prisma, {
        reportId,
        reviewer: ba,
        version: 2,
        fields: ["klinik.omzet"],
        comment: "cek",
        at: NOW,
      }),
    ).toMatchObject({
      kind: "stale",
      status: "SUBMITTED",
      version: 1,
    });
    expect(
      await returnReport(prisma, {
        reportId,
        reviewer: ba,
        version: 1,
        fields: ["klinik.omzet"],
        comment: "cek nota",
        at: NOW,
      }),
    ).toMatchObject({
      kind: "ok",
    });
    expect(await acceptReport(prisma, { reportId, reviewer: ba, version: 1, at: NOW })).toMatchObject({
      kind: "stale",
      status: "RETURNED",
    });

    // fix the flagged field → v2 → the PMO of the regency accepts; a second accept is stale
    let v = (await loadView(prisma, reportId))!;
    expect(v.flagged).toEqual(["klinik.omzet"]);
    await saveAnswers(prisma, {
      reportId,
      actorId: m.id,
      expectedRev: v.rev,
      seen: { "klinik.omzet": "1" },
      values: { "klinik.omzet": "7000000" },
      at: NOW,
    });
    v = (await loadView(prisma, reportId))!;
    expect(v.flagged).toEqual([]);
    expect(await submitReport(prisma, { reportId, actorId: m.id, expectedRev: v.rev, at: NOW })).toEqual({
      kind: "submitted",
      version: 2,
    });
    expect(changesIn(await reportEvents(prisma, reportId), 2)).toEqual([
      { field: "klinik.omzet", before: "1", after: "7000000" },
    ]);
    const pmo = await user("PMO", "61.12");
    expect(await acceptReport(prisma, { reportId, reviewer: pmo, version: 2, at: NOW })).toMatchObject({
      kind: "ok",
      version: 2,
    });
    expect(await acceptReport(prisma, { reportId, reviewer: await user("ADMIN"), version: 2, at: NOW })).toMatchObject({
      kind: "stale",
      status: "ACCEPTED",
    });
    expect(await listReports(prisma, c.id)).toEqual([
      { id: reportId, period: "2026-10", status: "ACCEPTED", version: 2, submittedAt: NOW.toISOString() },
    ]);
  });
});

describe("readiness: countCoopsByStage", () => {
  it("counts coops per milestone and per stage, within a province or regency", async () => {
    const actor = await user();
    const set = async (c: Cooperative, items: Record<string, string>) => {
      for (const [item, state] of Object.entries(items)) await setItem(prisma, c.id, item, { state }, actor.id, NOW);
    };
    const admin = { AHU: "YES", KANTOR: "YES", REKENING: "YES", SIMKOPDES: "YES", BUSINESS_PLAN: "YES" };
    await coop(["KLINIK"]); // registered only (no items)
    await set(await coop(["KLINIK"]), { AHU: "YES", KANTOR: "NO" });
    await set(await coop(["KLINIK"]), {
      ...admin,
      LAND_GERAI: "YES",
      BUILD_GERAI: "SELESAI",
      FINANCING: "CAIR",
      UNIT_KLINIK: "YES",
    });
    await set(await coop(["KLINIK"], { regency: "61.71" }), { ...admin, UNIT_KLINIK: "YES" }); // operates, but no land yet
    await set(await coop(["KLINIK"], { regency: "35.07" }), { AHU: "YES" });

    const all = await countCoopsByStage(prisma);
    expect(all.total).toBe(5);
    expect(all.milestones).toEqual({
      REGISTERED: 5,
      LEGAL: 4,
      ADMIN_READY: 2,
      LAND_READY: 1,
      BUILT: 1,
      FINANCED: 1,
      OPERATING: 2,
    });
    expect(all.stages).toEqual({
      REGISTERED: 1,
      LEGAL: 2,
      ADMIN_READY: 1,
      LAND_READY: 0,
      BUILT: 0,
      FINANCED: 0,
      OPERATING: 1,
    });
    expect(all.byItem.AHU).toEqual({ YES: 4 });
    expect(all.byItem.KANTOR).toEqual({ NO: 1, YES: 2 });

    const kalbar = await countCoopsByStage(prisma, { provinceCode: "61" });
    expect(kalbar.total).toBe(4);
    expect(kalbar.milestones.LEGAL).toBe(3);
    const kota = await countCoopsByStage(prisma, { regencyCode: "61.71" });
    expect(kota).toMatchObject({ total: 1, milestones: { OPERATING: 1, LAND_READY: 0 }, stages: { ADMIN_READY: 1 } });
    expect((await countCoopsByStage(prisma, { regencyCode: "11.01" })).total).toBe(0);
  });

  it("'since' is when an item reached its state; an unchanged state keeps its date", async () => {
    const actor = await user();
    const c = await coop(["KLINIK"]);
    await setItem(prisma, c.id, "FINANCING", { state: "DIAJUKAN" }, actor.id, new Date("2026-09-01T00:00:00Z"));
    await setItem(prisma, c.id, "FINANCING", { state: "DIAJUKAN" }, actor.id, new Date("2026-10-01T00:00:00Z"));
    expect((await prisma.readinessItem.findFirstOrThrow({ where: { item: "FINANCING" } })).since).toEqual(
      new Date("2026-09-01T00:00:00Z"),
    );
    await setItem(prisma, c.id, "FINANCING", { state: "CAIR" }, actor.id, new Date("2026-11-01T00:00:00Z"));
    expect((await prisma.readinessItem.findFirstOrThrow({ where: { item: "FINANCING" } })).since).toEqual(
      new Date("2026-11-01T00:00:00Z"),
    );
    await setItem(prisma, c.id, "FINANCING", { state: "NO" }, actor.id, NOW);
    expect((await prisma.readinessItem.findFirstOrThrow({ where: { item: "FINANCING" } })).since).toBeNull();
  });

  it("a pin is kept when the item is set again without one, and moves when a new pin comes", async () => {
    const actor = await user();
    const c = await coop(["KLINIK"]);
    const at1 = new Date("2026-09-01T00:00:00Z");
    await setItem(prisma, c.id, "LAND_GERAI", { state: "YES", lat: -0.02, lng: 109.3 }, actor.id, at1);
    await setItem(prisma, c.id, "LAND_GERAI", { state: "YES" }, actor.id, NOW);
    const land = () => prisma.readinessItem.findFirstOrThrow({ where: { coopId: c.id, item: "LAND_GERAI" } });
    expect(await land()).toMatchObject({ state: "YES", latitude: -0.02, longitude: 109.3, since: at1 });
    await setItem(prisma, c.id, "LAND_GERAI", { state: "YES", lat: -0.03, lng: 109.4 }, actor.id, NOW);
    expect(await land()).toMatchObject({ latitude: -0.03, longitude: 109.4, since: at1 });
  });
});
