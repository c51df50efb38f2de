import { describe, it, expect, beforeAll, beforeEach } from "vitest";
import { testDb } from "../helpers/db.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { pressLabel, registerCoop } from "../helpers/registration.ts";
import { COMMANDS } from "../../src/bot/commands.ts";

// open the worker's database outside the per-test time budget (slow on a busy machine)
beforeAll(() => testDb().then(() => undefined), 300_000);

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

describe("/bantuan, /koperasi, /privasi, /dataku, /hapusdata", () => {
  it("/bantuan lists only the commands the user's role may use, by topic", async () => {
    const u = h.user(8101);
    await u.command("bantuan"); // one topic per message; the other topics are buttons
    const pages = [u.lastText()!];
    for (const b of u.buttons()) {
      await u.press(b.data);
      pages.push(u.lastText()!);
    }
    for (const p of pages) expect(p.length).toBeLessThanOrEqual(600);
    const text = pages.join("\n");
    for (const c of COMMANDS.filter((x) => !x.roles)) expect(text).toContain(`/${c.command}`);
    for (const c of COMMANDS.filter((x) => x.roles && !x.roles.includes("PENGURUS")))
      expect(text).not.toContain(`/${c.command} `);
  });

  it("/koperasi shows the coop, the board and the user's position", async () => {
    const u = h.user(8102);
    const coop = await registerCoop(h, u, { name: "Siti Aminah" });
    await u.command("koperasi");
    const text = u.lastText()!;
    expect(text).toContain(coop.name);
    expect(text).toContain("Sungai Ambawang Kuala");
    expect(text).toContain(h.t("coop-member-line", { name: "Siti Aminah", position: h.t("position-KETUA") }));
    expect(text).toContain(h.t("coop-ba", { value: h.t("coop-ba-none") }));
    await u.send(h.t("menu-my-coop"));
    expect(u.lastText()).toBe(text);
  });

  it("/koperasi without a coop offers registration", async () => {
    const u = h.user(8103);
    await u.command("koperasi");
    expect(u.lastText()).toBe(h.t("coop-none"));
    expect(u.buttons()[0]!.text).toBe(h.t("reg-start-button"));
  });

  it("/privasi explains what is stored, also in the middle of the wizard", async () => {
    const u = h.user(8104);
    await u.command("start");
    await u.command("privasi");
    expect(u.texts().slice(-2)).toEqual([h.t("privacy-info"), h.t("privacy-retention")]);
    expect(h.t("privacy-retention")).toMatch(/1 tahun/);
    expect(h.t("privacy-retention").length).toBeLessThanOrEqual(600);
    await pressLabel(h, u, "reg-consent-agree"); // the wizard is still waiting at the consent step
    expect(u.lastText()).toContain(h.t("reg-name-ask"));
  });

  it("/dataku sends the person's data as a JSON document", async () => {
    const u = h.user(8105);
    await registerCoop(h, u, { name: "Siti Aminah" });
    await u.command("dataku");
    const doc = h.fake.byMethod("sendDocument").at(-1)!;
    expect(doc.payload._multipart).toBe(true);
    const json = JSON.parse(doc.payload.document.content);
    expect(json.user.fullName).toBe("Siti Aminah");
    expect(json.user.phone).toBe("+6281234567890");
    expect(json.memberships[0].position).toBe("KETUA");
    expect(h.fake.byMethod("sendChatAction").at(-1)!.payload.action).toBe("upload_document");
  });

  it("/hapusdata erases name and phone after confirmation and removes memberships", async () => {
    const u = h.user(8106);
    await registerCoop(h, u, { name: "Siti Aminah" });
    await u.command("hapusdata");
    await pressLabel(h, u, "privacy-erase-cancel");
    expect((await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 8106n } })).fullName).toBe("Siti Aminah");
    await u.command("hapusdata");
    await pressLabel(h, u, "privacy-erase-confirm");
    const user = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 8106n } });
    expect(user.fullName).toBeNull();
    expect(user.phone).toBeNull();
    expect(user.consentAt).toBeNull();
    expect(user.deletedAt).not.toBeNull();
    expect(await h.prisma.membership.count({ where: { status: "ACTIVE" } })).toBe(0);
    expect(await h.prisma.cooperative.count()).toBe(1); // the coop's own record stays
    expect(await h.prisma.auditLog.count({ where: { action: "PERSONAL_DATA_ERASED" } })).toBe(1);
  });
});

describe("personal data before consent and after erasure", () => {
  it("keeps only the Telegram id until consent, and nothing new after /hapusdata", async () => {
    const h = await createHarness();
    const u = h.user(8201, "Rahasia");
    await u.command("start");
    let user = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 8201n } });
    expect(user.tgFirstName).toBeNull();
    expect(user.username).toBeNull();
    await pressLabel(h, u, "reg-consent-agree"); // consent
    await u.send("Nama Lengkap");
    user = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 8201n } });
    expect(user.tgFirstName).toBe("Rahasia");
    await u.command("batal");
    await u.command("hapusdata");
    await pressLabel(h, u, "privacy-erase-confirm");
    await u.command("bantuan");
    user = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 8201n } });
    expect(user.tgFirstName).toBeNull();
    expect(user.fullName).toBeNull();
  });
});
