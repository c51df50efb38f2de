import { describe, it, expect } from "vitest";
import { Api } from "grammy";
import { publishCommands } from "../../src/bot/set-commands.ts";
import { createI18n, LocaleCache } from "../../src/i18n.ts";
import { createLogger } from "../../src/logger.ts";
import { FakeBotApi } from "../helpers/fake-api.ts";
import { COMMANDS } from "../../src/bot/commands.ts";

describe("setMyCommands", () => {
  it("publishes the menu commands in Indonesian (default) and English", async () => {
    const fake = new FakeBotApi();
    const i18n = createI18n("id", new LocaleCache());
    await publishCommands(new Api("1:x", { fetch: fake.fetch as never }), i18n, "id", createLogger("silent"));
    const calls = fake.byMethod("setMyCommands");
    const en = calls.find((c) => c.payload.language_code === "en")!;
    const id = calls.find((c) => c.payload.language_code === "id")!;
    const dflt = calls.find((c) => c.payload.language_code === undefined)!;
    expect(id.payload.commands).toEqual(dflt.payload.commands);
    expect(id.payload.commands.map((c: { command: string }) => c.command)).toEqual(
      COMMANDS.filter((c) => c.menu).map((c) => c.command),
    );
    expect(id.payload.commands[0].description).toBe(i18n.t("id", "cmd-start"));
    expect(en.payload.commands[0].description).toBe(i18n.t("en", "cmd-start"));
  });

  it("a server without setMyCommands is logged, never fatal", async () => {
    const fake = new FakeBotApi();
    fake.fail("setMyCommands", { error_code: 404, description: "Not Found: method not found" }, { times: 10 });
    const i18n = createI18n("id", new LocaleCache());
    await expect(
      publishCommands(new Api("1:x", { fetch: fake.fetch as never }), i18n, "id", createLogger("silent")),
    ).resolves.toBeUndefined();
    expect(fake.byMethod("setMyCommands").length).toBeGreaterThan(0);
  });
});
