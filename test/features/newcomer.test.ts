// The small things a new user meets: "halo" points to /start, the menu keyboard follows /bahasa.
import { describe, it, expect, beforeAll, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { testDb } from "../helpers/db.ts";
import { registerCoop } from "../helpers/registration.ts";

let h: Harness;
// open the worker's database outside the per-test hook budget (slow on a busy machine)
beforeAll(() => testDb().then(() => undefined), 300_000);
beforeEach(async () => {
  h = await createHarness();
});

const replyKeyboard = (h: Harness, chatId: number) =>
  h.fake.calls.filter((c) => Number(c.payload.chat_id) === chatId && c.payload.reply_markup?.keyboard).at(-1)?.payload
    .reply_markup.keyboard as Array<Array<{ text: string }>> | undefined;

describe("newcomers", () => {
  it("a new user who types 'halo' is pointed to /start; a registered pengurus to /bantuan", async () => {
    const fresh = h.user(5401);
    await fresh.send("halo");
    expect(fresh.lastText()).toBe(h.t("unknown-input-new"));
    expect(fresh.lastText()).toContain("/start");
    const ketua = h.user(5402);
    await registerCoop(h, ketua);
    await ketua.send("halo");
    expect(ketua.lastText()).toBe(h.t("unknown-input"));
  });

  it("after /bahasa → English the menu keyboard is English too", async () => {
    const ketua = h.user(5403);
    await registerCoop(h, ketua);
    expect(
      replyKeyboard(h, 5403)!
        .flat()
        .map((b) => b.text),
    ).toContain(h.t("menu-my-coop"));
    await ketua.command("bahasa");
    await ketua.press((l) => l === h.t("language-en"));
    expect(ketua.lastText()).toBe(h.t("language-set", {}, "en"));
    const labels = replyKeyboard(h, 5403)!
      .flat()
      .map((b) => b.text);
    expect(labels).toContain(h.t("menu-my-coop", {}, "en"));
    expect(labels).not.toContain(h.t("menu-my-coop"));
    // the English label opens the coop card
    await ketua.send(h.t("menu-my-coop", {}, "en"));
    expect(ketua.lastText()).toContain("Sungai Ambawang Kuala");
  });

  it("a new user switching language gets no menu (they are still registering)", async () => {
    const u = h.user(5404);
    await u.command("bahasa");
    await u.press((l) => l === h.t("language-en"));
    expect(u.lastText()).toBe(h.t("language-set", {}, "en"));
    expect(replyKeyboard(h, 5404)).toBeUndefined();
  });
});
