import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { admin, coopWithKetua, staff } from "../features/help-fixtures.ts";
import { applyImport, dryRun, importNotices, staffInvites, type DryRun } from "../../src/services/imports/index.ts";
import { redeemInvite } from "../../src/services/invites.ts";
import { getWilayah } from "../../src/services/wilayah/index.ts";
import { COOP_HEADER, ahu, csvOf, xlsxOf } from "../helpers/roster-files.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
const now = new Date("2026-11-24T03:00:00Z");
const input = (bytes: Buffer, fileName = "daftar.xlsx") => ({ bytes, fileName, source: "cli" as const, now });

const planOf = async (id: number) => (await h.prisma.import.findUniqueOrThrow({ where: { id } })).plan as unknown[];

function ok(r: DryRun) {
  if (r.kind !== "validated") throw new Error(JSON.stringify(r));
  return r;
}

const COOPS = [
  COOP_HEADER,
  [
    "Koperasi Desa Merah Putih Durian",
    ahu(1),
    "61.12.03.2007",
    "Siti Aminah",
    "0812-3456-7890",
    "Gerai Sembako, Simpan Pinjam",
  ],
  ["Koperasi Desa Merah Putih Korek", ahu(2), "6112032010", "", "", ""],
  ["Koperasi Desa Merah Putih Salah", ahu(3), "61.12.03.9999", "", "", ""],
];

describe("roster import: coops", () => {
  it("recognises the header in any order/case/spelling, validates every row, writes only the Import row", async () => {
    const a = await admin(h);
    const file = await xlsxOf([
      ["DAFTAR KDKMP KUBU RAYA"],
      ["kode_wilayah", "NAMA KOPERASI", "catatan", "no_ahu"],
      ["61.12.03.2007", "Koperasi Desa Merah Putih Durian", "x", ahu(1)],
      ["61.12.03.9999", "Koperasi Desa Merah Putih Salah", "", ahu(3)],
    ]);
    const r = ok(await dryRun(h.prisma, a, input(file)));
    expect(r.header.kind).toBe("COOPS");
    expect(r.counts).toEqual({ new: 1, updated: 0, unchanged: 0, rejected: 1, conflicts: 0 });
    expect(r.validated.rejected[0]).toMatchObject({
      row: 4,
      key: "imp-err-village-unknown",
      args: { code: "61.12.03.9999" },
    });
    expect(h.t("imp-problem-line", { row: 4, reason: h.t("imp-err-village-unknown", { code: "61.12.03.9999" }) })).toBe(
      "Baris 4: kode desa 61.12.03.9999 tidak ada",
    );
    expect(await h.prisma.rosterCoop.count()).toBe(0);
    expect((await h.prisma.import.findFirstOrThrow()).status).toBe("VALIDATED");
  });

  it("finds a desa by name + kecamatan + kab/kota only when unambiguous", async () => {
    const a = await admin(h);
    const file = csvOf([
      ["Nama Koperasi", "Desa", "Kecamatan", "Kabupaten"],
      ["Koperasi Desa Merah Putih Durian", "Durian", "Sungai Ambawang", "Kab. Kubu Raya"],
      ["Koperasi Desa Merah Putih Entah", "Tidakada", "Sungai Ambawang", "Kubu Raya"],
    ]);
    const r = ok(await dryRun(h.prisma, a, input(file, "d.csv")));
    expect(await planOf(r.import.id)).toMatchObject([{ v: "61.12.03.2007" }]);
    expect(r.validated.rejected.map((x) => x.key)).toEqual(["imp-err-village-name-unknown"]);
  });

  it("applies set-based with an audit row per change; the same file again changes nothing; a later file updates", async () => {
    const a = await admin(h);
    const r = ok(await dryRun(h.prisma, a, input(await xlsxOf(COOPS))));
    expect(r.counts).toMatchObject({ new: 2, rejected: 1 });
    const applied = await applyImport(h.prisma, a, r.import.id, now);
    expect(applied.kind).toBe("applied");
    const rows = await h.prisma.rosterCoop.findMany({ orderBy: { villageCode: "asc" } });
    expect(rows.map((x) => [x.villageCode, x.legalNumber, x.ketuaPhone, x.units])).toEqual([
      ["61.12.03.2007", ahu(1), "6281234567890", ["GERAI_SEMBAKO", "SIMPAN_PINJAM"]],
      ["61.12.03.2010", ahu(2), null, []],
    ]);
    const audits = await h.prisma.auditLog.findMany({ where: { action: "IMPORT_COOP_NEW" } });
    expect(audits).toHaveLength(2);
    expect(audits.every((x) => (x.after as { importId: number }).importId === r.import.id)).toBe(true);

    const again = ok(await dryRun(h.prisma, a, input(await xlsxOf(COOPS))));
    expect(again.counts).toEqual({ new: 0, updated: 0, unchanged: 2, rejected: 1, conflicts: 0 });
    await applyImport(h.prisma, a, again.import.id, now);
    expect(await h.prisma.auditLog.count({ where: { action: { startsWith: "IMPORT_" } } })).toBe(2);

    const changed = COOPS.map((row) => [...row]);
    changed[2]![3] = "Ahmad Yani";
    const later = ok(await dryRun(h.prisma, a, input(await xlsxOf(changed))));
    expect(later.counts).toMatchObject({ new: 0, updated: 1, unchanged: 1 });
    await applyImport(h.prisma, a, later.import.id, now);
    expect((await h.prisma.rosterCoop.findUniqueOrThrow({ where: { villageCode: "61.12.03.2010" } })).ketuaName).toBe(
      "Ahmad Yani",
    );
    const upd = await h.prisma.auditLog.findFirstOrThrow({ where: { action: "IMPORT_COOP_UPDATED" } });
    expect(upd.before).toMatchObject({ kn: null });
  });

  it("reports a coop whose pengurus entered another AHU as a conflict and leaves their data alone", async () => {
    const a = await admin(h);
    const { coop } = await coopWithKetua(h, "61.12.03.2007", { telegramId: 5001 });
    await h.prisma.cooperative.update({ where: { id: coop.id }, data: { legalNumber: ahu(99) } });
    const r = ok(await dryRun(h.prisma, a, input(await xlsxOf(COOPS.slice(0, 2)))));
    expect(r.counts).toMatchObject({ new: 1, conflicts: 1 });
    expect(r.validated.conflicts[0]).toMatchObject({ row: 2, key: "imp-conflict-ahu" });
    await applyImport(h.prisma, a, r.import.id, now);
    expect((await h.prisma.cooperative.findUniqueOrThrow({ where: { id: coop.id } })).legalNumber).toBe(ahu(99));
    expect((await h.prisma.rosterCoop.findFirstOrThrow()).coopId).toBe(coop.id);
  });

  it("keeps a Dinas officer to their province and refuses (and audits) one without a province", async () => {
    const dinas = await staff(h, 3001, "DINAS", { provinceCode: "61" });
    const file = await xlsxOf([
      COOP_HEADER,
      ["Koperasi Desa Merah Putih Durian", ahu(1), "61.12.03.2007"],
      ["Koperasi Desa Merah Putih Bakung", ahu(2), "73.71.11.1011"],
    ]);
    const r = ok(await dryRun(h.prisma, dinas, input(file)));
    expect(r.validated.rejected.map((x) => [x.row, x.key])).toEqual([[3, "imp-err-out-of-scope"]]);
    expect(r.import.provinceCode).toBe("61");
    const noScope = await staff(h, 3002, "DINAS", { provinceCode: "" });
    expect((await dryRun(h.prisma, noScope, input(file))).kind).toBe("forbidden");
    const ba = await staff(h, 3003, "BA");
    expect((await dryRun(h.prisma, ba, input(file))).kind).toBe("forbidden");
    expect((await applyImport(h.prisma, ba, r.import.id, now)).kind).toBe("forbidden");
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED", entity: "Import" } })).toBe(3);
    expect(await h.prisma.import.count()).toBe(1);
  });

  it("resumes an interrupted apply from its progress without writing a chunk twice", async () => {
    const a = await admin(h);
    const rows = [
      COOP_HEADER,
      ...["2001", "2002", "2003", "2004", "2005"].map((v, i) => [
        `Koperasi Desa Merah Putih ${v}`,
        ahu(i + 1),
        `61.12.03.${v}`,
      ]),
    ];
    const r = ok(await dryRun(h.prisma, a, input(await xlsxOf(rows))));
    const first = await applyImport(h.prisma, a, r.import.id, now, {
      chunk: 2,
      onProgress: (n) => {
        if (n === 2) throw new Error("power cut");
      },
    });
    expect(first.kind).toBe("failed");
    // a crash leaves the row APPLYING with the progress of the last committed chunk
    await h.prisma.import.update({ where: { id: r.import.id }, data: { status: "APPLYING" } });
    expect(await h.prisma.rosterCoop.count()).toBe(2);
    const second = await applyImport(h.prisma, a, r.import.id, now, { chunk: 2 });
    expect(second.kind === "applied" && second.import.applied).toBe(5);
    expect(await h.prisma.rosterCoop.count()).toBe(5);
    expect(await h.prisma.auditLog.count({ where: { action: "IMPORT_COOP_NEW" } })).toBe(5);
    expect((await applyImport(h.prisma, a, r.import.id, now)).kind).toBe("applied");
  });

  it("reads a CSV with a BOM, ';' and quoted fields", async () => {
    const a = await admin(h);
    const file = csvOf(
      [
        ["Nama Koperasi", "Kode Desa", "Unit Usaha"],
        ['Koperasi Desa Merah Putih "Durian"; Jaya', "61.12.03.2007", "Klinik; Apotek"],
      ],
      { delimiter: ";", bom: true },
    );
    const r = ok(await dryRun(h.prisma, a, input(file, "x.csv")));
    expect((await planOf(r.import.id))[0]).toMatchObject({
      name: 'Koperasi Desa Merah Putih "Durian"; Jaya',
      units: ["APOTEK", "KLINIK"],
    });
  });
});

describe("roster import: staff and assignments", () => {
  const STAFF = [
    ["Nama", "No HP", "Peran", "Kode Wilayah", "Provinsi"],
    ["Budi Santoso", "081298765432", "BA", "61.12", ""],
    ["Rina Wati", "+62 813 1111 2222", "PMO", "61.12", ""],
    ["Dewi Dinas", "0813-3333-4444", "Dinas", "", "Kalimantan Barat"],
    ["Tanpa Peran", "0813-5555-6666", "Lurah", "61.12", ""],
  ];

  it("gives each person a personal one-use invite and a roster row; the same file again keeps them", async () => {
    const a = await admin(h);
    const r = ok(await dryRun(h.prisma, a, input(await xlsxOf(STAFF))));
    expect(r.header.kind).toBe("STAFF");
    expect(r.counts).toMatchObject({ new: 3, rejected: 1 });
    await applyImport(h.prisma, a, r.import.id, now);
    const roster = await h.prisma.staffRoster.findMany({ orderBy: { id: "asc" } });
    expect(roster.map((s) => [s.phone, s.role, s.regencyCode, s.provinceCode])).toEqual([
      ["6281298765432", "BA", "61.12", "61"],
      ["6281311112222", "PMO", "61.12", "61"],
      ["6281333334444", "DINAS", null, "61"],
    ]);
    const invites = await h.prisma.invite.findMany();
    expect(invites.every((i) => i.maxUses === 1 && i.uses === 0)).toBe(true);
    const imp = await h.prisma.import.findUniqueOrThrow({ where: { id: r.import.id } });
    const list = await staffInvites(h.prisma, imp, now);
    expect(list.map((i) => i.code)).toEqual(roster.map((s) => invites.find((i) => i.id === s.inviteId)!.code));

    const again = ok(await dryRun(h.prisma, a, input(await xlsxOf(STAFF))));
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 3 });
    await applyImport(h.prisma, a, again.import.id, now);
    expect(await h.prisma.invite.count()).toBe(3);
  });

  it("assigns BAs (joined or not) to rostered coops and coops on the bot; one notice per BA and per pengurus", async () => {
    const a = await admin(h);
    await applyImport(h.prisma, a, ok(await dryRun(h.prisma, a, input(await xlsxOf(COOPS)))).import.id, now);
    await applyImport(h.prisma, a, ok(await dryRun(h.prisma, a, input(await xlsxOf(STAFF)))).import.id, now);
    const joined = await staff(h, 4001, "BA", { name: "Ani BA", phone: "+6281200001111" });
    const { coop, ketua } = await coopWithKetua(h, "61.12.03.2007", { telegramId: 5001 });
    const file = await xlsxOf([
      ["HP BA", "Nama BA", "Nomor Badan Hukum (AHU)", "Kode Desa"],
      ["081298765432", "", "", "61.12.03.2010"],
      ["081200001111", "", ahu(1), ""],
      ["", "Tidak Ada", ahu(2), ""],
    ]);
    const r = ok(await dryRun(h.prisma, a, input(file)));
    expect(r.header.kind).toBe("ASSIGNMENTS");
    expect(r.counts).toMatchObject({ new: 2, rejected: 1 });
    const done = await applyImport(h.prisma, a, r.import.id, now);
    if (done.kind !== "applied") throw new Error(JSON.stringify(done));
    const budi = await h.prisma.staffRoster.findUniqueOrThrow({ where: { phone: "6281298765432" } });
    const korek = await h.prisma.rosterCoop.findUniqueOrThrow({ where: { villageCode: "61.12.03.2010" } });
    expect([korek.baStaffId, korek.assignedBaId]).toEqual([budi.id, null]);
    expect((await h.prisma.cooperative.findUniqueOrThrow({ where: { id: coop.id } })).assignedBaId).toBe(joined.id);
    expect(await h.prisma.assignment.findMany({ where: { coopId: coop.id } })).toMatchObject([
      { baId: joined.id, toAt: null },
    ]);
    const notices = await importNotices(h.prisma, done.import);
    expect(notices.map((n) => [n.kind, Number(n.telegramId)])).toEqual([
      ["ba", 4001],
      ["board", Number(ketua.telegramId)],
    ]);
    const again = ok(await dryRun(h.prisma, a, input(file)));
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
  });

  it("refuses assignment rows for the reason that comes first: ambiguous or unknown BA, unknown coop, other kab/kota, coop twice, BA not joined", async () => {
    const a = await admin(h);
    await applyImport(h.prisma, a, ok(await dryRun(h.prisma, a, input(await xlsxOf(COOPS)))).import.id, now);
    await applyImport(h.prisma, a, ok(await dryRun(h.prisma, a, input(await xlsxOf(STAFF)))).import.id, now);
    await staff(h, 4001, "BA", { name: "Sama Nama", phone: "+6281200001111" });
    await staff(h, 4002, "BA", { name: "Sama Nama", phone: "+6281200003333" });
    await staff(h, 4003, "BA", { name: "Luar Daerah", phone: "+6281200002222", regencyCode: "61.71" });
    const taken = new Set(["61.12.03.2007", "61.12.03.2010", "61.12.03.9999"]);
    const onBotOnly = getWilayah()
      .villagesIn("61.12.03")
      .find((v) => !taken.has(v.code))!.code;
    await coopWithKetua(h, onBotOnly, { telegramId: 5001 });
    const file = await xlsxOf([
      ["HP BA", "Nama BA", "Nomor Badan Hukum (AHU)", "Kode Desa"],
      ["", "Sama Nama", ahu(1), ""],
      ["081200009999", "", ahu(1), ""],
      ["081298765432", "", ahu(9), ""],
      ["081200002222", "", ahu(1), ""],
      ["081298765432", "", "", "61.12.03.2010"],
      ["081298765432", "", ahu(2), ""],
      ["081298765432", "", "", onBotOnly],
    ]);
    const r = ok(await dryRun(h.prisma, a, input(file)));
    expect(r.counts).toMatchObject({ new: 1, rejected: 6 });
    expect(r.validated.rejected.map((x) => [x.row, x.key]).sort((x, y) => Number(x[0]) - Number(y[0]))).toEqual([
      [2, "imp-err-ba-ambiguous"],
      [3, "imp-err-ba-unknown"],
      [4, "imp-err-coop-unknown"],
      [5, "imp-err-ba-other-regency"],
      [7, "imp-err-duplicate-coop"],
      [8, "imp-err-ba-not-joined"],
    ]);
  });

  it("a rostered BA who redeems their invite takes up the roster row and their assigned coops", async () => {
    const a = await admin(h);
    await applyImport(h.prisma, a, ok(await dryRun(h.prisma, a, input(await xlsxOf(COOPS)))).import.id, now);
    await applyImport(h.prisma, a, ok(await dryRun(h.prisma, a, input(await xlsxOf(STAFF)))).import.id, now);
    const { coop } = await coopWithKetua(h, "61.12.03.2010", { telegramId: 5001 });
    const file = await xlsxOf([
      ["HP BA", "Kode Desa"],
      ["081298765432", "61.12.03.2010"],
    ]);
    await applyImport(h.prisma, a, ok(await dryRun(h.prisma, a, input(file))).import.id, now);
    expect((await h.prisma.cooperative.findUniqueOrThrow({ where: { id: coop.id } })).assignedBaId).toBeNull();
    const budi = await h.prisma.staffRoster.findUniqueOrThrow({ where: { phone: "6281298765432" } });
    const invite = await h.prisma.invite.findUniqueOrThrow({ where: { id: budi.inviteId! } });
    const user = await h.prisma.user.create({ data: { telegramId: 7001n, consentAt: now } });
    const r = await redeemInvite(h.prisma, user, invite.code, now, { fullName: "Budi Santoso" });
    expect(r.kind).toBe("ok");
    expect((await h.prisma.staffRoster.findUniqueOrThrow({ where: { id: budi.id } })).userId).toBe(user.id);
    const roster = await h.prisma.rosterCoop.findUniqueOrThrow({ where: { villageCode: "61.12.03.2010" } });
    expect(roster.assignedBaId).toBe(user.id);
    expect((await h.prisma.cooperative.findUniqueOrThrow({ where: { id: coop.id } })).assignedBaId).toBe(user.id);
    expect(await h.prisma.assignment.count({ where: { coopId: coop.id, baId: user.id, toAt: null } })).toBe(1);
  });

  it("moves a coop's open help requests of its old BA to the BA an import assigns", async () => {
    const a = await admin(h);
    const old = await staff(h, 4002, "BA", { name: "Lama" });
    await staff(h, 4001, "BA", { name: "Baru", phone: "+6281200001111" });
    const x = await coopWithKetua(h, "61.12.03.2007", { telegramId: 5001 }, { baId: old.id });
    const base = { coopId: x.coop.id, requesterId: x.ketua.id, category: "LEGAL" as const, text: "t", dueAt: now };
    const mine = await h.prisma.helpRequest.create({
      data: { ...base, routedRole: "BA", routedToId: old.id, assigneeId: old.id, status: "ASSIGNED" },
    });
    const pmos = await h.prisma.helpRequest.create({
      data: { ...base, routedRole: "PMO", routedToId: a.id, assigneeId: a.id, status: "ASSIGNED" },
    });
    const file = await xlsxOf([
      ["HP BA", "Kode Desa"],
      ["081200001111", "61.12.03.2007"],
    ]);
    const r = ok(await dryRun(h.prisma, a, input(file)));
    expect(r.counts).toMatchObject({ updated: 1 });
    await applyImport(h.prisma, a, r.import.id, now);
    const baru = await h.prisma.user.findFirstOrThrow({ where: { fullName: "Baru" } });
    expect(await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({
      routedToId: baru.id,
      assigneeId: baru.id,
    });
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: pmos.id } })).assigneeId).toBe(a.id);
    const history = await h.prisma.assignment.findMany({ where: { coopId: x.coop.id }, orderBy: { id: "asc" } });
    expect(history.map((row) => [row.baId, row.toAt?.toISOString() ?? null])).toEqual([
      [old.id, now.toISOString()],
      [baru.id, null],
    ]);
  });

  it("a later staff file renews the invite of a changed area; a person who joined keeps their role (conflict)", async () => {
    const a = await admin(h);
    await applyImport(h.prisma, a, ok(await dryRun(h.prisma, a, input(await xlsxOf(STAFF)))).import.id, now);
    const rina = await h.prisma.staffRoster.findUniqueOrThrow({ where: { phone: "6281311112222" } });
    const joined = await h.prisma.user.create({ data: { telegramId: 7002n, role: "BA", regencyCode: "61.12" } });
    await h.prisma.staffRoster.update({ where: { phone: "6281298765432" }, data: { userId: joined.id } });
    const changed = STAFF.map((row) => [...row]);
    changed[1]![3] = "61.71"; // Budi (joined) moved
    changed[2]![3] = "61.71"; // Rina (not joined) moved
    const r = ok(await dryRun(h.prisma, a, input(await xlsxOf(changed))));
    expect(r.counts).toMatchObject({ updated: 1, unchanged: 2, conflicts: 1 });
    expect(r.validated.conflicts).toMatchObject([{ row: 2, key: "imp-conflict-staff-joined" }]);
    await applyImport(h.prisma, a, r.import.id, now);
    const after = await h.prisma.staffRoster.findUniqueOrThrow({ where: { id: rina.id } });
    expect(after.regencyCode).toBe("61.71");
    expect(after.inviteId).not.toBe(rina.inviteId);
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: rina.inviteId! } })).revokedAt).not.toBeNull();
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: after.inviteId! } })).regencyCode).toBe("61.71");
    expect((await h.prisma.staffRoster.findUniqueOrThrow({ where: { phone: "6281298765432" } })).regencyCode).toBe(
      "61.12",
    );
  });
});
