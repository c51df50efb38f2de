// Failed /kode tries (issue 24.10): each refused try is audited with only the first characters of
// what was typed, and after 5 failures within 15 minutes a person is told when to try again (even
// a good code waits), audited too; other people are not affected and the wait ends on time.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { admin } from "./help-fixtures.ts";
import { createInvite, formatCode } from "../../src/services/invites.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

async function baCode() {
  const a = await admin(h);
  const r = await createInvite(h.prisma, a, {
    role: "BA",
    regencyCode: "61.12",
    maxUses: 5,
    ttlDays: 7,
    now: h.clock.now(),
  });
  if (r.kind !== "created") throw new Error(r.kind);
  return r.invite;
}

const failures = () => h.prisma.auditLog.findMany({ where: { action: "INVITE_CODE_FAILED" }, orderBy: { id: "asc" } });

describe("/kode tries", () => {
  it("5 wrong codes in 15 minutes: the next try waits until the oldest leaves the window; every try audited", async () => {
    const invite = await baCode();
    const u = h.user(4100);
    const guesses = ["ZZZZ-ZZZ2", "ZZZZ-ZZZ3", "ZZZZ-ZZZ4", "ZZZZ-ZZZ5", "ZZZZ-ZZZ6"];
    for (const g of guesses) {
      await u.command("kode", g);
      expect(u.lastText()).toBe(h.t("inv-code-unknown", { code: g }));
      h.clock.advance(60_000);
    }
    const rows = await failures();
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(r.after).toMatchObject({ reason: "unknown", codePrefix: "ZZZ" });
      expect(JSON.stringify(r.after)).not.toContain("ZZZZZZZ"); // never the whole code
    }
    // the sixth try, even with a good code, waits: until the first failure (03:00Z) + 15 min
    await u.command("kode", formatCode(invite.code));
    expect(u.lastText()).toBe(h.t("inv-code-throttled", { time: "24 November 2026 10.15 WIB" }));
    expect(u.lastText()!.length).toBeLessThanOrEqual(600);
    const throttled = await h.prisma.auditLog.findFirstOrThrow({ where: { action: "INVITE_CODE_THROTTLED" } });
    expect(JSON.stringify(throttled.after)).not.toContain(invite.code);
    expect((await h.prisma.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(0);
    // somebody else may still try
    const other = h.user(4101);
    await other.command("kode", "ZZZZ-ZZZ7");
    expect(other.lastText()).toBe(h.t("inv-code-unknown", { code: "ZZZZ-ZZZ7" }));
    // after the wait the good code works (the join wizard starts)
    h.clock.set("2026-11-24T03:15:01Z");
    await u.command("kode", formatCode(invite.code));
    expect(u.lastText()).not.toBe(h.t("inv-code-throttled", { time: "24 November 2026 10.15 WIB" }));
    expect(u.texts().some((t) => t.startsWith("🔑") && t.includes(formatCode(invite.code)))).toBe(true);
    expect(await h.prisma.auditLog.count({ where: { action: "INVITE_CODE_THROTTLED" } })).toBe(1);
  });

  it("a malformed code and a deep-link code count as tries too", async () => {
    const u = h.user(4102);
    await u.command("kode", "halo");
    await u.command("start", "ZZZZZZZ9");
    const rows = await failures();
    expect(rows.map((r) => (r.after as { reason: string }).reason)).toEqual(["malformed", "unknown"]);
    expect((rows[0]!.after as { codePrefix: string }).codePrefix).toBe("HAL");
  });
});
