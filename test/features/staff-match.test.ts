// A person on the staff roster who starts the bot and shares their own phone (Telegram's contact
// button) is offered their role and area right after consent and name (issue 20 item 1).
import { describe, it, expect, beforeAll, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { testDb } from "../helpers/db.ts";
import { pressLabel, startProfile } from "../helpers/registration.ts";
import { staffRoster } from "../helpers/roster.ts";
import { admin } from "./help-fixtures.ts";
import { xlsxOf } from "../helpers/roster-files.ts";
import { applyImport, dryRun } from "../../src/services/imports/index.ts";

let h: Harness;
beforeAll(() => testDb().then(() => undefined), 300_000);
beforeEach(async () => {
  h = await createHarness();
});

const PHONE = "6281234567890"; // startProfile shares +62 812-3456-7890
const offerText = () => h.t("reg-staff-offer", { role: h.t("role-BA"), area: "Kabupaten Kubu Raya" });

describe("staff roster phone match", () => {
  it("offers the rostered role and area after consent and name; Ya grants it in 5 actions, audited", async () => {
    const row = await staffRoster(h, { phone: PHONE, fullName: "Budi Santoso", role: "BA", regencyCode: "61.12" });
    let actions = 0;
    const handle = h.handle;
    h.handle = async (update) => {
      actions += 1;
      await handle(update);
    };
    const u = h.user(3001, "Budi");
    await startProfile(h, u, "Budi Santoso");
    expect(u.lastText()).toBe(offerText());
    await pressLabel(h, u, "reg-staff-yes", { role: h.t("role-BA") });
    expect(actions).toBe(5);
    h.handle = handle;
    const user = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 3001n } });
    expect([user.role, user.regencyCode, user.provinceCode, user.fullName, user.phone]).toEqual([
      "BA",
      "61.12",
      "61",
      "Budi Santoso",
      "+6281234567890",
    ]);
    expect((await h.prisma.staffRoster.findUniqueOrThrow({ where: { id: row.id } })).userId).toBe(user.id);
    const audit = await h.prisma.auditLog.findFirstOrThrow({ where: { action: "STAFF_ROSTER_MATCHED" } });
    expect(audit.after).toMatchObject({ role: "BA", staffRosterId: row.id, by: "phone" });
    expect(u.lastText()).toContain(
      h.t("inv-welcome", { name: "Budi Santoso", role: h.t("role-BA"), area: "Kabupaten Kubu Raya" }),
    );
    expect(h.fake.byMethod("setMyCommands").some((c) => Number(c.payload.scope?.chat_id) === 3001)).toBe(true);
    // the wizard is over: no koperasi question follows
    expect(u.texts().join("\n")).not.toContain(h.t("reg-wilayah-province", { page: 1, pages: 4 }).slice(0, 30));
  });

  it("a typed phone is not offered the role (Telegram did not vouch for it)", async () => {
    await staffRoster(h, { phone: PHONE, fullName: "Budi Santoso", role: "BA", regencyCode: "61.12" });
    const u = h.user(3002);
    await u.command("start");
    await pressLabel(h, u, "reg-consent-agree");
    await u.send("Budi Santoso");
    await u.send("0812 3456 7890");
    expect(u.texts()).not.toContain(offerText());
    expect((await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 3002n } })).role).toBe("PENGURUS");
  });

  it("Bukan goes on with the koperasi registration; a taken row is not offered", async () => {
    const row = await staffRoster(h, { phone: PHONE, fullName: "Budi Santoso", role: "BA", regencyCode: "61.12" });
    const u = h.user(3003);
    await startProfile(h, u);
    await pressLabel(h, u, "reg-staff-no");
    expect(u.lastText()).toContain(h.t("step-header", { step: 4, total: 7 }));
    expect((await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 3003n } })).role).toBe("PENGURUS");
    expect((await h.prisma.staffRoster.findUniqueOrThrow({ where: { id: row.id } })).userId).toBeNull();

    const other = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 3003n } });
    await h.prisma.staffRoster.update({ where: { id: row.id }, data: { userId: other.id } });
    const v = h.user(3004);
    await startProfile(h, v);
    expect(v.texts()).not.toContain(offerText());
  });

  it("the row's personal invite is used up by the match (the code no longer works for anyone else)", async () => {
    const boss = await admin(h);
    const invite = await h.prisma.invite.create({
      data: {
        code: "K7QM4TZP",
        role: "PMO",
        regencyCode: "61.12",
        provinceCode: "61",
        expiresAt: new Date("2027-01-01T00:00:00Z"),
        createdById: boss.id,
      },
    });
    await staffRoster(h, { phone: PHONE, fullName: "Pak PMO", role: "PMO", regencyCode: "61.12" });
    await h.prisma.staffRoster.updateMany({ data: { inviteId: invite.id } });
    const u = h.user(3005);
    await startProfile(h, u, "Pak Pmo");
    await pressLabel(h, u, "reg-staff-yes", { role: h.t("role-PMO") });
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(1);
    const x = h.user(3006);
    await x.command("kode", "K7QM-4TZP");
    expect(x.lastText()).toBe(h.t("inv-code-used-up", { code: "K7QM-4TZP", max: 1 }));
  });

  it.each(["0812-3456-7890", "+62 812 3456 7890", "812 3456 7890"])(
    "a phone imported as %s matches the Telegram-shared contact",
    async (spelling) => {
      const boss = await admin(h);
      const now = new Date();
      const file = await xlsxOf([
        ["Nama", "No HP", "Peran", "Kode Wilayah"],
        ["Budi Santoso", spelling, "BA", "61.12"],
      ]);
      const r = await dryRun(h.prisma, boss, { bytes: file, fileName: "staf.xlsx", source: "cli", now });
      if (r.kind !== "validated") throw new Error(r.kind);
      await applyImport(h.prisma, boss, r.import.id, now);
      const u = h.user(3010, "Budi");
      await startProfile(h, u, "Budi Santoso");
      expect(u.lastText()).toBe(offerText());
    },
  );
});
