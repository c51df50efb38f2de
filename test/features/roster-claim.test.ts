// Registration claims the rostered coop (issue 20 item 3): "Ini koperasi Anda?" instead of typing
// name and AHU; verified at once by the ketua's phone (shared with Telegram's button), otherwise
// by the coop's BA (or the kab/kota PMO, or an admin) on a card; "Bukan" is a conflict for the BA.
import { describe, it, expect, beforeAll, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { testDb } from "../helpers/db.ts";
import { KUBU_RAYA, findVillage, pressLabel, startProfile } from "../helpers/registration.ts";
import { rosterCoop, rosterImport, staffRoster } from "../helpers/roster.ts";
import { admin, callbackAnswers, staff } from "./help-fixtures.ts";
import { claimCb } from "../../src/bot/features/registration/claim-keyboard.ts";
import { w } from "../../src/bot/kit/index.ts";
import type { TestUser } from "../helpers/test-user.ts";

let h: Harness;
beforeAll(() => testDb().then(() => undefined), 300_000);
beforeEach(async () => {
  h = await createHarness();
});

const ROSTER_NAME = "Koperasi Desa Merah Putih Sungai Ambawang Kuala Sejahtera";
const ROSTER_AHU = "AHU-0007001.AH.01.29.TAHUN 2025";
const KETUA_PHONE = "6281234567890"; // startProfile shares +62 812-3456-7890

async function seedRoster(opts: { ba?: boolean; pmo?: boolean; ketuaPhone?: string | null } = {}) {
  const boss = await admin(h);
  await rosterImport(h, boss.id);
  const ba = opts.ba === false ? null : await staff(h, 2001, "BA", { name: "Budi Pendamping" });
  const pmo = opts.pmo ? await staff(h, 2101, "PMO", { name: "Pak PMO" }) : null;
  const roster = await rosterCoop(h, {
    villageCode: KUBU_RAYA.village,
    name: ROSTER_NAME,
    legalNumber: ROSTER_AHU,
    ketuaName: "Siti Aminah",
    ketuaPhone: opts.ketuaPhone === undefined ? KETUA_PHONE : opts.ketuaPhone,
    units: ["GERAI_SEMBAKO", "KLINIK"],
    readiness: { REKENING: "2026-09-01" },
    assignedBaId: ba?.id ?? null,
  });
  return { boss, ba, pmo, roster };
}

/** /start … Ya … position … Kirim, with a phone of choice (contact button unless `typed`). */
async function claim(u: TestUser, phone = "+62 812-3456-7890", typed = false) {
  await u.command("start");
  await pressLabel(h, u, "reg-consent-agree");
  await u.send("Siti Aminah");
  if (typed) await u.send(phone);
  else await u.shareContact(phone);
  await findVillage(u);
  await pressLabel(h, u, "reg-claim-yes");
  await pressLabel(h, u, "position-KETUA");
  await pressLabel(h, u, "reg-send-claim");
}

const coopOfVillage = () =>
  h.prisma.cooperative.findUnique({
    where: { villageCode: KUBU_RAYA.village },
    include: { memberships: true, checklist: true, assignments: true },
  });

describe("claiming a rostered coop", () => {
  it("shows the roster's name and AHU, and a ketua phone match claims it verified in 9 actions", async () => {
    const { ba, roster, boss } = await seedRoster();
    let actions = 0;
    const handle = h.handle;
    h.handle = async (update) => {
      actions += 1;
      await handle(update);
    };
    const u = h.user(5001, "Siti");
    await startProfile(h, u);
    await findVillage(u);
    expect(u.lastText()).toBe(
      h.t("reg-claim-ask", { village: KUBU_RAYA.villageName, name: ROSTER_NAME, ahu: ROSTER_AHU }),
    );
    await pressLabel(h, u, "reg-claim-yes");
    await pressLabel(h, u, "position-KETUA");
    expect(u.lastText()).toContain(h.t("reg-summary-title-claim"));
    expect(u.lastText()).toContain(ROSTER_AHU);
    await pressLabel(h, u, "reg-send-claim");
    expect(actions).toBe(9);
    h.handle = handle;

    const coop = (await coopOfVillage())!;
    expect(coop.name).toBe(ROSTER_NAME);
    expect(coop.legalNumber).toBe(ROSTER_AHU);
    expect(coop.units).toEqual(["GERAI_SEMBAKO", "KLINIK"]);
    expect(coop.assignedBaId).toBe(ba!.id);
    expect(coop.assignments.map((a) => [a.baId, a.byId])).toEqual([[ba!.id, boss.id]]);
    expect(coop.memberships.map((m) => [m.position, m.status])).toEqual([["KETUA", "ACTIVE"]]);
    const items = Object.fromEntries(coop.checklist.map((i) => [i.item, i.state]));
    expect(items).toMatchObject({ AHU: "YES", REKENING: "YES", UNIT_KLINIK: "PLANNED" });
    const linked = await h.prisma.rosterCoop.findUniqueOrThrow({ where: { id: roster.id } });
    expect(linked.coopId).toBe(coop.id);
    expect(linked.claimedAt).not.toBeNull();
    expect(u.lastText()).toBe(h.t("reg-claim-verified", { name: ROSTER_NAME }));
    expect(h.user(2001).lastText()).toContain(
      h.t("claim-joined-to-ba", {
        coop: ROSTER_NAME,
        where: "Sungai Ambawang Kuala, Sungai Ambawang, Kabupaten Kubu Raya",
        person: "Siti Aminah",
        phone: "+6281234567890",
      }),
    );
    const audit = await h.prisma.auditLog.findFirstOrThrow({ where: { action: "ROSTER_CLAIMED" } });
    expect(audit.after).toMatchObject({ rosterId: roster.id, verified: true });
  });

  it("nothing of the roster is shown before consent (declined: never)", async () => {
    await seedRoster();
    const u = h.user(5002);
    await u.command("start");
    expect(u.texts().join("\n")).not.toContain(ROSTER_NAME);
    await pressLabel(h, u, "reg-consent-decline");
    expect(u.texts().join("\n")).not.toContain(ROSTER_NAME);
    expect(u.texts().join("\n")).not.toContain(ROSTER_AHU);
  });

  it("another phone: pending, the BA gets a card with name and phone, the claimant is told who and by when", async () => {
    await seedRoster();
    const u = h.user(5003, "Rahmat");
    await claim(u, "+62 813-9999-0000");
    const coop = (await coopOfVillage())!;
    expect(coop.memberships.map((m) => m.status)).toEqual(["PENDING"]);
    // Tuesday 24 Nov 2026 10:00 WIB + 16 working hours (08-16) → Thursday 26 Nov 10:00 WIB
    expect(u.lastText()).toBe(
      h.t("reg-claim-pending", {
        name: ROSTER_NAME,
        who: h.t("claim-who-BA", { names: "Budi Pendamping", area: "Kabupaten Kubu Raya" }),
        until: "26 November 2026 10.00 WIB",
      }),
    );
    const ba = h.user(2001);
    const card = ba.lastText()!;
    expect(card).toContain("Siti Aminah (+6281399990000)");
    expect(card).toContain(ROSTER_NAME);
    expect(card).toContain("tidak sama dengan nomor ketua");
    await pressLabel(h, ba, "claim-accept");
    expect((await coopOfVillage())!.memberships.map((m) => m.status)).toEqual(["ACTIVE"]);
    expect(ba.lastText()).toBe(
      h.t("claim-accepted-by", { person: "Siti Aminah", coop: ROSTER_NAME, by: "Budi Pendamping" }),
    );
    expect(u.lastText()).toBe(h.t("claim-accepted-to-claimant", { coop: ROSTER_NAME, by: "Budi Pendamping" }));
    expect(await h.prisma.auditLog.count({ where: { action: "CLAIM_VERIFIED" } })).toBe(1);
  });

  it("takes the BA from the roster's staff row (baStaffId) once that BA has joined, without assignedBaId", async () => {
    const { ba, roster } = await seedRoster();
    const row = await staffRoster(h, {
      phone: "6281277778888",
      fullName: "Budi Pendamping",
      role: "BA",
      regencyCode: "61.12",
    });
    await h.prisma.staffRoster.update({ where: { id: row.id }, data: { userId: ba!.id } });
    await h.prisma.rosterCoop.update({ where: { id: roster.id }, data: { assignedBaId: null, baStaffId: row.id } });
    const u = h.user(5010, "Rahmat");
    await claim(u, "+62 813-9999-0000");
    const coop = (await coopOfVillage())!;
    expect(coop.assignedBaId).toBe(ba!.id);
    expect(coop.assignments.map((a) => a.baId)).toEqual([ba!.id]);
    expect(h.user(2001).lastText()).toContain("Siti Aminah (+6281399990000)");
  });

  it("a typed phone equal to the ketua's does not verify (Telegram did not vouch for it)", async () => {
    await seedRoster();
    await claim(h.user(5004), "0812 3456 7890", true);
    expect((await coopOfVillage())!.memberships.map((m) => m.status)).toEqual(["PENDING"]);
    expect(h.user(2001).lastText()).toContain("diketik");
  });

  it("no BA: the kab/kota PMO confirms; neither: an admin", async () => {
    await seedRoster({ ba: false, pmo: true });
    const u = h.user(5005);
    await claim(u, "+62 813-1111-2222");
    expect(u.lastText()).toContain(h.t("claim-who-PMO", { names: "Pak PMO", area: "Kabupaten Kubu Raya" }));
    expect(h.user(2101).lastText()).toContain("Siti Aminah");
    expect(h.user(900001).texts().join("\n")).not.toContain("Konfirmasi klaim");

    h = await createHarness();
    await seedRoster({ ba: false, ketuaPhone: null });
    const v = h.user(5006);
    await claim(v);
    expect(v.lastText()).toContain(h.t("claim-who-ADMIN"));
    expect(h.user(900001).lastText()).toContain("belum punya nomor HP ketua");
  });

  it("rejecting releases the coop: deleted, the roster row claimable again, the claimant told", async () => {
    const { roster } = await seedRoster();
    const u = h.user(5007);
    await claim(u, "+62 813-9999-0000");
    const ba = h.user(2001);
    await pressLabel(h, ba, "claim-reject");
    expect(await coopOfVillage()).toBeNull();
    expect((await h.prisma.rosterCoop.findUniqueOrThrow({ where: { id: roster.id } })).coopId).toBeNull();
    expect(u.lastText()).toBe(h.t("claim-rejected-to-claimant", { coop: ROSTER_NAME, by: "Budi Pendamping" }));
    expect(await h.prisma.auditLog.count({ where: { action: "CLAIM_REJECTED" } })).toBe(1);
    // the real ketua claims it afterwards, verified by phone
    const real = h.user(5008);
    await claim(real);
    expect((await coopOfVillage())!.memberships.map((m) => m.status)).toEqual(["ACTIVE"]);
  });

  it("a card pressed by another BA, a pengurus or with forged data is refused and audited", async () => {
    await seedRoster();
    await staff(h, 2002, "BA", { name: "Ani" });
    await staff(h, 2102, "PMO", { name: "PMO Pontianak", regencyCode: "61.71" });
    await claim(h.user(5009), "+62 813-9999-0000");
    const m = (await coopOfVillage())!.memberships[0]!;
    for (const id of [2002, 2102, 5009]) await h.user(id).pressRaw(claimCb.pack("a", m.id), 1);
    await h.user(2002).pressRaw("cv:a:xyz", 1);
    await h.user(2002).pressRaw(claimCb.pack("a", 99999), 1);
    expect(callbackAnswers(h).slice(-5)).toEqual(Array(5).fill(h.t("error-not-allowed")));
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED" } })).toBe(5);
    expect((await h.prisma.membership.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("PENDING");
    // decided twice: the second press is told it was decided
    const ba = h.user(2001);
    const card = ba.keyboardMessage()!.messageId;
    await ba.pressRaw(claimCb.pack("a", m.id), card);
    await ba.pressRaw(claimCb.pack("r", m.id), card);
    expect(callbackAnswers(h).at(-1)).toBe(
      h.t("claim-already-decided", { person: "Siti Aminah", status: h.t("membership-ACTIVE") }),
    );
  });

  it("Bukan: their own registration, the roster row linked to it and the BA told of the conflict", async () => {
    const { roster, ba } = await seedRoster();
    const u = h.user(5010);
    await startProfile(h, u, "Joko Susilo");
    await findVillage(u);
    await pressLabel(h, u, "reg-claim-no");
    expect(u.lastText()).toContain(h.t("reg-position-ask"));
    await pressLabel(h, u, "position-KETUA");
    await u.send("AHU-0000999.AH.01.29.TAHUN 2026");
    await u.press(w("u:GERAI_SEMBAKO"));
    await pressLabel(h, u, "reg-units-done");
    await pressLabel(h, u, "reg-send");
    const coop = (await coopOfVillage())!;
    expect(coop.name).toBe("Koperasi Desa Merah Putih Sungai Ambawang Kuala");
    expect(coop.legalNumber).toBe("AHU-0000999.AH.01.29.TAHUN 2026");
    expect(coop.assignedBaId).toBe(ba!.id);
    const linked = await h.prisma.rosterCoop.findUniqueOrThrow({ where: { id: roster.id } });
    expect([linked.coopId, linked.claimedAt]).toEqual([coop.id, null]);
    const card = h.user(2001).lastText()!;
    expect(card).toContain("Joko Susilo");
    expect(card).toContain(ROSTER_AHU);
    expect(card).toContain("AHU-0000999.AH.01.29.TAHUN 2026");
    expect(await h.prisma.auditLog.count({ where: { action: "ROSTER_CONFLICT" } })).toBe(1);
  });

  it("a roster row already linked to a coop on the bot leaves the usual join path", async () => {
    const { boss } = await seedRoster();
    const coop = await h.prisma.cooperative.create({
      data: {
        name: "Koperasi Lama",
        villageCode: KUBU_RAYA.village,
        districtCode: KUBU_RAYA.district,
        regencyCode: KUBU_RAYA.regency,
        provinceCode: KUBU_RAYA.province,
        createdById: boss.id,
      },
    });
    await h.prisma.rosterCoop.updateMany({ data: { coopId: coop.id } });
    const u = h.user(5011);
    await startProfile(h, u);
    await findVillage(u);
    expect(u.lastText()).toBe(h.t("reg-join-ask", { name: "Koperasi Lama", village: KUBU_RAYA.villageName }));
  });
});
