// The monthly recap job with a FakeClock: each recipient at RECAP_HOUR in their own zone (WIT, then
// WITA, then WIB), month and year ends, PMO only on opt-in, DINAS opt-out, exactly once with two
// runs, two racing schedulers and after downtime; message + XLSX + chart through the outbox.
import { describe, it, expect, beforeEach } from "vitest";
import { resetDb } from "../helpers/db.ts";
import { FakeClock } from "../helpers/harness.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { parseConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { createI18n, LocaleCache } from "../../src/i18n.ts";
import { recapKeys, runRecapDelivery } from "../../src/jobs/recap-delivery.ts";
import { setRecapSubscription } from "../../src/services/recap/schedule.ts";
import { seedRecapFixture } from "../services/recap-fixture.ts";

let prisma: PrismaClient;
let fx: Awaited<ReturnType<typeof seedRecapFixture>>;
let papua: { id: number };
const i18n = createI18n("id", new LocaleCache());
const t = (l: string | null | undefined, k: string, v?: Record<string, string | number>) => i18n.t(l ?? "id", k, v);

function env(clock: FakeClock, vars: Record<string, string> = {}) {
  const config = parseConfig({
    LOG_LEVEL: "silent",
    RECAP_DAY: "1",
    RECAP_HOUR: "8",
    ...vars,
  });
  return { deps: { prisma, clock, config, logger: createLogger("silent") }, t };
}

const delivered = async () =>
  (
    await prisma.recapDelivery.findMany({
      orderBy: [{ period: "asc" }, { userId: "asc" }],
    })
  ).map((d) => `${d.userId}:${d.period}`);

beforeEach(async () => {
  prisma = (await resetDb()).prisma;
  fx = await seedRecapFixture(prisma);
  papua = await prisma.user.create({
    data: {
      telegramId: 3010n,
      role: "DINAS",
      fullName: "Dinas Papua",
      provinceCode: "91",
      consentAt: new Date("2026-01-01T00:00:00Z"),
      createdAt: new Date("2026-01-01T00:00:00Z"),
    },
  });
  await prisma.user.updateMany({
    data: { createdAt: new Date("2026-01-01T00:00:00Z") },
  });
});

describe("monthly recap delivery", () => {
  it("goes out at 08:00 in each recipient's own zone: WIT, then WITA, then WIB", async () => {
    const clock = new FakeClock(new Date("2026-11-30T22:59:00Z")); // 07:59 WIT on 1 December
    expect((await runRecapDelivery(env(clock))).flatMap((r) => r.recipients)).toEqual([]);
    clock.set("2026-11-30T23:00:00Z"); // 08:00 WIT
    await runRecapDelivery(env(clock));
    expect(await delivered()).toEqual([`${papua.id}:2026-11`]);
    clock.set("2026-12-01T00:00:00Z"); // 08:00 WITA, 07:00 WIB
    await runRecapDelivery(env(clock));
    expect(await delivered()).toEqual(
      [fx.dinasKaltara.id, papua.id].sort((a, b) => a - b).map((id) => `${id}:2026-11`),
    );
    clock.set("2026-12-01T01:00:00Z"); // 08:00 WIB
    await runRecapDelivery(env(clock));
    expect(await delivered()).toEqual(
      [fx.dinasKalbar.id, fx.dinasKaltara.id, papua.id].sort((a, b) => a - b).map((id) => `${id}:2026-11`),
    );

    // message + XLSX + chart in the bulk lane, files stored once per area
    const keys = recapKeys("2026-11", fx.dinasKalbar.id);
    const rows = await prisma.outbox.findMany({
      where: { key: { in: [keys.text, keys.xlsx, keys.png] } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.method, r.lane, r.group, r.chatId])).toEqual([
      ["sendMessage", "bulk", "recap:2026-11", 3001n],
      ["sendDocument", "bulk", "recap:2026-11", 3001n],
      ["sendPhoto", "bulk", "recap:2026-11", 3001n],
    ]);
    const text = (rows[0]!.payload as { text: string }).text;
    expect(text.startsWith(t("id", "recap-scheduled-intro"))).toBe(true);
    expect(text).toContain(
      t("id", "recap-title", {
        area: "Kalimantan Barat",
        period: "November 2026",
      }),
    );
    expect(text.length).toBeLessThanOrEqual(600);
    expect(
      (rows[0]!.payload as { reply_markup: { inline_keyboard: unknown[] } }).reply_markup.inline_keyboard.length,
    ).toBeGreaterThan(0);
    const files = await prisma.attachment.findMany({
      where: { id: { in: [rows[1]!.attachmentId!, rows[2]!.attachmentId!] } },
      orderBy: { id: "asc" },
    });
    expect(files.map((f) => [f.filename, f.mime])).toEqual([
      ["rekap-kalimantan-barat-2026-11.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      ["rekap-kalimantan-barat-2026-11.png", "image/png"],
    ]);
    expect(Buffer.from(files[0]!.bytes).subarray(0, 2).toString()).toBe("PK");
    expect(Buffer.from(files[1]!.bytes).subarray(1, 4).toString()).toBe("PNG");
    expect((rows[1]!.payload as { caption: string }).caption).toBe(
      t("id", "recap-file-caption", {
        area: "Kalimantan Barat",
        period: "November 2026",
      }),
    );
  });

  it("across the year end (January for December) and on day 28 of February", async () => {
    const clock = new FakeClock(new Date("2027-01-01T01:00:00Z"));
    await runRecapDelivery(env(clock));
    expect(await delivered()).toEqual(
      [fx.dinasKalbar.id, fx.dinasKaltara.id, papua.id].sort((a, b) => a - b).map((id) => `${id}:2026-12`),
    );
    await prisma.recapDelivery.deleteMany();
    clock.set("2027-02-27T23:00:00Z"); // 28 Feb 06:00 WIB, 07:00 WITA, 08:00 WIT
    await runRecapDelivery(env(clock, { RECAP_DAY: "28" }));
    expect(await delivered()).toEqual([`${papua.id}:2027-01`]);
    clock.set("2027-02-26T23:00:00Z"); // 27 Feb 08:00 WIT: before day 28, nothing is due
    await prisma.recapDelivery.deleteMany();
    await runRecapDelivery(env(clock, { RECAP_DAY: "28" }));
    expect(await delivered()).toEqual([]);
  });

  it("PMO only when they turn it on; DINAS unless they turn it off", async () => {
    await setRecapSubscription(prisma, fx.pmo.id, true);
    await setRecapSubscription(prisma, fx.dinasKaltara.id, false);
    const clock = new FakeClock(new Date("2026-12-01T03:00:00Z"));
    await runRecapDelivery(env(clock));
    expect(await delivered()).toEqual(
      [fx.dinasKalbar.id, fx.pmo.id, papua.id].sort((a, b) => a - b).map((id) => `${id}:2026-11`),
    );
    const pmoText = (
      await prisma.outbox.findUniqueOrThrow({
        where: { key: recapKeys("2026-11", fx.pmo.id).text },
      })
    ).payload as { text: string };
    expect(pmoText.text).toContain(
      t("id", "recap-title", {
        area: "Kabupaten Kubu Raya",
        period: "November 2026",
      }),
    );
  });

  it("exactly once: two schedulers racing, a second run, a restart, and a recap missed while down goes out once", async () => {
    const clock = new FakeClock(new Date("2026-12-05T03:00:00Z")); // the bot was down on the 1st
    const [a, b] = await Promise.all([runRecapDelivery(env(clock)), runRecapDelivery(env(clock))]);
    const sent = (r: typeof a) => r.reduce((n, x) => n + x.recipients, 0);
    expect(sent(a) + sent(b)).toBe(3);
    expect(await prisma.outbox.count()).toBe(9);
    clock.advance(15 * 60_000);
    expect(sent(await runRecapDelivery(env(clock)))).toBe(0); // the next tick
    expect(sent(await runRecapDelivery(env(new FakeClock(clock.now()))))).toBe(0); // a restarted instance
    expect(await prisma.outbox.count()).toBe(9);
    expect(await prisma.recapDelivery.count()).toBe(3);
  });
});
