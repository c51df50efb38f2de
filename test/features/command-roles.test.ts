// The role list of src/bot/commands.ts is the one enforced: every command with roles, typed by
// someone of every other role, is refused before its handler runs (or answered with the pointer
// the catalogue names), and the refusal is audited.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { COMMANDS } from "../../src/bot/commands.ts";
import type { Role } from "../../src/generated/prisma/enums.ts";

const ROLES: Role[] = ["PENGURUS", "BA", "PMO", "DINAS", "ADMIN"];
let h: Harness;

beforeEach(async () => {
  h = await createHarness();
});

describe("command roles", () => {
  it("every command with roles refuses every other role before the handler runs", async () => {
    for (const [i, role] of ROLES.entries()) {
      await h.prisma.user.create({
        data: {
          telegramId: BigInt(7100 + i),
          fullName: `User ${role}`,
          role,
          consentAt: new Date(),
          regencyCode: role === "BA" || role === "PMO" ? "61.12" : null,
        },
      });
    }
    let refusals = 0;
    for (const spec of COMMANDS.filter((c) => c.roles)) {
      for (const [i, role] of ROLES.entries()) {
        if (spec.roles!.includes(role)) continue;
        const u = h.user(7100 + i);
        h.fake.clear();
        await u.command(spec.command);
        const expected = spec.otherRolesKey ? h.t(spec.otherRolesKey) : h.t("error-not-allowed");
        expect(u.texts(), `/${spec.command} as ${role}`).toEqual([expected]);
        if (!spec.otherRolesKey) refusals += 1;
      }
    }
    expect(refusals).toBeGreaterThan(0);
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED" } })).toBe(refusals);
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED", entity: "Invite" } })).toBe(4);
    expect(await h.prisma.session.count()).toBe(0); // no wizard was entered
  });

  it("a command without roles, and an allowed role, reach the handler", async () => {
    await h.prisma.user.create({
      data: { telegramId: 7200n, fullName: "Admin", role: "ADMIN", consentAt: new Date() },
    });
    const a = h.user(7200);
    await a.command("undang");
    expect(a.lastText()).toContain(h.t("inv-role-ask"));
    await a.command("kode");
    expect(a.lastText()).toBe(h.t("inv-code-how"));
  });
});

describe("command entity wherever it is", () => {
  it("/audit with a bold entity first is still refused to a stranger, and nothing of the log is shown", async () => {
    await h.prisma.auditLog.create({ data: { action: "SECRET", entity: "User", entityId: "48" } });
    const u = h.user(7300);
    await h.handle({
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: 7300, type: "private", first_name: "User7300" },
        from: { id: 7300, is_bot: false, first_name: "User7300" },
        text: "/audit u48",
        entities: [
          { type: "bold", offset: 0, length: 9 },
          { type: "bot_command", offset: 0, length: 6 },
        ],
      },
    } as never);
    expect(u.texts()).toEqual([h.t("error-not-allowed")]);
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED", entity: "AuditLog" } })).toBe(1);
  });
});
