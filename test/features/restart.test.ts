import { describe, it, expect, beforeAll } from "vitest";
import { testDb } from "../helpers/db.ts";
import { createHarness } from "../helpers/harness.ts";
import { FakeBotApi } from "../helpers/fake-api.ts";
import { KUBU_RAYA, pressLabel, startProfile } from "../helpers/registration.ts";
import { w } from "../../src/bot/kit/index.ts";

// open the worker's database outside the per-test time budget (slow on a busy machine)
beforeAll(() => testDb().then(() => undefined), 300_000);

describe("restarts", () => {
  it("a new bot instance on the same database resumes the wizard at the same step", async () => {
    const fake = new FakeBotApi(); // same chat history, as Telegram would keep it
    const first = await createHarness({ fake });
    const u1 = first.user(7001, "Siti");
    await startProfile(first, u1, "Siti Aminah");
    await pressLabel(first, u1, "btn-next");
    await u1.press(w(`p:${KUBU_RAYA.province}`));
    // the process dies here; a new one starts on the same DB
    const second = await createHarness({ keepDb: true, fake });
    const u2 = second.user(7001, "Siti");
    await u2.press(w(`p:${KUBU_RAYA.regency}`));
    await u2.press(w(`p:${KUBU_RAYA.district}`));
    if (!u2.buttons().some((b) => b.data === w(`p:${KUBU_RAYA.village}`))) await pressLabel(second, u2, "btn-next");
    await u2.press(w(`p:${KUBU_RAYA.village}`));
    await pressLabel(second, u2, "position-KETUA");
    await pressLabel(second, u2, "reg-ahu-none");
    await u2.press(w("u:KANTOR"));
    await pressLabel(second, u2, "reg-units-done");
    expect(u2.lastText()).toContain("Siti Aminah"); // typed before the restart, not lost
    await pressLabel(second, u2, "reg-send");
    const coop = await second.prisma.cooperative.findUniqueOrThrow({ where: { villageCode: KUBU_RAYA.village } });
    expect(coop.units).toEqual(["KANTOR"]);
  });

  it("after a change of the wizard's code (version bump) the user is told to start again", async () => {
    const fake = new FakeBotApi();
    const first = await createHarness({ fake, conversationVersion: 1 });
    const u1 = first.user(7002);
    await startProfile(first, u1);
    const second = await createHarness({ keepDb: true, fake, conversationVersion: 2 });
    const u2 = second.user(7002);
    await u2.send("halo");
    expect(u2.texts()).toContain(second.t("conversation-stale"));
    await u2.command("start");
    // consent was stored in the DB, so the wizard continues with the name step
    expect(u2.lastText()).toContain(second.t("reg-name-ask"));
  });

  it("the error boundary apologises and the bot keeps running", async () => {
    const h = await createHarness();
    const u = h.user(7003);
    await u.command("start");
    await pressLabel(h, u, "reg-consent-agree");
    // a Bot API failure inside a handler (not retryable): logged, apology sent, bot goes on
    h.fake.fail("sendMessage", { error_code: 400, description: "Bad Request: message is too long" }, { times: 1 });
    await u.command("bantuan");
    expect(u.lastText()).toBe(h.t("error-generic"));
    await u.command("bantuan");
    expect(u.lastText()).toContain(h.t("help-title"));
    // the consent given before the failure is kept
    const user = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 7003n } });
    expect(user.consentAt).not.toBeNull();
  });
});
