// The worker plan (src/cluster.ts): WORKERS=N|auto runs N webhook workers only where they can share
// the work (webhook mode on PostgreSQL); otherwise one, with the reason said at start.
import { describe, it, expect } from "vitest";
import { parseConfig } from "../../src/config.ts";
import { planWorkers, restartDelayMs } from "../../src/cluster.ts";

const webhookPg = {
  BOT_TOKEN: "123:abc",
  BOT_MODE: "webhook",
  WEBHOOK_URL: "https://bot.example.id/webhook",
  WEBHOOK_SECRET: "s3cret-token-0123456789",
  DATABASE_URL: "postgresql://u@h/db",
};
const plan = (env: Record<string, string>, cores = 4) => planWorkers(parseConfig({ ...webhookPg, ...env }), cores);

describe("worker plan", () => {
  it("defaults to one worker, no notice", () => {
    expect(parseConfig({}).workers).toBe(1);
    expect(plan({})).toEqual({ workers: 1 });
  });

  it("runs N webhook workers on PostgreSQL; auto uses the cores", () => {
    expect(plan({ WORKERS: "3" })).toEqual({ workers: 3 });
    expect(plan({ WORKERS: "auto" }, 6)).toEqual({ workers: 6 });
    expect(plan({ WORKERS: "auto" }, 1)).toEqual({ workers: 1 });
  });

  it("polling stays one instance, and says so", () => {
    const p = plan({ WORKERS: "4", BOT_MODE: "polling" });
    expect(p.workers).toBe(1);
    expect(p.notice).toMatch(/polling stays one instance/);
    expect(p.notice).toMatch(/running 1/);
  });

  it("the embedded database cannot be shared: one worker, and says so", () => {
    const p = plan({ WORKERS: "2", DATABASE_URL: "" });
    expect(p.workers).toBe(1);
    expect(p.notice).toMatch(/embedded database .*cannot be shared/);
  });

  it("the simulator (no BOT_TOKEN) runs one", () => {
    expect(plan({ WORKERS: "auto", BOT_TOKEN: "" }).workers).toBe(1);
  });

  it("refuses a WORKERS value that is not 1-64 or auto", () => {
    for (const w of ["0", "65", "two", "1.5"]) expect(() => parseConfig({ WORKERS: w })).toThrow(/WORKERS must be/);
  });

  it("restarts a dying worker after 1 s, then 2, 4 … at most 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(restartDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});

describe("connection settings for several workers", () => {
  it("DB_POOL_SIZE (default 10) and DATABASE_DIRECT_URL for the migrator", () => {
    expect(parseConfig({}).dbPoolSize).toBe(10);
    const c = parseConfig({ DB_POOL_SIZE: "4", DATABASE_DIRECT_URL: "postgresql://u@db:5432/kdkmp" });
    expect(c.dbPoolSize).toBe(4);
    expect(c.databaseDirectUrl).toBe("postgresql://u@db:5432/kdkmp");
    expect(() => parseConfig({ DB_POOL_SIZE: "0" })).toThrow(/DB_POOL_SIZE/);
    expect(() => parseConfig({ DATABASE_DIRECT_URL: "mysql://x" })).toThrow(/DATABASE_DIRECT_URL/);
  });
});
