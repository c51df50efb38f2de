// Issue 15 services: search within scope, role changes (revoking a BA), coop edits, handover, leave.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { admin, coopWithKetua, staff, VILLAGES } from "../features/help-fixtures.ts";
import { phoneQuery, searchCoops, searchPeople, canSeePerson } from "../../src/services/people/search.ts";
import { changeRole } from "../../src/services/people/roles.ts";
import {
  decideHandover,
  leaveCoop,
  proposeHandover,
  removeMember,
  renameCoop,
  setCoopStatus,
  setLegalNumber,
  setPosition,
  setUnits,
  coopHistory,
} from "../../src/services/coop-admin/index.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
const now = new Date("2026-11-24T03:00:00Z");

async function member(
  coopId: number,
  telegramId: number,
  position: "SEKRETARIS" | "BENDAHARA" | "PENGAWAS",
  name = `Anggota ${telegramId}`,
) {
  const user = await h.prisma.user.create({ data: { telegramId: BigInt(telegramId), fullName: name, consentAt: now } });
  const m = await h.prisma.membership.create({ data: { userId: user.id, coopId, position, status: "ACTIVE" } });
  return { user, m };
}

describe("search", () => {
  it("finds coops by name, desa name and code prefix, only within the viewer's area", async () => {
    const a = await admin(h);
    const pmo = await staff(h, 2101, "PMO");
    const pmoOther = await staff(h, 2102, "PMO", { regencyCode: "61.71" });
    const ba = await staff(h, 2001, "BA");
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 }, { baId: ba.id });
    const y = await coopWithKetua(h, VILLAGES.pallima, { telegramId: 5002 });
    await h.prisma.cooperative.update({
      where: { id: x.coop.id },
      data: { name: "Koperasi Desa Merah Putih Ambarawa" },
    });
    expect((await searchCoops(h.prisma, a, "ambarawa")).map((c) => c.id)).toEqual([x.coop.id]);
    expect((await searchCoops(h.prisma, a, "61.71")).map((c) => c.id)).toEqual([y.coop.id]);
    expect((await searchCoops(h.prisma, a, "Merah Putih")).length).toBe(2);
    expect((await searchCoops(h.prisma, pmo, "Merah Putih")).map((c) => c.id)).toEqual([x.coop.id]);
    expect((await searchCoops(h.prisma, pmoOther, "Merah Putih")).map((c) => c.id)).toEqual([y.coop.id]);
    expect((await searchCoops(h.prisma, ba, "Merah Putih")).map((c) => c.id)).toEqual([x.coop.id]);
    // desa name, not in the coop's name: Pal Lima (61.71.03.1001)
    expect((await searchCoops(h.prisma, a, "Pal Lima")).map((c) => c.id)).toEqual([y.coop.id]);
  });

  it("'%' and '_' in a search are literal characters, not wildcards", async () => {
    const a = await admin(h);
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001, name: "Siti Aminah" });
    await h.prisma.cooperative.update({ where: { id: x.coop.id }, data: { name: "Koperasi Desa Merah Putih" } });
    for (const q of ["%", "%%", "Merah%Putih", "Mer_h", "_"]) {
      expect((await searchCoops(h.prisma, a, q)).length, q).toBe(0);
      expect((await searchPeople(h.prisma, a, q)).length, q).toBe(0);
    }
    await h.prisma.cooperative.update({ where: { id: x.coop.id }, data: { name: "Koperasi 100% Merah_Putih" } });
    expect((await searchCoops(h.prisma, a, "100% Merah_P")).map((c) => c.id)).toEqual([x.coop.id]);
  });

  it("finds people by name, phone and @username within scope; pengurus outside the area are hidden", async () => {
    const a = await admin(h);
    const pmo = await staff(h, 2101, "PMO");
    const x = await coopWithKetua(h, VILLAGES.ambarawa, {
      telegramId: 5001,
      name: "Siti Aminah",
      username: "siti_a",
      phone: "+6281234567890",
    });
    await coopWithKetua(h, VILLAGES.pallima, { telegramId: 5002, name: "Siti Rahma" });
    expect(phoneQuery("0812-3456")).toBe("628123456");
    expect(phoneQuery("Siti")).toBeUndefined();
    expect((await searchPeople(h.prisma, a, "siti")).map((p) => p.name)).toEqual(["Siti Aminah", "Siti Rahma"]);
    expect((await searchPeople(h.prisma, pmo, "siti")).map((p) => p.name)).toEqual(["Siti Aminah"]);
    expect((await searchPeople(h.prisma, a, "0812 3456 7890")).map((p) => p.id)).toEqual([x.ketua.id]);
    expect((await searchPeople(h.prisma, a, "@SITI_A")).map((p) => p.id)).toEqual([x.ketua.id]);
    expect(await canSeePerson(h.prisma, pmo, x.ketua.id)).toBe(true);
    const other = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 5002n } });
    expect(await canSeePerson(h.prisma, pmo, other.id)).toBe(false);
  });
});

describe("roles", () => {
  it("only an admin changes roles; an area is required; revoking a BA unassigns coops and moves open requests", async () => {
    const a = await admin(h);
    const pmo = await staff(h, 2101, "PMO");
    const ba = await staff(h, 2001, "BA");
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 }, { baId: ba.id });
    const req = await h.prisma.helpRequest.create({
      data: {
        coopId: x.coop.id,
        requesterId: x.ketua.id,
        category: "LEGAL",
        text: "t",
        routedRole: "BA",
        routedToId: ba.id,
        assigneeId: ba.id,
        status: "ASSIGNED",
        dueAt: now,
      },
    });
    expect((await changeRole(h.prisma, pmo, { targetId: ba.id, role: "PENGURUS" }, now)).kind).toBe("forbidden");
    expect((await changeRole(h.prisma, a, { targetId: ba.id, role: "PMO" }, now)).kind).toBe("bad_area");
    expect((await changeRole(h.prisma, a, { targetId: a.id, role: "BA", areaCode: "61.12" }, now)).kind).toBe("self");
    expect((await changeRole(h.prisma, a, { targetId: ba.id, role: "BA", areaCode: "61.12" }, now)).kind).toBe(
      "unchanged",
    );
    const r = await changeRole(h.prisma, a, { targetId: ba.id, role: "PENGURUS" }, now);
    if (r.kind !== "ok") throw new Error(r.kind);
    expect(r.unassignedCoopIds).toEqual([x.coop.id]);
    expect(r.movedRequestIds).toEqual([req.id]);
    expect(r.pmoIds).toEqual([pmo.id]);
    expect((await h.prisma.cooperative.findUniqueOrThrow({ where: { id: x.coop.id } })).assignedBaId).toBeNull();
    expect((await h.prisma.assignment.findFirstOrThrow({ where: { coopId: x.coop.id } })).toAt).toEqual(now);
    const moved = await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: req.id } });
    expect([moved.routedRole, moved.assigneeId, moved.status]).toEqual(["PMO", null, "OPEN"]);
    const audit = await h.prisma.auditLog.findFirstOrThrow({
      where: { action: "ROLE_CHANGED", entityId: String(ba.id) },
    });
    expect(audit.before).toMatchObject({ role: "BA", regencyCode: "61.12" });
    const d = await changeRole(h.prisma, a, { targetId: ba.id, role: "DINAS", areaCode: "61" }, now);
    expect(d.kind === "ok" && [d.target.role, d.target.provinceCode, d.target.regencyCode]).toEqual([
      "DINAS",
      "61",
      null,
    ]);
  });
});

describe("coop after registration", () => {
  it("board members edit details (AHU unique), the pengawas cannot, outsiders cannot; history is kept", async () => {
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 });
    const y = await coopWithKetua(h, VILLAGES.batuAmpar, { telegramId: 5002 });
    const sek = await member(x.coop.id, 6001, "SEKRETARIS");
    const pgw = await member(x.coop.id, 6002, "PENGAWAS");
    const ahu = "AHU-0001234.AH.01.29.TAHUN 2025";
    expect((await renameCoop(h.prisma, sek.user, x.coop.id, "Koperasi Baru")).kind).toBe("ok");
    expect((await renameCoop(h.prisma, pgw.user, x.coop.id, "X")).kind).toBe("forbidden");
    expect((await renameCoop(h.prisma, y.ketua, x.coop.id, "X")).kind).toBe("forbidden");
    expect((await setLegalNumber(h.prisma, x.ketua, x.coop.id, ahu)).kind).toBe("ok");
    expect(await setLegalNumber(h.prisma, y.ketua, y.coop.id, ahu)).toEqual({
      kind: "taken",
      coopName: "Koperasi Baru",
    });
    expect((await setUnits(h.prisma, x.ketua, x.coop.id, [])).kind).toBe("invalid");
    expect((await setUnits(h.prisma, x.ketua, x.coop.id, ["KLINIK", "KLINIK", "APOTEK"])).kind).toBe("ok");
    expect((await h.prisma.cooperative.findUniqueOrThrow({ where: { id: x.coop.id } })).units).toEqual([
      "KLINIK",
      "APOTEK",
    ]);
    expect((await coopHistory(h.prisma, x.coop.id)).map((e) => e.action)).toEqual([
      "COOP_UNITS_SET",
      "COOP_AHU_SET",
      "COOP_RENAMED",
    ]);
  });

  it("only the ketua changes positions and removes; nobody becomes a second ketua; the ketua cannot be removed", async () => {
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 });
    const sek = await member(x.coop.id, 6001, "SEKRETARIS");
    const ben = await member(x.coop.id, 6002, "BENDAHARA");
    const ketuaM = await h.prisma.membership.findFirstOrThrow({ where: { userId: x.ketua.id } });
    expect((await setPosition(h.prisma, sek.user, ben.m.id, "PENGAWAS")).kind).toBe("forbidden");
    expect((await setPosition(h.prisma, x.ketua, ben.m.id, "KETUA")).kind).toBe("invalid");
    expect((await setPosition(h.prisma, x.ketua, ketuaM.id, "SEKRETARIS")).kind).toBe("invalid");
    expect((await setPosition(h.prisma, x.ketua, ben.m.id, "PENGAWAS")).kind).toBe("ok");
    expect((await removeMember(h.prisma, sek.user, ben.m.id, now)).kind).toBe("forbidden");
    expect((await removeMember(h.prisma, x.ketua, ketuaM.id, now)).kind).toBe("invalid");
    expect(await removeMember(h.prisma, x.ketua, ben.m.id, now)).toMatchObject({ kind: "ok", userId: ben.user.id });
    expect((await h.prisma.membership.findUniqueOrThrow({ where: { id: ben.m.id } })).status).toBe("REMOVED");
  });

  it("hands over the ketua role only when the new ketua confirms, and swaps positions", async () => {
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 });
    const sek = await member(x.coop.id, 6001, "SEKRETARIS");
    const ben = await member(x.coop.id, 6002, "BENDAHARA");
    expect((await proposeHandover(h.prisma, sek.user, x.coop.id, ben.m.id, now)).kind).toBe("forbidden");
    const first = await proposeHandover(h.prisma, x.ketua, x.coop.id, ben.m.id, now);
    const p = await proposeHandover(h.prisma, x.ketua, x.coop.id, sek.m.id, now);
    if (p.kind !== "ok" || first.kind !== "ok") throw new Error("propose");
    expect((await decideHandover(h.prisma, ben.user.id, first.handoverId, true, now)).kind).toBe("stale"); // replaced
    expect((await decideHandover(h.prisma, ben.user.id, p.handoverId, true, now)).kind).toBe("forbidden"); // not theirs
    expect((await decideHandover(h.prisma, sek.user.id, p.handoverId, true, now)).kind).toBe("accepted");
    const board = await h.prisma.membership.findMany({
      where: { coopId: x.coop.id, status: "ACTIVE" },
      orderBy: { id: "asc" },
    });
    expect(board.map((m) => [m.userId, m.position])).toEqual([
      [x.ketua.id, "SEKRETARIS"],
      [sek.user.id, "KETUA"],
      [ben.user.id, "BENDAHARA"],
    ]);
    expect((await decideHandover(h.prisma, sek.user.id, p.handoverId, true, now)).kind).toBe("stale"); // twice
  });

  it("two proposals at once leave one pending handover; the database refuses a second pending row", async () => {
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 });
    const sek = await member(x.coop.id, 6001, "SEKRETARIS");
    const ben = await member(x.coop.id, 6002, "BENDAHARA");
    const results = await Promise.all([
      proposeHandover(h.prisma, x.ketua, x.coop.id, sek.m.id, now),
      proposeHandover(h.prisma, x.ketua, x.coop.id, ben.m.id, now),
      proposeHandover(h.prisma, x.ketua, x.coop.id, sek.m.id, now),
    ]);
    expect(results.map((r) => r.kind)).toEqual(["ok", "ok", "ok"]);
    expect(await h.prisma.coopHandover.count({ where: { coopId: x.coop.id, status: "PENDING" } })).toBe(1);
    const data = { coopId: x.coop.id, fromUserId: x.ketua.id, toUserId: ben.user.id, byId: x.ketua.id };
    await expect(h.prisma.coopHandover.create({ data })).rejects.toMatchObject({ code: "P2002" });
    await h.prisma.coopHandover.create({ data: { ...data, status: "DECLINED" } }); // only PENDING is unique
  });

  it("of two accepts at once one wins; an accept after the positions changed is stale and changes nothing", async () => {
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 });
    const sek = await member(x.coop.id, 6001, "SEKRETARIS");
    const ben = await member(x.coop.id, 6002, "BENDAHARA");
    const p = await proposeHandover(h.prisma, x.ketua, x.coop.id, sek.m.id, now);
    if (p.kind !== "ok") throw new Error("propose");
    const both = await Promise.all([
      decideHandover(h.prisma, sek.user.id, p.handoverId, true, now),
      decideHandover(h.prisma, sek.user.id, p.handoverId, true, now),
    ]);
    expect(both.map((r) => r.kind).sort()).toEqual(["accepted", "stale"]);
    const ketuas = () => h.prisma.membership.count({ where: { coopId: x.coop.id, position: "KETUA" } });
    expect(await ketuas()).toBe(1);
    const done = await h.prisma.coopHandover.findUniqueOrThrow({ where: { id: p.handoverId } });
    expect([done.status, done.decidedAt?.toISOString()]).toEqual(["ACCEPTED", now.toISOString()]);

    // the new ketua proposes bendahara, but is no longer ketua when bendahara accepts
    const q = await proposeHandover(h.prisma, sek.user, x.coop.id, ben.m.id, now);
    if (q.kind !== "ok") throw new Error("propose");
    await h.prisma.membership.update({ where: { id: sek.m.id }, data: { position: "PENGAWAS" } });
    await h.prisma.membership.update({
      where: { userId_coopId: { userId: x.ketua.id, coopId: x.coop.id } },
      data: { position: "KETUA" },
    });
    expect((await decideHandover(h.prisma, ben.user.id, q.handoverId, true, now)).kind).toBe("stale");
    expect((await h.prisma.coopHandover.findUniqueOrThrow({ where: { id: q.handoverId } })).status).toBe("STALE");
    expect((await h.prisma.membership.findUniqueOrThrow({ where: { id: ben.m.id } })).position).toBe("BENDAHARA");
    expect(await ketuas()).toBe(1);
  });

  it("a pengurus leaves without erasing their data; a ketua with a board hands over first; admins deactivate", async () => {
    const a = await admin(h);
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 });
    const sek = await member(x.coop.id, 6001, "SEKRETARIS");
    expect((await leaveCoop(h.prisma, x.ketua.id, x.coop.id, now)).kind).toBe("ketua_must_hand_over");
    expect((await leaveCoop(h.prisma, sek.user.id, x.coop.id, now)).kind).toBe("ok");
    expect((await leaveCoop(h.prisma, sek.user.id, x.coop.id, now)).kind).toBe("not_member");
    expect((await h.prisma.user.findUniqueOrThrow({ where: { id: sek.user.id } })).fullName).toBe("Anggota 6001");
    expect((await setCoopStatus(h.prisma, x.ketua, x.coop.id, "INACTIVE")).kind).toBe("forbidden");
    expect((await setCoopStatus(h.prisma, a, x.coop.id, "INACTIVE")).kind).toBe("ok");
    expect((await h.prisma.cooperative.findUniqueOrThrow({ where: { id: x.coop.id } })).status).toBe("INACTIVE");
    expect((await coopHistory(h.prisma, x.coop.id)).map((e) => e.action)).toEqual(["COOP_DEACTIVATED", "MEMBER_LEFT"]);
  });
});
