import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseConfig, ConfigError } from "../../src/config.ts";

describe("config", () => {
  it("has sensible defaults (embedded DB, polling, Indonesian)", () => {
    const c = parseConfig({});
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir).toBe("./data");
    expect(c.botMode).toBe("polling");
    expect(c.defaultLocale).toBe("id");
    expect(c.adminTelegramIds).toEqual([]);
    expect(c.port).toBe(3000);
  });

  it("parses admins, api root and a PostgreSQL URL", () => {
    const c = parseConfig({
      ADMIN_TELEGRAM_IDS: "12345, 67890",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      DATABASE_URL: "postgresql://u@h/db",
    });
    expect(c.adminTelegramIds).toEqual([12345n, 67890n]);
    expect(c.apiRoot).toBe("http://127.0.0.1:8081");
    expect(c.databaseUrl).toBe("postgresql://u@h/db");
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ BOT_MODE: "push" }, "BOT_MODE"],
    [{ ADMIN_TELEGRAM_IDS: "alice" }, "ADMIN_TELEGRAM_IDS"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ TELEGRAM_API_ROOT: "not a url" }, "TELEGRAM_API_ROOT"],
    [{ BOT_MODE: "webhook" }, "WEBHOOK_URL"],
    [{ BOT_MODE: "webhook", WEBHOOK_URL: "https://x.example/webhook" }, "WEBHOOK_SECRET"],
    [{ BOT_MODE: "webhook", WEBHOOK_URL: "https://x.example/webhook", WEBHOOK_SECRET: "short" }, "WEBHOOK_SECRET"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
  ])("rejects %j naming %s", (env, variable) => {
    try {
      parseConfig(env as Record<string, string>);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).variable).toBe(variable);
      expect((e as Error).message).toContain(variable);
    }
  });

  it("bad config: the app prints one line naming the variable and exits 1", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: { ...process.env, PORT: "not-a-port" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("PORT");
  });
});
