// Belum lapor and "Ingatkan": who is listed (not started / draft / returned, in scope, per
// period), one nudge per coop per local day whoever sends it, the pengurus's message (who nudged,
// the reminder's "Isi laporan" button into the wizard), who may nudge whom, forged data.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { drainWith } from "../outbox/helpers.ts";
import { answers, coop, people, report } from "./fixtures.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

async function seed() {
  const p = await people(h);
  const none = await coop(h, 5001, p.budi.id, "Koperasi Anyar");
  const draft = await coop(h, 5002, p.budi.id, "Koperasi Draf");
  const returned = await coop(h, 5003, p.budi.id, "Koperasi Kembali");
  const sent = await coop(h, 5004, p.budi.id, "Koperasi Kirim");
  const other = await coop(h, 5005, p.ani.id, "Koperasi Lain");
  await report(h, draft.coop.id, "DRAFT");
  await report(h, returned.coop.id, "RETURNED");
  await report(h, sent.coop.id, "SUBMITTED");
  return { ...p, none, draft, returned, sent, other };
}

const outbox = () => h.prisma.outbox.findMany({ orderBy: { id: "asc" } });

describe("belum lapor and nudges", () => {
  it("lists the period's coops not reported (returned first, then not started, drafts), only the BA's own", async () => {
    await seed();
    const budi = h.user(2001);
    await budi.pressRaw("ov:n:0:2026-10", 1001);
    const text = budi.lastText()!;
    const lines = text.split("\n");
    expect(lines[0]).toBe(h.t("ov-nr-title", { period: "Oktober 2026", count: 3, from: 1, to: 3 }));
    expect(lines.slice(1, 4)).toEqual([
      h.t("ov-nr-line", { n: 1, coop: "Koperasi Kembali", state: h.t("ov-nr-state-RETURNED") }),
      h.t("ov-nr-line", { n: 2, coop: "Koperasi Anyar", state: h.t("ov-nr-state-NONE") }),
      h.t("ov-nr-line", { n: 3, coop: "Koperasi Draf", state: h.t("ov-nr-state-DRAFT") }),
    ]);
    expect(text).not.toContain("Koperasi Lain");
    expect(text.length).toBeLessThanOrEqual(600);
    // the PMO sees the whole kab/kota with each coop's BA
    const pmo = h.user(2101);
    await pmo.pressRaw("ov:n:0:2026-10", 1001);
    expect(pmo.lastText()).toContain(
      h.t("ov-nr-line-ba", { n: 3, coop: "Koperasi Lain", state: h.t("ov-nr-state-NONE"), ba: "Ani" }),
    );
    // an earlier period: every coop existed in September and none reported it
    await budi.pressRaw("ov:n:0:2026-09", 1001);
    expect(budi.lastText()!.split("\n")[0]).toBe(
      h.t("ov-nr-title", { period: "September 2026", count: 4, from: 1, to: 4 }),
    );
  });

  it("'Ingatkan' queues one message per pengurus saying who nudged, with the button into the report; once per coop per day", async () => {
    const { none } = await seed();
    const budi = h.user(2001);
    await budi.pressRaw("ov:n:0:2026-10", 1001);
    await budi.press((l) => l === h.t("ov-btn-nudge", { n: 2 })); // Koperasi Anyar
    expect(answers(h).at(-1)).toBe(h.t("ov-nudge-ok", { count: 1 }));
    let rows = await outbox();
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]!.chatId)).toBe(5001);
    const payload = rows[0]!.payload as {
      text: string;
      reply_markup: { inline_keyboard: Array<Array<{ callback_data: string }>> };
    };
    expect(payload.text).toBe(
      h.t("ov-nudge-msg", {
        name: "Budi",
        role: h.t("role-BA"),
        period: "Oktober 2026",
        coop: "Koperasi Anyar",
        state: h.t("ov-nudge-state-NONE"),
      }),
    );
    expect(payload.reply_markup.inline_keyboard[0]![0]!.callback_data).toBe(`rml:${none.coop.id}:2026-10`);
    // again today: by Budi or by the PMO → already; nothing queued
    await budi.press((l) => l === h.t("ov-btn-nudge", { n: 2 }));
    expect(answers(h).at(-1)).toBe(h.t("ov-nudge-already"));
    await h.user(2101).pressRaw(`ov:i:${none.coop.id}:2026-10`, 1001);
    expect(answers(h).at(-1)).toBe(h.t("ov-nudge-already"));
    expect(await h.prisma.nudge.count()).toBe(1);
    expect(await outbox()).toHaveLength(1);
    // the list marks it
    await budi.pressRaw("ov:n:0:2026-10", 1001);
    expect(budi.lastText()).toContain(
      `${h.t("ov-nr-line", { n: 2, coop: "Koperasi Anyar", state: h.t("ov-nr-state-NONE") })} ${h.t("ov-nr-nudged")}`,
    );
    // the next local day it may be nudged again
    h.clock.advance(24 * 3_600_000);
    await budi.pressRaw(`ov:i:${none.coop.id}:2026-10`, 1001);
    expect(answers(h).at(-1)).toBe(h.t("ov-nudge-ok", { count: 1 }));
    rows = await outbox();
    expect(rows).toHaveLength(2);
  });

  it("the pengurus receives the nudge and its button opens the report wizard", async () => {
    await seed();
    await h.user(2001).pressRaw("ov:n:0:2026-10", 1001);
    await h.user(2001).press((l) => l === h.t("ov-btn-nudge", { n: 2 }));
    await drainWith(h, { sleep: async () => undefined });
    const ketua = h.user(5001);
    expect(ketua.lastText()).toContain(h.t("role-BA"));
    const before = h.fake.calls.length;
    await ketua.press((l) => l === h.t("rem-button", { period: "Oktober 2026" }));
    expect(h.fake.calls.slice(before).some((c) => c.method === "answerCallbackQuery")).toBe(true);
    expect(answers(h).at(-1)).not.toBe(h.t("error-not-allowed"));
    expect(h.fake.calls.slice(before).filter((c) => c.method === "sendMessage").length).toBeGreaterThan(0); // the wizard's first question
  });

  it("'Ingatkan semua' nudges every listed coop once; a second press only counts them as already reminded", async () => {
    await seed();
    const budi = h.user(2001);
    await budi.pressRaw("ov:n:0:2026-10", 1001);
    await budi.press((l) => l === h.t("ov-btn-nudge-all"));
    expect(answers(h).at(-1)).toBe(h.t("ov-nudge-all-done", { sent: 3, people: 3, already: 0, skipped: 0 }));
    await budi.press((l) => l === h.t("ov-btn-nudge-all"));
    expect(answers(h).at(-1)).toBe(h.t("ov-nudge-all-done", { sent: 0, people: 0, already: 3, skipped: 0 }));
    expect(await h.prisma.nudge.count()).toBe(3);
    expect(new Set((await outbox()).map((r) => Number(r.chatId)))).toEqual(new Set([5001, 5002, 5003]));
  });

  it("who may nudge whom: not another BA's coop, not another kab/kota, not Dinas or pengurus; no reported coop, no future period", async () => {
    const { other, sent, none } = await seed();
    await h.user(2001).pressRaw(`ov:i:${other.coop.id}:2026-10`, 1001); // Budi → Ani's coop
    await h.user(2102).pressRaw(`ov:i:${none.coop.id}:2026-10`, 1001); // PMO Pontianak → Kubu Raya
    await h.user(2201).pressRaw(`ov:i:${none.coop.id}:2026-10`, 1001); // Dinas
    await h.user(5002).pressRaw(`ov:i:${none.coop.id}:2026-10`, 1001); // a pengurus
    await h.user(2001).pressRaw(`ov:i:${none.coop.id}:2026-11`, 1001); // November is not due yet
    await h.user(2001).pressRaw(`ov:I:0:2026-12`, 1001);
    await h.user(2001).pressRaw(`ov:i:999999:2026-10`, 1001); // no such coop
    expect(answers(h)).toEqual(Array(7).fill(h.t("error-not-allowed")));
    await h.user(2001).pressRaw(`ov:i:${sent.coop.id}:2026-10`, 1001);
    expect(answers(h).at(-1)).toBe(h.t("ov-nudge-reported"));
    expect(await h.prisma.nudge.count()).toBe(0);
    expect(await outbox()).toHaveLength(0);
  });
});
