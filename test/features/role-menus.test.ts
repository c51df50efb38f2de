// Menus per role (issue 23 item 5, issue 24 item 2): each role's reply keyboard and /bantuan start
// with that role's own tools, staff never get pengurus dead ends, and an admin from
// ADMIN_TELEGRAM_IDS gets their "/" chat menu once (not once per update).
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { ADMIN_ID, admin, staff } from "./help-fixtures.ts";
import type { Role } from "../../src/generated/prisma/enums.ts";
import { roleMenu } from "../../src/bot/menu-sync.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

/** The labels of the reply keyboard of the newest message to a chat that has one. */
function replyKeyboard(chatId: number): string[][] {
  const call = h.fake.calls.filter((c) => c.payload.chat_id === chatId && c.payload.reply_markup?.keyboard).at(-1);
  return (call?.payload.reply_markup.keyboard as { text: string }[][]).map((row) => row.map((b) => b.text));
}

const PENGURUS_ONLY = ["menu-report", "menu-my-coop", "menu-help-request"];

async function seedStaff() {
  await admin(h);
  await staff(h, 2001, "BA", { name: "Budi" });
  await staff(h, 2101, "PMO", { name: "Pak PMO" });
  await staff(h, 2201, "DINAS", { name: "Dinas Kalbar", provinceCode: "61" });
}

const CASES: Array<{ role: Role; id: number; first: string; topic: string }> = [
  { role: "BA", id: 2001, first: "menu-queue", topic: "help-topic-staff" },
  { role: "PMO", id: 2101, first: "menu-queue", topic: "help-topic-staff" },
  { role: "DINAS", id: 2201, first: "menu-recap", topic: "help-topic-staff" },
  { role: "ADMIN", id: ADMIN_ID, first: "menu-queue", topic: "help-topic-staff" },
];

describe("menus per role", () => {
  for (const c of CASES) {
    it(`${c.role}: the keyboard starts with their own tools and has no pengurus dead end`, async () => {
      await seedStaff();
      await h.user(c.id).command("start");
      const labels = replyKeyboard(c.id);
      expect(labels[0]![0]).toBe(h.t(c.first));
      for (const key of PENGURUS_ONLY) expect(labels.flat()).not.toContain(h.t(key));
      expect(labels.flat()).toContain(h.t("menu-help"));
    });

    it(`${c.role}: /bantuan opens on the staff commands with a footer for their role`, async () => {
      await seedStaff();
      const u = h.user(c.id);
      await u.command("bantuan");
      const text = u.lastText()!;
      expect(text.split("\n")[2]).toBe(h.t(c.topic));
      expect(text).not.toContain("/lapor");
      if (c.role === "ADMIN") expect(text).not.toContain(h.t("help-footer-staff"));
    });
  }

  it("every staff menu button answers with that tool, not a pengurus dead end", async () => {
    await seedStaff();
    const dinas = h.user(2201);
    await dinas.send(h.t("menu-workspace"));
    expect(dinas.lastText()).not.toBe(h.t("ws-not-staff"));
    await dinas.send(h.t("menu-recap"));
    expect(dinas.lastText()).not.toBe(h.t("recap-not-allowed"));
    const ba = h.user(2001);
    await ba.send(h.t("menu-requests"));
    expect(ba.lastText()).toBe(h.t("help-list-empty-staff"));
  });

  it("a pengurus keeps the pengurus keyboard and /bantuan", async () => {
    const u = h.user(5001);
    await u.command("bantuan");
    expect(u.lastText()!.split("\n")[2]).toBe(h.t("help-topic-coop"));
  });

  it("an admin from ADMIN_TELEGRAM_IDS gets their chat menu once over two updates", async () => {
    const a = h.user(ADMIN_ID);
    await a.command("bantuan");
    await a.command("bantuan");
    const published = h.fake.byMethod("setMyCommands").filter((c) => c.payload.scope?.chat_id === ADMIN_ID);
    expect(published).toHaveLength(1);
    const commands = (published[0]!.payload.commands as { command: string }[]).map((c) => c.command);
    expect(commands).toEqual(expect.arrayContaining(["siaran", "undang", "cari", "audit"]));
  });

  it("a role's menu and its version are computed once per role and locale", async () => {
    const id = (k: string) => h.t(k, undefined, "id");
    const en = (k: string) => h.t(k, undefined, "en");
    expect(roleMenu("PMO", id)).toBe(roleMenu("PMO", id)); // the same object: not rebuilt, not re-hashed
    expect(roleMenu("PMO", en)).not.toBe(roleMenu("PMO", id));
    expect(roleMenu("PMO", en).version).not.toBe(roleMenu("PMO", id).version);
    expect(roleMenu("PENGURUS", id)).toEqual({ menu: null, version: null });
  });

  it("an erased admin (deletedAt) gets no chat menu", async () => {
    const a = await admin(h);
    await h.prisma.user.update({ where: { id: a.id }, data: { deletedAt: new Date("2026-11-01") } });
    await h.user(ADMIN_ID).command("bantuan");
    expect(h.fake.byMethod("setMyCommands").filter((c) => c.payload.scope?.chat_id === ADMIN_ID)).toHaveLength(0);
  });

  it("a pengurus gets no chat menu call", async () => {
    await h.user(5001).command("bantuan");
    expect(h.fake.byMethod("setMyCommands")).toHaveLength(0);
    expect(h.fake.byMethod("deleteMyCommands")).toHaveLength(0);
  });
});
