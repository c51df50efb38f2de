// The roster import and claim-based registration as one product (issue 20 "Done when"): a Dinas
// officer of Kalimantan Barat gets the templates, imports coops, staff and assignments (dry run,
// Terapkan), /rekap shows rostered vs joined; the rostered BA joins by sharing their phone and sees
// their coops not yet on the bot; one pengurus claims by the ketua phone, another is verified by the BA.
import { describe, it, expect, beforeAll, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { testDb } from "../helpers/db.ts";
import { findVillage, pressLabel } from "../helpers/registration.ts";
import { COOP_HEADER, ahu, xlsxOf } from "../helpers/roster-files.ts";
import { staff } from "./help-fixtures.ts";
import type { TestUser } from "../helpers/test-user.ts";

let h: Harness;
beforeAll(() => testDb().then(() => undefined), 300_000);
beforeEach(async () => {
  h = await createHarness();
});

// Kab. Kubu Raya, Kec. Sungai Ambawang (Kemendagri codes)
const AMBAWANG_KUALA = "61.12.03.2005";
const DURIAN = "61.12.03.2007";
const KOREK = "61.12.03.2010";
const NAME_KUALA = "Koperasi Desa Merah Putih Sungai Ambawang Kuala";
const NAME_DURIAN = "Koperasi Desa Merah Putih Durian";

const COOPS = [
  COOP_HEADER,
  [NAME_KUALA, ahu(11), AMBAWANG_KUALA, "Siti Aminah", "812 3456 7890", "Gerai Sembako"],
  [NAME_DURIAN, ahu(12), "6112032007", "Rahmat", "0813-1111-0000", ""],
  ["Koperasi Desa Merah Putih Korek", ahu(13), KOREK, "", "", ""],
];
const STAFF = [
  ["Nama", "No HP", "Peran", "Kode Wilayah", "Provinsi"],
  ["Budi Pendamping", "0812-7777-8888", "BA", "61.12", ""],
];
const ASSIGNMENTS = [
  ["HP BA", "Kode Desa"],
  ["+62 812 7777 8888", AMBAWANG_KUALA],
  ["081277778888", DURIAN],
  ["812-7777-8888", KOREK],
];

const docNames = (chatId: number) =>
  h.fake
    .byMethod("sendDocument")
    .filter((c) => Number(c.payload.chat_id) === chatId)
    .map((c) => c.payload.document.filename as string);

async function importFile(u: TestUser, fileName: string, rows: (string | number)[][], fresh: number) {
  await u.sendFile(fileName, await xlsxOf(rows));
  expect(u.lastText()).toContain(`Baru: ${fresh} · Berubah: 0 · Tetap: 0 · Ditolak: 0`);
  await u.press((l) => l === h.t("btn-imp-apply"));
  expect(u.texts().join("\n")).toMatch(new RegExp(`Impor #\\d+ diterapkan: ${fresh} baru`));
}

/** /start, Setuju, name, contact button, desa (2), Ya, position, Kirim: 9 actions. */
async function claim(u: TestUser, name: string, phone: string, village: string) {
  await u.command("start");
  await pressLabel(h, u, "reg-consent-agree");
  await u.send(name);
  await u.shareContact(phone);
  await findVillage(u, village);
  await pressLabel(h, u, "reg-claim-yes");
  await pressLabel(h, u, "position-KETUA");
  await pressLabel(h, u, "reg-send-claim");
}

const coopOf = (villageCode: string) =>
  h.prisma.cooperative.findUniqueOrThrow({ where: { villageCode }, include: { memberships: true } });

describe("roster end to end: import → recap gap → BA joins → pengurus claim", () => {
  it("a Dinas officer's roster becomes the BA's worklist and the pengurus' claims", async () => {
    await staff(h, 3001, "DINAS", { name: "Bu Dinas", provinceCode: "61" });
    const dinas = h.user(3001);
    await dinas.command("impor");
    expect(docNames(3001)).toEqual(["templat-koperasi.xlsx", "templat-pendamping.xlsx", "templat-penugasan.xlsx"]);

    await importFile(dinas, "kdkmp kubu raya.xlsx", COOPS, 3);
    await importFile(dinas, "pendamping.xlsx", STAFF, 1);
    expect(docNames(3001).at(-1)).toMatch(/^undangan-impor-\d+\.xlsx$/);
    await importFile(dinas, "penugasan.xlsx", ASSIGNMENTS, 3);
    expect(await h.prisma.rosterCoop.count({ where: { baStaffId: { not: null } } })).toBe(3);

    await dinas.command("rekap");
    expect(dinas.texts().join("\n")).toContain(
      h.t("gap-recap-line", { rostered: 3, joined: 0, pct: "0%", reporting: 0, missing: 3 }),
    );

    // the rostered BA starts the bot and shares the rostered phone: offered the role directly
    const ba = h.user(2001, "Budi");
    await ba.command("start");
    await pressLabel(h, ba, "reg-consent-agree");
    await ba.send("Budi Pendamping");
    await ba.shareContact("+62 812-7777-8888");
    await pressLabel(h, ba, "reg-staff-yes", { role: h.t("role-BA") });
    const baUser = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 2001n } });
    expect([baUser.role, baUser.regencyCode]).toEqual(["BA", "61.12"]);
    expect(await h.prisma.rosterCoop.count({ where: { assignedBaId: baUser.id } })).toBe(3);
    await ba.command("koperasiku");
    expect(ba.lastText()).toContain(h.t("ws-gap-title", { count: 3, page: 1, pages: 1 }));
    expect(ba.lastText()).toContain(h.t("ws-gap-phone", { phone: "+6281234567890", ketua: " (Siti Aminah)" }));

    // the ketua of the rostered coop claims it in 9 actions, verified by the rostered phone
    let actions = 0;
    const handle = h.handle;
    h.handle = async (update) => {
      actions += 1;
      await handle(update);
    };
    const siti = h.user(5001, "Siti");
    await claim(siti, "Siti Aminah", "+62 812-3456-7890", AMBAWANG_KUALA);
    h.handle = handle;
    expect(actions).toBeLessThanOrEqual(9);
    const kuala = await coopOf(AMBAWANG_KUALA);
    expect([kuala.name, kuala.legalNumber, kuala.assignedBaId]).toEqual([NAME_KUALA, ahu(11), baUser.id]);
    expect(kuala.memberships.map((m) => m.status)).toEqual(["ACTIVE"]);

    // another claims Durian with a phone the roster does not have: the BA's card verifies it
    const other = h.user(5002, "Rahmat");
    await claim(other, "Rahmat Hidayat", "+62 813-9999-0000", DURIAN);
    expect((await coopOf(DURIAN)).memberships.map((m) => m.status)).toEqual(["PENDING"]);
    expect(other.lastText()).toContain(NAME_DURIAN);
    expect(ba.lastText()).toContain("Rahmat Hidayat (+6281399990000)");
    await pressLabel(h, ba, "claim-accept");
    const durian = await coopOf(DURIAN);
    expect(durian.memberships.map((m) => m.status)).toEqual(["ACTIVE"]);
    expect(durian.assignedBaId).toBe(baUser.id);
    expect(other.lastText()).toBe(h.t("claim-accepted-to-claimant", { coop: NAME_DURIAN, by: "Budi Pendamping" }));

    await dinas.command("rekap");
    expect(dinas.lastText()).toContain(
      h.t("gap-recap-line", { rostered: 3, joined: 2, pct: "67%", reporting: 0, missing: 1 }),
    );
    await ba.command("koperasiku");
    expect(ba.texts().join("\n")).toContain(h.t("ws-gap-title", { count: 1, page: 1, pages: 1 }));
  });
});
