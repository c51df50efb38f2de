// Issue 23.6: a pengurus answers the reviewer's question in the fix flow (stored with the new
// version, shown in the BA's review and in /riwayat), and the BA's change list shows only what
// really changed — not "💊 Apotek: beroperasi?: (kosong) → beroperasi". Demo data: Lingga's October
// report was returned by Rina asking whether the apotek's omzet includes sales to the puskesmas.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { seedDemo } from "../../src/seed/demo.ts";
import { changesIn, type HistoryEvent } from "../../src/services/reports/history.ts";
import { MESSAGE_LIMIT } from "../../src/lib/text.ts";

const RINA = 5_200_000_001;
const SITI = 5_100_000_004;
const ANSWER = "Sudah termasuk penjualan ke puskesmas, Rp20 juta bulan ini.";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await seedDemo(h.prisma, h.clock);
});

describe("answering the reviewer", () => {
  it("the typed answer is not taken for a wrong figure; the answer reaches the BA with the new version", async () => {
    const siti = h.user(SITI);
    const rina = h.user(RINA);
    await siti.command("lapor");
    await siti.send("apakah sudah termasuk penjualan ke puskesmas? sudah");
    expect(siti.texts().some((x) => x.includes(h.t("rep-words-kept", { by: "Rina Marlina", example: "9 jt" })))).toBe(
      true,
    );
    await siti.send("31 jt");
    await siti.press((l) => l === h.t("rep-reply-send"));
    expect(siti.lastText()).toContain("puskesmas");
    expect(siti.lastText()).toContain(h.t("rep-reply-skip").slice(2));
    await siti.send(ANSWER);
    const report = await h.prisma.monthlyReport.findFirstOrThrow({
      where: { coop: { name: { endsWith: "Lingga" } }, status: "SUBMITTED" },
    });
    // the words typed at the figure were kept first; the answer given when resending is the last word
    const ev = await h.prisma.reportEvent.findFirstOrThrow({
      where: { reportId: report.id, action: "REPLIED" },
      orderBy: { id: "desc" },
    });
    expect([ev.after, ev.version]).toEqual([ANSWER, report.version]);

    const review = rina
      .texts()
      .filter((x) => x.includes(h.t("rep-review-reply", { by: "Siti Aminah", reply: ANSWER })));
    expect(review).toHaveLength(1);
    const all = rina.texts().join("\n");
    expect(all).toContain(h.t("rep-changes-title"));
    expect(all).not.toContain(h.t("rep-f-aktif", { unit: h.t("rep-g-apotek") }));
    for (const x of rina.texts()) expect(x.length).toBeLessThanOrEqual(MESSAGE_LIMIT);

    await rina.command("riwayat");
    expect(rina.texts().length).toBeGreaterThan(0);
  });

  it("Kirim ulang sends as before, no answer; Lewati after 'Jawab' sends without one too", async () => {
    const siti = h.user(SITI);
    await siti.command("lapor");
    await siti.send("31 jt");
    await siti.press((l) => l === h.t("rep-reply-send"));
    await siti.press((l) => l === h.t("rep-reply-skip"));
    expect(
      await h.prisma.monthlyReport.count({ where: { status: "SUBMITTED", coop: { name: { endsWith: "Lingga" } } } }),
    ).toBe(1);
    expect(await h.prisma.reportEvent.count({ where: { action: "REPLIED" } })).toBe(0);
    // a report not returned offers no answer button
    expect(siti.buttons().map((b) => b.text)).not.toContain(h.t("rep-reply-send"));
  });
});

describe("words typed where a figure is asked", () => {
  it("are kept as the answer to the reviewer's note and reach the BA with a plain Kirim ulang", async () => {
    const siti = h.user(SITI);
    const rina = h.user(RINA);
    await siti.command("lapor");
    const words = "Sudah termasuk penjualan ke puskesmas";
    await siti.send(words);
    const report = await h.prisma.monthlyReport.findFirstOrThrow({
      where: { coop: { name: { endsWith: "Lingga" } }, status: "RETURNED" },
    });
    const kept = await h.prisma.reportEvent.findFirstOrThrow({ where: { reportId: report.id, action: "REPLIED" } });
    expect([kept.after, kept.version]).toEqual([words, report.version + 1]);
    expect(siti.texts().at(-2)).toContain(h.t("rep-words-kept", { by: "Rina Marlina", example: "9 jt" }));
    await siti.send("31 jt");
    await siti.press((l) => l === h.t("rep-send-again"));
    const sent = await h.prisma.monthlyReport.findUniqueOrThrow({ where: { id: report.id } });
    expect([sent.status, sent.version]).toEqual(["SUBMITTED", kept.version]);
    expect(rina.texts().some((x) => x.includes(h.t("rep-review-reply", { by: "Siti Aminah", reply: words })))).toBe(
      true,
    );
  });
});

describe("the change list", () => {
  const ev = (field: string, before: string | null, after: string | null): HistoryEvent => ({
    action: "VALUE_SET",
    field,
    before,
    after,
    version: 3,
    at: "2026-11-03T03:00:00.000Z",
    by: "Siti",
  });

  it("a unit confirmed as operating (never stored → '1') is no change; closing it is", () => {
    expect(changesIn([ev("apotek.aktif", null, "1"), ev("apotek.omzet", "65000000", "31000000")], 3)).toEqual([
      { field: "apotek.omzet", before: "65000000", after: "31000000" },
    ]);
    expect(changesIn([ev("apotek.aktif", null, "0")], 3)).toHaveLength(1);
    expect(changesIn([ev("gerai.omzet", "5", "6"), ev("gerai.omzet", "6", "5")], 3)).toEqual([]);
  });
});
