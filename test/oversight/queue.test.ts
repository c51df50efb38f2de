// The review queue in /koperasiku: contents (SUBMITTED only, in scope), order (longest waiting
// first, late ones flagged), a BA reviews in ≤ 3 taps from the dashboard with the notification's
// own buttons, a PMO sees their kab/kota's queue and can review; scope and forged data refused.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { counted } from "../features/report-seed.ts";
import { answers, coop, people, report } from "./fixtures.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { REVIEW_SLA_DAYS: "2" } });
});

async function seed() {
  const p = await people(h);
  const a = await coop(h, 5001, p.budi.id, "Koperasi Alpha");
  const b = await coop(h, 5002, p.budi.id, "Koperasi Beta");
  const c = await coop(h, 5003, p.ani.id, "Koperasi Gamma");
  const d = await coop(h, 5004, p.budi.id, "Koperasi Delta");
  // Beta waits since Wed 18 Nov (late: 2 working days ended Fri 20 Nov); Alpha since Mon 23 Nov
  const ra = await report(h, a.coop.id, "SUBMITTED", "2026-11-23T03:00:00Z");
  const rb = await report(h, b.coop.id, "SUBMITTED", "2026-11-18T03:00:00Z");
  const rc = await report(h, c.coop.id, "SUBMITTED", "2026-11-19T03:00:00Z");
  await report(h, a.coop.id, "ACCEPTED", "2026-10-05T03:00:00Z", "2026-09");
  await report(h, d.coop.id, "RETURNED", "2026-11-10T03:00:00Z");
  return { ...p, a, b, c, d, ra, rb, rc };
}

const queueHead = (texts: string[], title: string) => texts.find((t) => t.startsWith(title));

describe("review queue", () => {
  it("a BA's /koperasiku starts with 'Perlu diperiksa (n)': their SUBMITTED reports, oldest first, late flagged", async () => {
    await seed();
    const budi = h.user(2001);
    await budi.command("koperasiku");
    const texts = budi.texts();
    const head = queueHead(texts, h.t("ov-queue-title", { count: 2 }))!;
    expect(head).toBeDefined();
    expect(texts.indexOf(head)).toBe(0); // first, before the coop list
    const lines = head.split("\n");
    expect(lines[1]).toBe(
      `${h.t("ov-queue-line", { n: 1, coop: "Koperasi Beta", period: "Oktober 2026", at: "18 November 2026" })} ${h.t("ov-queue-late")}`,
    );
    expect(lines[2]).toBe(
      h.t("ov-queue-line", { n: 2, coop: "Koperasi Alpha", period: "Oktober 2026", at: "23 November 2026" }),
    );
    expect(head).not.toContain("Gamma"); // Ani's
    expect(head.length).toBeLessThanOrEqual(600);
    expect(head).toContain(h.t("ov-not-reported-count", { period: "Oktober 2026", count: 1 })); // Delta was returned
  });

  it("a BA reviews from the dashboard in ≤ 3 taps: open → Terima (the notification's flow)", async () => {
    const { rb } = await seed();
    const budi = h.user(2001);
    const taps = counted(budi);
    await budi.command("koperasiku");
    taps.n = 0;
    await budi.press((l) => l === h.t("ov-btn-open", { n: 1 }));
    const card = budi.lastText()!;
    expect(card.startsWith(h.t("ov-card-title", { period: "Oktober 2026", coop: "Koperasi Beta" }))).toBe(true);
    expect(card).toContain(h.t("ov-card-late", { days: 2 }));
    expect(card.length).toBeLessThanOrEqual(600);
    expect(budi.buttons().map((b) => b.data)).toEqual([`rpr:a:${rb.id}:1`, `rpr:r:${rb.id}:1`, `rph:${rb.id}`]);
    await budi.press((l) => l === h.t("rep-review-accept"));
    expect(taps.n).toBeLessThanOrEqual(3);
    expect((await h.prisma.monthlyReport.findUniqueOrThrow({ where: { id: rb.id } })).status).toBe("ACCEPTED");
    expect(h.fake.textsTo(5002).at(-1)).toContain("Koperasi Beta");
    // the queue now holds one report
    await budi.command("koperasiku");
    expect(queueHead(budi.texts(), h.t("ov-queue-title", { count: 1 }))).toBeDefined();
    expect(answers(h).filter((t) => t === h.t("error-not-allowed"))).toEqual([]);
  });

  it("Kembalikan from the queue opens the same return dialogue as the notification", async () => {
    await seed();
    const budi = h.user(2001);
    await budi.command("koperasiku");
    await budi.press((l) => l === h.t("ov-btn-open", { n: 2 }));
    await budi.press((l) => l === h.t("rep-review-return"));
    expect(budi.lastText()).toContain("Koperasi Alpha");
    expect(budi.buttons().some((b) => b.text === h.t("rep-ret-next"))).toBe(true);
  });

  it("a PMO sees every BA's queue of their kab/kota (with the BA's name) and can review", async () => {
    const { rc } = await seed();
    const pmo = h.user(2101);
    await pmo.command("koperasiku");
    const head = queueHead(pmo.texts(), h.t("ov-queue-title", { count: 3 }))!;
    expect(head).toContain(
      h.t("ov-queue-line-ba", {
        n: 2,
        coop: "Koperasi Gamma",
        period: "Oktober 2026",
        at: "19 November 2026",
        ba: "Ani",
      }),
    );
    await pmo.press((l) => l === h.t("ov-btn-open", { n: 2 }));
    await pmo.press((l) => l === h.t("rep-review-accept"));
    const r = await h.prisma.monthlyReport.findUniqueOrThrow({ where: { id: rc.id }, include: { reviews: true } });
    expect(r.status).toBe("ACCEPTED");
    expect(r.reviews[0]!.reviewerId).toBe((await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 2101n } })).id);
  });

  it("pages the whole queue and refuses reports out of scope, forged data and non-overseers", async () => {
    const { rb, rc } = await seed();
    const budi = h.user(2001);
    await budi.pressRaw("ov:q:0:0", 1001);
    expect(budi.lastText()!.startsWith(h.t("ov-queue-page", { count: 2, from: 1, to: 2 }))).toBe(true);
    await budi.pressRaw(`ov:o:${rc.id}:0`, 1001); // Ani's report
    await h.user(2102).pressRaw(`ov:o:${rb.id}:0`, 1001); // PMO of another kab/kota
    await h.user(2201).pressRaw("ov:q:0:0", 1001); // Dinas: no queue
    await h.user(5001).pressRaw("ov:q:0:0", 1001); // a pengurus
    await budi.pressRaw("ov:z:1:0", 1001); // malformed
    await budi.pressRaw("ov:zz:1:0", 1001); // a forged screen code
    await budi.pressRaw("ov:QU:0:0", 1001); // the queue's code in the wrong case
    expect(answers(h).slice(-7)).toEqual(Array(7).fill(h.t("error-not-allowed")));
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED" } })).toBe(7);
    // a decided report is stale from the queue: answered, nothing changes
    await h.prisma.monthlyReport.update({ where: { id: rb.id }, data: { status: "ACCEPTED" } });
    await budi.pressRaw(`ov:o:${rb.id}:0`, 1001);
    expect(answers(h).at(-1)).toBe(h.t("rep-review-stale", { status: h.t("rep-status-ACCEPTED"), version: 1 }));
  });

  it("the staff menu button opens the same head; pengurus are told it is for staff", async () => {
    await seed();
    const budi = h.user(2001);
    await budi.send(h.t("menu-queue"));
    expect(queueHead(budi.texts(), h.t("ov-queue-title", { count: 2 }))).toBeDefined();
    const ketua = h.user(5001);
    await ketua.send(h.t("menu-queue"));
    expect(ketua.lastText()).toBe(h.t("ov-not-staff"));
  });
});
