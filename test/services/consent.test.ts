// UU PDP: each consent on record says when and which text version was agreed to; erasure clears it.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { CONSENT_TEXT_VERSION, recordConsent } from "../../src/services/users.ts";
import { eraseUserData, exportUserData } from "../../src/services/privacy.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

describe("consent record", () => {
  it("keeps the time and the text version, exports them, and clears them on erasure", async () => {
    const u = await h.prisma.user.create({ data: { telegramId: 8801n } });
    const at = new Date("2026-11-30T05:00:00Z");
    await recordConsent(h.prisma, u.id, at);
    const after = await h.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect([after.consentAt, after.consentVersion]).toEqual([at, CONSENT_TEXT_VERSION]);
    const audit = await h.prisma.auditLog.findFirstOrThrow({
      where: { action: "CONSENT_GIVEN", entityId: String(u.id) },
    });
    expect(audit.after).toEqual({ at: at.toISOString(), version: CONSENT_TEXT_VERSION });
    expect(JSON.stringify(await exportUserData(h.prisma, u.id))).toContain(
      `"consentVersion":"${CONSENT_TEXT_VERSION}"`,
    );
    await eraseUserData(h.prisma, u.id, at);
    expect((await h.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).consentVersion).toBeNull();
  });
});
