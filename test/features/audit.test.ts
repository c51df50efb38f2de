// /audit for admins: recent, per coop and per person, newest first, paged, ≤ 600 characters;
// other roles and forged page buttons are refused.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { ADMIN_ID, admin, coopWithKetua, staff, VILLAGES } from "./help-fixtures.ts";
import { auditCb } from "../../src/bot/features/audit/callback-data.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

async function entries(n: number, coopId: number, actorId: number) {
  for (let i = 0; i < n; i++) {
    await h.prisma.auditLog.create({
      data: {
        actorId,
        action: `COOP_RENAMED`,
        entity: "Cooperative",
        entityId: String(coopId),
        at: new Date(Date.UTC(2026, 10, 1, 0, i)),
      },
    });
  }
}

describe("/audit", () => {
  it("pages a coop's entries newest first within 600 characters; recent and per-person views work", async () => {
    const a = await admin(h);
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001, name: "Budi Ketua Dengan Nama Panjang" });
    await entries(11, x.coop.id, x.ketua.id);
    const adm = h.user(ADMIN_ID);
    await adm.command("audit", `k${x.coop.id}`);
    const first = adm.lastText()!;
    expect(first).toContain(
      h.t("audit-head", { title: h.t("audit-title-coop", { id: x.coop.id }), page: 1, pages: 2, total: 11 }),
    );
    expect(first.indexOf("07.10")).toBeLessThan(first.indexOf("07.09")); // newest first (WIB times)
    expect(first.length).toBeLessThanOrEqual(600);
    await adm.press((l) => l === h.t("btn-next"));
    expect(adm.lastText()).toContain(
      h.t("audit-head", { title: h.t("audit-title-coop", { id: x.coop.id }), page: 2, pages: 2, total: 11 }),
    );
    await adm.command("audit", `u${x.ketua.id}`);
    expect(adm.lastText()).toContain("(11");
    await adm.command("audit");
    expect(adm.lastText()).toContain(h.t("audit-title-recent"));
    await adm.command("audit", "koperasi");
    expect(adm.lastText()).toBe(h.t("audit-usage"));
    expect(a.id).toBeGreaterThan(0);
  });

  it("an id beyond PostgreSQL integer (k2147483648, u9999999999) gets the usage text, not a crash", async () => {
    await admin(h);
    const adm = h.user(ADMIN_ID);
    for (const arg of ["k2147483648", "u9999999999"]) {
      await adm.command("audit", arg);
      expect(adm.lastText()).toBe(h.t("audit-usage"));
    }
    await adm.command("audit", "k2147483647"); // the largest id still works
    expect(adm.lastText()).toContain(h.t("audit-title-coop", { id: 2147483647 }));
  });

  it("is for admins only; a forged page button is refused and audited", async () => {
    await staff(h, 2101, "PMO");
    const pmo = h.user(2101);
    await pmo.command("audit");
    expect(pmo.lastText()).not.toContain("📜");
    await pmo.pressRaw(auditCb.pack("r", 0, 1), 1);
    expect(h.fake.calls.at(-1)).toMatchObject({ method: "answerCallbackQuery" });
    // both the command and the button are refused and audited
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED", entity: "AuditLog" } })).toBe(2);
  });

  it("issue 23: says in plain Indonesian what happened to whom, old → new, not codes and ids", async () => {
    const a = await admin(h);
    const rina = await staff(h, 2201, "BA", { name: "Rina Marlina" });
    const x = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5002, name: "Budi" });
    const at = (m: number) => new Date(Date.UTC(2026, 10, 1, 0, m));
    await h.prisma.auditLog.createMany({
      data: [
        {
          actorId: a.id,
          action: "ROLE_CHANGED",
          entity: "User",
          entityId: String(rina.id),
          before: { role: "PENGURUS", regencyCode: null },
          after: { role: "BA", regencyCode: "61.12" },
          at: at(1),
        },
        {
          actorId: a.id,
          action: "COOP_ASSIGNED",
          entity: "Cooperative",
          entityId: String(x.coop.id),
          before: { baId: null },
          after: { baId: rina.id, movedRequests: [] },
          at: at(2),
        },
        {
          actorId: a.id,
          action: "COOP_DEACTIVATED",
          entity: "Cooperative",
          entityId: "99999",
          before: { status: "ACTIVE" },
          after: { status: "INACTIVE" },
          at: at(3),
        },
        { action: "SOMETHING_NEW", entity: "Widget", entityId: "7", at: at(4) },
      ],
    });
    const adm = h.user(ADMIN_ID);
    await adm.command("audit");
    const text = adm.lastText()!;
    expect(text).toContain(`Admin Pusat: ${h.t("audit-act-ROLE_CHANGED")} · Rina Marlina: Pengurus → BA`);
    expect(text).toContain(`Admin Pusat: ${h.t("audit-act-COOP_ASSIGNED")} · Kop. `);
    expect(text).toContain(": tanpa BA → Rina Marlina\n");
    expect(text).toContain("Koperasi dinonaktifkan · Koperasi #99999: aktif → nonaktif"); // a coop since deleted
    expect(text).toContain("sistem: Tindakan lain (SOMETHING_NEW) · Catatan #7");
    for (const code of ["ROLE_CHANGED", "COOP_ASSIGNED", "User #", "Cooperative #"]) expect(text).not.toContain(code);
    expect(text.length).toBeLessThanOrEqual(600);
  });
});
