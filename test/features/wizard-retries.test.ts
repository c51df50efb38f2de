// Inside a wizard the Bot API calls get the same retries as outside: a 429 or a 5xx on a step's
// message is waited out and the step goes on (it used to end with the generic apology, because
// the conversations plugin builds each step's Api without the bot's transformers).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { testDb } from "../helpers/db.ts";
import { pressLabel } from "../helpers/registration.ts";

let h: Harness;
beforeAll(() => testDb().then(() => undefined), 300_000);
beforeEach(async () => {
  h = await createHarness();
});

describe("Bot API retries inside wizards", () => {
  it("a 429 on a wizard step's message is retried after retry_after and the step goes on", async () => {
    const u = h.user(5301, "Siti");
    await u.command("start");
    await pressLabel(h, u, "reg-consent-agree");
    const before = h.fake.calls.length;
    h.fake.fail(
      "sendMessage",
      { error_code: 429, description: "Too Many Requests: retry after 0", parameters: { retry_after: 0 } },
      { chatId: 5301 },
    );
    await u.send("Siti Aminah");
    const sends = h.fake.calls.slice(before).filter((c) => c.method === "sendMessage");
    expect(sends.length).toBeGreaterThanOrEqual(2); // the refused one and its retry
    expect(u.lastText()).toContain(h.t("reg-phone-ask"));
    expect(u.texts().join("\n")).not.toContain(h.t("error-generic"));
  });
});
