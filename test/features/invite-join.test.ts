// Joining as staff by invite when consent or the full name is missing (issue 13, item 3): the
// pengurus consent and the registration name step come first, the code is used only after them.
// Driven through the real bot; assertions on the recorded Bot API calls and on the database.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { admin, ADMIN_ID } from "./help-fixtures.ts";
import { pressLabel } from "../helpers/registration.ts";
import { FakeBotApi } from "../helpers/fake-api.ts";
import { createInvite, formatCode } from "../../src/services/invites.ts";
import { CONSENT_TEXT_VERSION } from "../../src/services/users.ts";
import { roleMenu } from "../../src/bot/menu-sync.ts";
import type { Invite } from "../../src/generated/prisma/client.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

/** A BA code for Kabupaten Kubu Raya made by the admin, straight in the DB. */
async function baCode(maxUses = 1, ttlDays = 7): Promise<Invite> {
  const a = await admin(h);
  const r = await createInvite(h.prisma, a, { role: "BA", regencyCode: "61.12", maxUses, ttlDays, now: h.clock.now() });
  if (r.kind !== "created") throw new Error(r.kind);
  return r.invite;
}

const welcome = (name: string) =>
  `${h.t("inv-welcome", { name, role: h.t("role-BA"), area: "Kabupaten Kubu Raya" })}\n${h.t("inv-next-BA")}\n${h.t("inv-privacy-note")}`;
const notice = (invite: Invite, name: string) =>
  h.t("inv-used-notice", { name, code: formatCode(invite.code), role: h.t("role-BA"), area: "Kabupaten Kubu Raya" });
const userOf = (id: number) => h.prisma.user.findUniqueOrThrow({ where: { telegramId: BigInt(id) } });

describe("joining by invite: consent and full name like pengurus", () => {
  it("a new person: intro, the pengurus consent, the name, then the role; consent and name stored, the admin told", async () => {
    const invite = await baCode();
    const u = h.user(4001, "Rina");
    await u.command("kode", formatCode(invite.code));
    const code = formatCode(invite.code);
    expect(u.texts()).toContain(
      h.t("inv-join-intro", { code, role: h.t("role-BA"), area: "Kabupaten Kubu Raya", needs: "both" }),
    );
    expect(u.lastText()).toBe(
      `${h.t("step-header", { step: 1, total: 2 })}\n${h.t("reg-consent")}\n\n${h.t("cancel-hint")}`,
    );
    expect(u.buttons().map((b) => b.text)).toEqual([
      h.t("reg-consent-agree"),
      h.t("reg-consent-decline"),
      h.t("reg-consent-more"),
    ]);
    // "Baca selengkapnya" shows the privacy text and asks again
    await pressLabel(h, u, "reg-consent-more");
    expect(u.texts()).toContain(h.t("privacy-info"));
    expect(u.lastText()).toBe(`${h.t("step-header", { step: 1, total: 2 })}\n${h.t("reg-consent-again")}`);
    expect((await userOf(4001)).consentAt).toBeNull();
    await pressLabel(h, u, "reg-consent-agree");
    expect(u.lastText()).toBe(`${h.t("step-header", { step: 2, total: 2 })}\n${h.t("reg-name-ask")}`);
    const consented = await userOf(4001);
    expect([consented.consentAt?.toISOString(), consented.consentVersion, consented.role]).toEqual([
      h.clock.now().toISOString(),
      CONSENT_TEXT_VERSION,
      "PENGURUS",
    ]);
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(0); // not used before the name
    await u.send("rina   marlina");
    expect(u.lastText()).toBe(welcome("Rina Marlina"));
    const joined = await userOf(4001);
    expect([joined.role, joined.regencyCode, joined.provinceCode, joined.fullName, joined.tgFirstName]).toEqual([
      "BA",
      "61.12",
      "61",
      "Rina Marlina",
      "Rina",
    ]);
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(1);
    expect(await h.prisma.auditLog.count({ where: { action: "CONSENT_GIVEN", entityId: String(joined.id) } })).toBe(1);
    expect(await h.prisma.auditLog.count({ where: { action: "INVITE_REDEEMED", entityId: String(joined.id) } })).toBe(
      1,
    );
    expect(h.user(ADMIN_ID).lastText()).toBe(notice(invite, "Rina Marlina"));
    // the BA's own "/" menu was published for this chat
    const menu = h.fake.byMethod("setMyCommands").at(-1)!;
    expect(menu.payload.scope).toEqual({ type: "chat", chat_id: 4001 });
    expect((menu.payload.commands as Array<{ command: string }>).map((c) => c.command)).toContain("koperasiku");
    // its version is stored, so the next update does not publish it again
    expect((await userOf(4001)).menuVersion).toBe(roleMenu("BA", (k) => h.t(k)).version);
    await h.user(4001).command("bantuan");
    expect(h.fake.byMethod("setMyCommands").filter((c) => c.payload.scope?.chat_id === 4001)).toHaveLength(1);
  });

  it("Tidak setuju: no role, the code not used, and the person is told the role needs consent and how to try again", async () => {
    const invite = await baCode();
    const u = h.user(4002, "Andi");
    await u.command("start", invite.code);
    await pressLabel(h, u, "reg-consent-decline");
    const code = formatCode(invite.code);
    expect(u.lastText()).toBe(h.t("inv-consent-declined", { code, role: h.t("role-BA") }));
    expect(u.texts()).toContain(
      `${h.t("step-header", { step: 1, total: 2 })}\n${h.t("reg-consent")}\n\n${h.t("reg-consent-decline")}`,
    );
    const after = await userOf(4002);
    expect([after.role, after.regencyCode, after.consentAt, after.fullName]).toEqual(["PENGURUS", null, null, null]);
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(0);
    expect(await h.prisma.inviteUse.count()).toBe(0);
    expect(h.user(ADMIN_ID).texts()).toEqual([]); // nobody told of a use that did not happen
    // a typed word afterwards is not taken as a name: the wizard is over
    await u.send("Andi Pratama");
    expect((await userOf(4002)).fullName).toBeNull();
    // trying again as the message says works
    await u.command("kode", code);
    await pressLabel(h, u, "reg-consent-agree");
    await u.send("Andi Pratama");
    expect(u.lastText()).toBe(welcome("Andi Pratama"));
    expect((await userOf(4002)).role).toBe("BA");
  });

  it("a bad name is refused with an example and asked again; a sticker too; the code is used only after a good name", async () => {
    const invite = await baCode();
    const u = h.user(4003);
    await u.command("kode", invite.code);
    await pressLabel(h, u, "reg-consent-agree");
    const ask = `${h.t("step-header", { step: 2, total: 2 })}\n${h.t("reg-name-ask")}`;
    await u.send("12345");
    expect(u.texts().slice(-2)).toEqual([h.t("reg-name-invalid"), ask]);
    expect(h.t("reg-name-invalid")).toContain("Contoh: Siti Aminah");
    await u.sendSticker();
    expect(u.texts().slice(-2)).toEqual([h.t("reg-name-invalid"), ask]);
    await u.send("x".repeat(61));
    expect(u.texts().slice(-2)).toEqual([h.t("reg-name-too-long"), ask]);
    expect((await userOf(4003)).role).toBe("PENGURUS");
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(0);
    await u.send("Siti Aminah");
    expect(u.lastText()).toBe(welcome("Siti Aminah"));
    expect((await userOf(4003)).fullName).toBe("Siti Aminah");
  });

  it("someone with consent for the current text and a full name gets the role at once, nothing asked", async () => {
    const invite = await baCode();
    await h.prisma.user.create({
      data: {
        telegramId: 4004n,
        fullName: "Hendra Gunawan",
        consentAt: new Date("2026-11-01T00:00:00Z"),
        consentVersion: CONSENT_TEXT_VERSION,
      },
    });
    const u = h.user(4004, "Hendra");
    await u.command("kode", invite.code);
    expect(u.texts()).toEqual([welcome("Hendra Gunawan")]);
    const after = await userOf(4004);
    expect([after.role, after.consentAt?.toISOString()]).toEqual(["BA", "2026-11-01T00:00:00.000Z"]); // consent not re-recorded
    expect(await h.prisma.auditLog.count({ where: { action: "CONSENT_GIVEN" } })).toBe(0);
    expect(h.user(ADMIN_ID).lastText()).toBe(notice(invite, "Hendra Gunawan"));
    // the BA menu is published once: by the redeem, not again on the next updates
    await u.command("bantuan");
    await u.command("bantuan");
    expect(h.fake.byMethod("setMyCommands").filter((c) => c.payload.scope?.chat_id === 4004)).toHaveLength(1);
    expect(after.menuVersion).toBe(roleMenu("BA", (k) => h.t(k)).version);
  });

  it("consent for an older text: only the consent is asked (the name is known); no full name: only the name", async () => {
    const invite = await baCode(2);
    await h.prisma.user.create({
      data: {
        telegramId: 4005n,
        fullName: "Maria Ulfa",
        consentAt: new Date("2026-01-01T00:00:00Z"),
        consentVersion: "2025-01-01",
      },
    });
    const old = h.user(4005);
    await old.command("kode", invite.code);
    const code = formatCode(invite.code);
    expect(old.texts()[0]).toBe(
      h.t("inv-join-intro", { code, role: h.t("role-BA"), area: "Kabupaten Kubu Raya", needs: "consent" }),
    );
    expect(old.lastText()).toContain(`${h.t("step-header", { step: 1, total: 1 })}\n${h.t("reg-consent")}`);
    await pressLabel(h, old, "reg-consent-agree");
    expect(old.lastText()).toBe(welcome("Maria Ulfa"));
    expect((await userOf(4005)).consentVersion).toBe(CONSENT_TEXT_VERSION);

    await h.prisma.user.create({
      data: { telegramId: 4006n, consentAt: new Date("2026-11-01T00:00:00Z"), consentVersion: CONSENT_TEXT_VERSION },
    });
    const unnamed = h.user(4006);
    await unnamed.command("start", invite.code);
    expect(unnamed.texts()[0]).toBe(
      h.t("inv-join-intro", { code, role: h.t("role-BA"), area: "Kabupaten Kubu Raya", needs: "name" }),
    );
    expect(unnamed.lastText()).toBe(`${h.t("step-header", { step: 1, total: 1 })}\n${h.t("reg-name-ask")}`);
    await unnamed.send("Dewi Lestari");
    expect(unnamed.lastText()).toBe(welcome("Dewi Lestari"));
    expect(await h.prisma.auditLog.count({ where: { action: "CONSENT_GIVEN" } })).toBe(1); // only Maria's
  });

  it("an expired or used-up code is answered at once, before any consent question", async () => {
    const invite = await baCode(1, 3);
    h.clock.set("2026-11-28T03:00:00Z");
    const u = h.user(4007);
    await u.command("kode", formatCode(invite.code));
    expect(u.texts()).toEqual([
      h.t("inv-code-expired", { code: formatCode(invite.code), date: "27 November 2026 10.00 WIB" }),
    ]);
    expect(u.buttons()).toEqual([]);
    await u.send("Budi Santoso"); // no wizard is waiting for a name
    expect((await userOf(4007)).fullName).toBeNull();
    expect(await h.prisma.session.count()).toBe(0);
  });

  it("a code used up while the person was answering: they are told so and get no role", async () => {
    const invite = await baCode(1);
    const slow = h.user(4008);
    const fast = h.user(4009);
    await slow.command("kode", invite.code);
    await fast.command("kode", invite.code);
    await pressLabel(h, slow, "reg-consent-agree");
    await pressLabel(h, fast, "reg-consent-agree");
    await fast.send("Cepat Sekali");
    expect(fast.lastText()).toBe(welcome("Cepat Sekali"));
    await slow.send("Lambat Sekali");
    expect(slow.lastText()).toBe(h.t("inv-code-used-up", { code: formatCode(invite.code), max: 1 }));
    const after = await userOf(4008);
    expect([after.role, after.fullName]).toEqual(["PENGURUS", null]);
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(1);
  });

  it("a restart between the consent and the name loses nothing", async () => {
    const fake = new FakeBotApi();
    h = await createHarness({ fake });
    const invite = await baCode();
    await h.user(4010).command("kode", invite.code);
    await pressLabel(h, h.user(4010), "reg-consent-agree");
    const second = await createHarness({ keepDb: true, fake });
    const u = second.user(4010);
    await u.send("Tono Sugiarto");
    expect(u.lastText()).toBe(welcome("Tono Sugiarto"));
    expect((await userOf(4010)).role).toBe("BA");
  });
});
