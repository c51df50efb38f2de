// Issue 23.4: staff lists within 600 characters with the demo data, paged like the other lists:
// a BA's /koperasiku, a PMO's view of a BA's coops (every coop reached once over the pages), and
// the automatic monthly recap.
import { describe, it, expect, beforeAll } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { seedDemo } from "../../src/seed/demo.ts";
import { MESSAGE_LIMIT } from "../../src/lib/text.ts";
import { createI18n, LocaleCache } from "../../src/i18n.ts";
import { recapKeys, recapMessages, runRecapDelivery } from "../../src/jobs/recap-delivery.ts";
import { parseConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { wsCb, wsPageCb } from "../../src/bot/features/workspace/callback-data.ts";
import type { TestUser } from "../helpers/test-user.ts";

const RINA = 5_200_000_001;
const HENDRA = 5_200_000_003;
const MARIA = 5_200_000_004;

let h: Harness;

/** Buttons of the newest message in the chat that shows a BA's list (other screens may follow it). */
function listButtons(u: TestUser): Array<{ text: string; data: string }> {
  for (const c of [...h.fake.calls].reverse()) {
    if (Number(c.payload.chat_id) !== u.id || !c.payload.reply_markup?.inline_keyboard) continue;
    const bs = (c.payload.reply_markup.inline_keyboard as Array<Array<{ text: string; callback_data: string }>>)
      .flat()
      .map((b) => ({ text: b.text, data: b.callback_data }));
    if (bs.some((b) => wsCb.unpack(b.data)?.kind === "c")) return bs;
  }
  return [];
}

/** Pages through a BA's list; returns the coop ids behind the number buttons, page by page. */
async function allPages(u: TestUser, mark: number): Promise<number[]> {
  const seen: number[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const bs = listButtons(u);
    for (const b of bs) {
      const d = wsCb.unpack(b.data);
      if (d?.kind === "c") seen.push(Number(d.id));
    }
    const next = bs.find((b) => b.text === h.t("btn-next") && b.data.startsWith("wsp:"));
    if (!next) break;
    await u.press(next.data);
  }
  for (const text of u.texts().slice(mark)) expect(text.length, text).toBeLessThanOrEqual(MESSAGE_LIMIT);
  return seen;
}

describe("staff lists on the demo data", () => {
  beforeAll(async () => {
    h = await createHarness();
    await seedDemo(h.prisma, h.clock);
  }, 180_000);

  it("a BA's /koperasiku: every page ≤ 600 characters, each coop on exactly one page", async () => {
    const rina = h.user(RINA);
    const mine = await h.prisma.cooperative.findMany({
      where: { assignedBa: { telegramId: BigInt(RINA) } },
      select: { id: true },
    });
    expect(mine.length).toBeGreaterThan(10);
    await rina.command("koperasiku");
    const seen = await allPages(rina, 0);
    expect([...seen].sort((a, b) => a - b)).toEqual(mine.map((c) => c.id).sort((a, b) => a - b));
    expect(rina.texts().some((x) => x.includes("Teluk Nangka"))).toBe(true);
  });

  it("the PMO's view of a BA's coops: paged the same way", async () => {
    const hendra = h.user(HENDRA);
    await hendra.command("koperasiku");
    const mark = hendra.texts().length;
    await hendra.press((l) => l.startsWith("Rina"));
    const seen = await allPages(hendra, mark);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await h.prisma.cooperative.count({ where: { assignedBa: { telegramId: BigInt(RINA) } } }));
  });

  it("another BA cannot page through Rina's list (refused like other forged buttons)", async () => {
    const rina = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: BigInt(RINA) } });
    const dedi = h.user(5_200_000_002);
    await dedi.pressRaw(wsPageCb.pack(rina.id, 6), 1001);
    const answer = h.fake.calls.filter((c) => c.method === "answerCallbackQuery").at(-1)!;
    expect(answer.payload.text).toBe(h.t("error-not-allowed"));
  });

  it("/rekap for Dinas, the PMO and the admin, one level down too: each message ≤ 600", async () => {
    for (const id of [MARIA, HENDRA, 5_200_000_005]) {
      const u = h.user(id);
      const mark = u.texts().length;
      await u.command("rekap");
      await u.press((l) => /^\d/.test(l)); // into the first area below
      for (const text of u.texts().slice(mark)) expect(text.length, text).toBeLessThanOrEqual(MESSAGE_LIMIT);
    }
  });

  it("the automatic monthly recap Dinas receives ≤ 600 characters", async () => {
    const i18n = createI18n("id", new LocaleCache());
    const config = parseConfig({ LOG_LEVEL: "silent", RECAP_DAY: "1", RECAP_HOUR: "8" });
    h.clock.set("2026-12-01T01:00:00Z"); // 08:00 WIB on 1 December
    await runRecapDelivery({
      deps: { prisma: h.prisma, clock: h.clock, config, logger: createLogger("silent") },
      t: (l, k, v) => i18n.t(l ?? "id", k, v),
    });
    const maria = await h.prisma.user.findUniqueOrThrow({ where: { telegramId: BigInt(MARIA) } });
    const key = recapKeys("2026-11", maria.id).text;
    const rows = await h.prisma.outbox.findMany({ where: { key: { startsWith: key } }, orderBy: { id: "asc" } });
    const texts = rows.map((r) => (r.payload as { text: string }).text);
    for (const text of texts) expect(text.length, text).toBeLessThanOrEqual(MESSAGE_LIMIT);
    // nothing left out: every line of the recap is in one of its messages, the buttons under the last
    const lines = texts.join("\n").split("\n");
    for (const k of ["Cakupan:", "Kesiapan:"]) expect(lines.some((l) => l.startsWith(k))).toBe(true);
    expect(rows.map((r) => "reply_markup" in (r.payload as object))).toEqual(
      texts.map((_, i) => i === texts.length - 1),
    );
  });

  it("a recap longer than one message is split on line ends: every line kept, '(1/2)' in the title", () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Baris ${i + 1}: ${"angka ".repeat(10)}`);
    const body = ["📊 Rekap Indonesia — November 2026", ...lines].join("\n");
    const pages = recapMessages("🗓 Rekap bulanan otomatis", body);
    expect(pages.length).toBe(2);
    expect(pages[0]).toContain("📊 Rekap Indonesia — November 2026 (1/2)");
    expect(pages[1]!.startsWith("📊 Rekap Indonesia — November 2026 (2/2)\n")).toBe(true);
    for (const p of pages) expect(p.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    for (const l of lines) expect(pages.join("\n")).toContain(l);
    expect(recapMessages("intro", "short")).toEqual(["intro\n\nshort"]);
  });
});
