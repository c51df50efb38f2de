// Issue 24.9: a staff member whose data was erased (/hapusdata, deletedAt set) keeps no access:
// no coop scope, no recap, no help requests, no /koperasiku.
import { describe, it, expect } from "vitest";
import { canManageRegency, canSeeCoop, coopScopeWhere } from "../../src/services/roles.ts";
import { recapScopeOf } from "../../src/services/recap/area.ts";
import { helperKind } from "../../src/services/help-requests/access.ts";
import { createHarness } from "../helpers/harness.ts";

const erased = new Date("2026-11-20T00:00:00Z");
const coop = { regencyCode: "61.12", provinceCode: "61", assignedBaId: 5 };
const req = { routedToId: 5, assigneeId: 5, coop };

describe("an erased staff member", () => {
  it("has no scope in roles, recap and help-request access", () => {
    for (const role of ["BA", "PMO", "DINAS", "ADMIN"] as const) {
      const u = { id: 5, role, regencyCode: "61.12", provinceCode: "61", deletedAt: erased };
      expect(canSeeCoop(u, coop), role).toBe(false);
      expect(coopScopeWhere(u), role).toEqual({ id: -1 });
      expect(canManageRegency(u, "61.12"), role).toBe(false);
      expect(recapScopeOf(u), role).toBeUndefined();
      expect(helperKind(u, req), role).toBeUndefined();
      const active = { ...u, deletedAt: null };
      expect(canSeeCoop(active, coop), role).toBe(true); // the same person before erasure
    }
  });

  it("/koperasiku tells an erased BA it is for staff only", async () => {
    const h = await createHarness();
    const ba = await h.prisma.user.create({
      data: { telegramId: 7500n, role: "BA", regencyCode: "61.12", deletedAt: erased },
    });
    expect(ba.deletedAt).not.toBeNull();
    const u = h.user(7500);
    await u.command("koperasiku");
    expect(u.texts()).toEqual([h.t("ws-not-staff")]);
  });
});
