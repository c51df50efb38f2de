// Invites through the real bot: /undang wizard, joining by deep link and by /kode, and every bad code.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { admin, staff } from "./help-fixtures.ts";
import { formatCode } from "../../src/services/invites.ts";
import { daysBtn, roleBtn, usesBtn } from "../../src/bot/features/invite/callback-data.ts";
import { pressLabel } from "../helpers/registration.ts";
import type { TestUser } from "../helpers/test-user.ts";
import { CONSENT_TEXT_VERSION } from "../../src/services/users.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

async function createBaCode(uses = 1) {
  await admin(h);
  const a = h.user(900001, "Admin");
  await a.command("undang");
  expect(a.lastText()).toContain(h.t("inv-role-ask"));
  await a.press(roleBtn.pack("BA"));
  await a.send("kubu raya");
  expect(a.lastText()).toContain(h.t("inv-search-results", { query: "kubu raya" }));
  await a.press((l) => l === "Kabupaten Kubu Raya");
  await a.press(usesBtn.pack(uses));
  await a.press(daysBtn.pack(7));
  const invite = await h.prisma.invite.findFirstOrThrow();
  return { a, invite };
}

/** A new person's answers in the join wizard: Setuju, then the full name. */
async function consentAndName(u: TestUser, name: string) {
  await pressLabel(h, u, "reg-consent-agree");
  await u.send(name);
}

describe("invites", () => {
  it("admin creates a BA code for a kab/kota; a person joins by deep link; the admin is told", async () => {
    const { a, invite } = await createBaCode();
    expect([invite.role, invite.regencyCode, invite.provinceCode, invite.maxUses]).toEqual(["BA", "61.12", "61", 1]);
    expect(invite.expiresAt.toISOString()).toBe("2026-12-01T03:00:00.000Z");
    const shown = a.lastText()!;
    expect(shown).toContain(formatCode(invite.code));
    expect(shown).toContain(`https://t.me/kdkmp_test_bot?start=${invite.code}`);
    expect(shown).toContain("Kabupaten Kubu Raya");
    expect(shown).toContain("1 Desember 2026 10.00 WIB");

    const budi = h.user(3001, "Budi");
    await budi.command("start", invite.code);
    expect(await h.prisma.user.count({ where: { role: "BA" } })).toBe(0); // consent and name first
    await consentAndName(budi, "budi santoso");
    expect(budi.lastText()).toBe(
      `${h.t("inv-welcome", { name: "Budi Santoso", role: h.t("role-BA"), area: "Kabupaten Kubu Raya" })}\n${h.t("inv-next-BA")}\n${h.t("inv-privacy-note")}`,
    );
    const u = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 3001n } });
    expect([u.role, u.regencyCode, u.provinceCode, u.fullName, u.consentVersion]).toEqual([
      "BA",
      "61.12",
      "61",
      "Budi Santoso",
      CONSENT_TEXT_VERSION,
    ]);
    expect(a.lastText()).toBe(
      h.t("inv-used-notice", {
        name: "Budi Santoso",
        code: formatCode(invite.code),
        role: h.t("role-BA"),
        area: "Kabupaten Kubu Raya",
      }),
    );
    // the code was single-use
    const other = h.user(3002, "Ani");
    await other.command("kode", formatCode(invite.code).toLowerCase());
    expect(other.lastText()).toBe(h.t("inv-code-used-up", { code: formatCode(invite.code), max: 1 }));
    expect((await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 3002n } })).role).toBe("PENGURUS");
    // the same person again
    await budi.command("kode", invite.code);
    expect(budi.lastText()).toBe(
      h.t("inv-code-already-yours", { code: formatCode(invite.code), role: h.t("role-BA") }),
    );
  });

  it("a code for several people works with /kode until it is used up or expires", async () => {
    const { invite } = await createBaCode(5);
    const p1 = h.user(3001, "Satu");
    await p1.command("kode", formatCode(invite.code));
    await consentAndName(p1, "Satu Dua");
    expect((await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 3001n } })).role).toBe("BA");
    h.clock.set("2026-12-01T03:00:00Z");
    const p2 = h.user(3002, "Dua");
    await p2.command("kode", formatCode(invite.code));
    expect(p2.lastText()).toBe(
      h.t("inv-code-expired", { code: formatCode(invite.code), date: "1 Desember 2026 10.00 WIB" }),
    );
    expect((await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 3002n } })).role).toBe("PENGURUS");
  });

  it("DINAS codes are per province", async () => {
    await admin(h);
    const a = h.user(900001);
    await a.command("undang");
    await a.press(roleBtn.pack("DINAS"));
    await a.send("kalimantan barat");
    await a.press((l) => l === "Kalimantan Barat");
    await a.press(usesBtn.pack(1));
    await a.press(daysBtn.pack(30));
    const invite = await h.prisma.invite.findFirstOrThrow();
    expect([invite.role, invite.regencyCode, invite.provinceCode]).toEqual(["DINAS", null, "61"]);
    const d = h.user(3003);
    await d.command("start", invite.code);
    await consentAndName(d, "Maria Ulfa");
    expect(d.lastText()).toContain(
      h.t("inv-welcome", { name: "Maria Ulfa", role: h.t("role-DINAS"), area: "Kalimantan Barat" }),
    );
  });

  it("unknown, malformed and missing codes say what to type; a deep link that is no code starts normally", async () => {
    const u = h.user(3001);
    await u.command("kode");
    expect(u.lastText()).toBe(h.t("inv-code-how"));
    await u.command("kode", "ABCD-EFGH");
    expect(u.lastText()).toBe(h.t("inv-code-unknown", { code: "ABCD-EFGH" }));
    await u.command("kode", "halo");
    expect(u.lastText()).toBe(h.t("inv-code-malformed", { code: "halo" }));
    await u.command("start", "ZZZZ2222");
    expect(u.lastText()).toBe(h.t("inv-code-unknown", { code: "ZZZZ-2222" }));
    await u.command("start", "from_website");
    expect(u.texts().join("\n")).toContain("UU PDP"); // the registration wizard began
  });

  it("only admins may create codes (refused and audited)", async () => {
    await staff(h, 2101, "PMO");
    const pmo = h.user(2101);
    await pmo.command("undang");
    expect(pmo.lastText()).toBe(h.t("error-not-allowed"));
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED", entity: "Invite" } })).toBe(1);
    expect(await h.prisma.invite.count()).toBe(0);
  });
});
