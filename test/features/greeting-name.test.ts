// Issue 24.3: an admin who never registered (no name stored) was greeted "Selamat datang, . Peran
// Anda: Admin." The Telegram first name is used until they give one; a name is never empty.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
const role = () => h.t("role-ADMIN");

beforeEach(async () => {
  h = await createHarness(); // ADMIN_TELEGRAM_IDS = 900001
});

describe("greeting without a stored name", () => {
  it("an unregistered admin is greeted with their Telegram first name", async () => {
    const a = h.user(900001, "Rina");
    await a.command("start");
    expect(a.texts()[0]).toBe(h.t("start-staff", { name: "Rina", role: role() }));
    expect((await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 900001n } })).fullName).toBeNull();
  });

  it("a blank first name falls back to a polite word, never an empty placeholder", async () => {
    const a = h.user(900001, " ");
    await a.command("start");
    expect(a.texts()[0]).toBe(h.t("start-staff", { name: h.t("name-unknown"), role: role() }));
    expect(a.texts()[0]).not.toMatch(/,\s*\./);
  });

  it("a stored full name wins over the Telegram first name", async () => {
    await h.prisma.user.create({ data: { telegramId: 900001n, role: "ADMIN", fullName: "Rina Wati" } });
    const a = h.user(900001, "R");
    await a.command("start");
    expect(a.texts()[0]).toBe(h.t("start-staff", { name: "Rina Wati", role: role() }));
  });
});
