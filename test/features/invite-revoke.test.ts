// Revoking an invite (issue 24.10): the invite card has "🚫 Batalkan kode"; the admin confirms once,
// the code stops working (who joined keeps their role), it is audited; "Tidak" keeps it; anyone
// else (not an admin nor its maker), forged ids and a second revoke are refused or told why.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { admin, staff, callbackAnswers } from "./help-fixtures.ts";
import { createInvite, formatCode } from "../../src/services/invites.ts";
import { daysBtn, roleBtn, usesBtn } from "../../src/bot/features/invite/callback-data.ts";
import { revokeCb } from "../../src/bot/features/invite/revoke.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

async function createBaCode(uses = 5) {
  await admin(h);
  const a = h.user(900001, "Admin");
  await a.command("undang");
  await a.press(roleBtn.pack("BA"));
  await a.send("kubu raya");
  await a.press((l) => l === "Kabupaten Kubu Raya");
  await a.press(usesBtn.pack(uses));
  await a.press(daysBtn.pack(7));
  const invite = await h.prisma.invite.findFirstOrThrow();
  return { a, invite };
}

describe("revoking an invite", () => {
  it("the card's button asks once; Ya revokes: the code stops working, audited; Tidak keeps it", async () => {
    const { a, invite } = await createBaCode();
    const code = formatCode(invite.code);
    expect(a.buttons()).toEqual([{ text: h.t("inv-btn-revoke"), data: revokeCb.pack("a", invite.id) }]);
    // Tidak: nothing changes
    await a.press(revokeCb.pack("a", invite.id));
    expect(a.lastText()).toBe(h.t("inv-revoke-ask", { code, uses: 0, max: 5 }));
    await a.press(revokeCb.pack("n", invite.id));
    expect(a.lastText()).toBe(h.t("inv-revoke-kept", { code }));
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: invite.id } })).revokedAt).toBeNull();
    // Ya: revoked
    await a.press(revokeCb.pack("a", invite.id));
    await a.press(revokeCb.pack("y", invite.id));
    expect(a.lastText()).toBe(h.t("inv-revoked", { code, uses: 0 }));
    expect(a.lastText()!.length).toBeLessThanOrEqual(600);
    const row = await h.prisma.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(row.revokedAt).not.toBeNull();
    const audit = await h.prisma.auditLog.findFirstOrThrow({ where: { action: "INVITE_REVOKED" } });
    expect([audit.entity, audit.entityId]).toEqual(["Invite", String(invite.id)]);
    // the code no longer works
    const budi = h.user(3001, "Budi");
    await budi.command("kode", code);
    expect(budi.lastText()).toBe(h.t("inv-code-revoked", { code }));
    // a stale confirm button: told it is revoked already, nothing audited twice
    await a.pressRaw(revokeCb.pack("y", invite.id), a.lastMessageId());
    expect(callbackAnswers(h).at(-1)).toBe(h.t("inv-revoke-inactive-revoked", { code }));
    expect(await h.prisma.auditLog.count({ where: { action: "INVITE_REVOKED" } })).toBe(1);
  });

  it("a PMO pressing a revoke button, or a forged id, is refused and audited; the code still works", async () => {
    const { invite } = await createBaCode();
    await staff(h, 2101, "PMO");
    const pmo = h.user(2101);
    await pmo.pressRaw(revokeCb.pack("y", invite.id), 1);
    expect(callbackAnswers(h).at(-1)).toBe(h.t("error-not-allowed"));
    const a = h.user(900001, "Admin");
    await a.pressRaw(revokeCb.pack("y", 2147483647), 1);
    expect(callbackAnswers(h).at(-1)).toBe(h.t("error-not-allowed"));
    await a.pressRaw("ivr:y:99999999999", 1);
    expect(callbackAnswers(h).at(-1)).toBe(h.t("error-not-allowed"));
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED", entity: "Invite" } })).toBe(3);
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: invite.id } })).revokedAt).toBeNull();
  });

  it("/undang daftar lists the codes still valid (newest first, ≤ 600 characters), each with a revoke button", async () => {
    const a = await admin(h);
    const adm = h.user(900001, "Admin");
    await adm.command("undang", "daftar");
    expect(adm.lastText()).toBe(h.t("inv-list-empty"));
    const make = async (uses: number) => {
      const r = await createInvite(h.prisma, a, {
        role: "PMO",
        regencyCode: "61.12",
        maxUses: uses,
        ttlDays: 7,
        now: h.clock.now(),
      });
      if (r.kind !== "created") throw new Error(r.kind);
      return r.invite;
    };
    const made = [];
    for (let i = 0; i < 7; i++) made.push(await make(25));
    await h.prisma.invite.update({ where: { id: made[6]!.id }, data: { revokedAt: h.clock.now() } }); // not listed
    await adm.command("undang", "daftar");
    const text = adm.lastText()!;
    expect(text.length).toBeLessThanOrEqual(600);
    expect(text.split("\n")[0]).toBe(h.t("inv-list-head", { count: 5 }));
    expect(text).not.toContain(formatCode(made[6]!.code));
    expect(text.split("\n")[1]).toContain(formatCode(made[5]!.code)); // newest first
    expect(text).toContain("Kabupaten Kubu Raya · 0/25");
    const buttons = adm.buttons().map((b) => b.data);
    expect(buttons).toHaveLength(5);
    expect(buttons[0]).toBe(revokeCb.pack("a", made[5]!.id));
    await adm.press(revokeCb.pack("a", made[5]!.id));
    await adm.press(revokeCb.pack("y", made[5]!.id));
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: made[5]!.id } })).revokedAt).not.toBeNull();
    // not for others
    await staff(h, 2101, "PMO");
    const pmo = h.user(2101);
    await pmo.command("undang", "daftar");
    expect(pmo.lastText()).toBe(h.t("error-not-allowed"));
  });
});
