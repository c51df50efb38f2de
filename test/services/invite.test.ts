import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import {
  CODE_ALPHABET,
  checkInvite,
  createInvite,
  formatCode,
  generateCode,
  normalizeCode,
  redeemInvite,
} from "../../src/services/invites.ts";
import { admin, staff } from "../features/help-fixtures.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

const now = new Date("2026-11-24T03:00:00Z");

describe("invite codes", () => {
  it("are 8 unambiguous characters, shown and typed in any case with a dash", () => {
    expect(CODE_ALPHABET).not.toMatch(/[0O1I]/);
    for (let i = 0; i < 200; i++) expect(generateCode()).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(formatCode("K7QM4TZP")).toBe("K7QM-4TZP");
    expect(normalizeCode(" k7qm-4tzp ")).toBe("K7QM4TZP");
    expect(normalizeCode("K7QM-4TZ0")).toBeUndefined(); // 0 is never in a code
    expect(normalizeCode("K7QM")).toBeUndefined();
  });

  it("only admins create them, scoped to a kab/kota (BA, PMO) or a province (DINAS)", async () => {
    const a = await admin(h);
    const pmo = await staff(h, 2001, "PMO");
    expect(
      (await createInvite(h.prisma, pmo, { role: "BA", regencyCode: "61.12", maxUses: 1, ttlDays: 7, now })).kind,
    ).toBe("forbidden");
    expect((await createInvite(h.prisma, a, { role: "BA", maxUses: 1, ttlDays: 7, now })).kind).toBe("bad_scope");
    expect(
      (await createInvite(h.prisma, a, { role: "DINAS", regencyCode: "61.12", maxUses: 1, ttlDays: 7, now })).kind,
    ).toBe("bad_scope");
    expect(
      (await createInvite(h.prisma, a, { role: "BA", regencyCode: "61.12", maxUses: 0, ttlDays: 7, now })).kind,
    ).toBe("bad_limits");
    const ok = await createInvite(h.prisma, a, { role: "BA", regencyCode: "61.12", maxUses: 2, ttlDays: 7, now });
    expect(ok.kind).toBe("created");
    if (ok.kind !== "created") return;
    expect(ok.invite.provinceCode).toBe("61");
    expect(ok.invite.expiresAt.toISOString()).toBe("2026-12-01T03:00:00.000Z");
    const dinas = await createInvite(h.prisma, a, { role: "DINAS", provinceCode: "61", maxUses: 1, ttlDays: 7, now });
    expect(dinas.kind === "created" && dinas.invite.regencyCode).toBeNull();
  });

  it("redeem: role and scope set once; used, expired, unknown and malformed codes are told apart", async () => {
    const a = await admin(h);
    const r = await createInvite(h.prisma, a, { role: "PMO", regencyCode: "61.12", maxUses: 1, ttlDays: 3, now });
    if (r.kind !== "created") throw new Error("not created");
    const u1 = await h.prisma.user.create({ data: { telegramId: 3001n } });
    const u2 = await h.prisma.user.create({ data: { telegramId: 3002n } });
    const ok = await redeemInvite(h.prisma, u1, formatCode(r.invite.code).toLowerCase(), now);
    expect(ok.kind).toBe("ok");
    const after = await h.prisma.user.findUniqueOrThrow({ where: { id: u1.id } });
    expect([after.role, after.regencyCode, after.provinceCode]).toEqual(["PMO", "61.12", "61"]);
    expect((await redeemInvite(h.prisma, after, r.invite.code, now)).kind).toBe("already_yours");
    expect((await redeemInvite(h.prisma, u2, r.invite.code, now)).kind).toBe("used_up");
    expect((await redeemInvite(h.prisma, u2, "ABCD-EFGH", now)).kind).toBe("unknown");
    expect((await redeemInvite(h.prisma, u2, "hello", now)).kind).toBe("malformed");
    const r2 = await createInvite(h.prisma, a, { role: "BA", regencyCode: "61.12", maxUses: 5, ttlDays: 3, now });
    if (r2.kind !== "created") throw new Error("not created");
    expect((await redeemInvite(h.prisma, u2, r2.invite.code, new Date("2026-11-27T03:00:00Z"))).kind).toBe("expired");
    expect((await redeemInvite(h.prisma, a, r2.invite.code, now)).kind).toBe("admin");
    expect(await h.prisma.auditLog.count({ where: { action: "INVITE_REDEEMED" } })).toBe(1);
  });

  it("never lets more people in than maxUses, even at the same moment", async () => {
    const a = await admin(h);
    const r = await createInvite(h.prisma, a, { role: "BA", regencyCode: "61.12", maxUses: 2, ttlDays: 3, now });
    if (r.kind !== "created") throw new Error("not created");
    const users = await Promise.all(
      [1, 2, 3, 4].map((i) => h.prisma.user.create({ data: { telegramId: BigInt(4000 + i) } })),
    );
    const results = await Promise.all(users.map((u) => redeemInvite(h.prisma, u, r.invite.code, now)));
    expect(results.filter((x) => x.kind === "ok")).toHaveLength(2);
    expect(results.filter((x) => x.kind === "used_up")).toHaveLength(2);
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: r.invite.id } })).uses).toBe(2);
    expect(await h.prisma.user.count({ where: { role: "BA" } })).toBe(2);
  });

  it("check uses nothing; the full name is stored with the role; a revoked code stores nothing", async () => {
    const a = await admin(h);
    const r = await createInvite(h.prisma, a, { role: "BA", regencyCode: "61.12", maxUses: 3, ttlDays: 3, now });
    if (r.kind !== "created") throw new Error("not created");
    const u1 = await h.prisma.user.create({ data: { telegramId: 5001n } });
    expect((await checkInvite(h.prisma, u1, r.invite.code, now)).kind).toBe("valid");
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: r.invite.id } })).uses).toBe(0);
    expect(await h.prisma.inviteUse.count()).toBe(0);
    const ok = await redeemInvite(h.prisma, u1, r.invite.code, now, { fullName: "Rina Marlina" });
    expect(ok.kind === "ok" && [ok.user.role, ok.user.fullName]).toEqual(["BA", "Rina Marlina"]);
    // revoked after this person's earlier check: refused as revoked, no name stored
    const u2 = await h.prisma.user.create({ data: { telegramId: 5002n } });
    const later = new Date(now.getTime() + 1000);
    await h.prisma.invite.update({ where: { id: r.invite.id }, data: { revokedAt: later } });
    expect((await redeemInvite(h.prisma, u2, r.invite.code, later)).kind).toBe("revoked");
    expect((await h.prisma.user.findUniqueOrThrow({ where: { id: u2.id } })).fullName).toBeNull();
  });
});
