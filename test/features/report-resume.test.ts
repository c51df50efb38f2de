// Nothing typed is lost: resume after a restart (a second bot on the same DB), after /batal days
// later, after the conversation state was dropped; two pengurus on one draft (no lost update).
import {
  checkDoneBtn,
  editBtn,
  editFieldBtn,
  mineBtn,
  noKendalaBtn,
  photosDoneBtn,
  sendBtn,
  theirsBtn,
} from "../../src/bot/features/report/callback-data.ts";
import { describe, it, expect, beforeEach } from "vitest";
import { fileReport } from "../helpers/report.ts";
import { createHarness, FakeClock, type Harness } from "../helpers/harness.ts";
import { seedCoop } from "./report-seed.ts";
import { loadView } from "../../src/services/reports/view.ts";
import type { Cooperative } from "../../src/generated/prisma/client.ts";

let h: Harness;
let coop: Cooperative;
const clock = () => new FakeClock(new Date("2026-11-03T03:00:00Z"));

beforeEach(async () => {
  h = await createHarness({ clock: clock() });
  ({ coop } = await seedCoop(h, {
    units: ["GERAI_SEMBAKO", "KLINIK"],
    members: [
      { tg: 701, name: "Siti" },
      { tg: 702, name: "Andi" },
    ],
    ba: { tg: 801, name: "Budi" },
  }));
});

async function values() {
  const rows = await h.prisma.reportValue.findMany({ where: { report: { coopId: coop.id } } });
  return Object.fromEntries(rows.map((r) => [r.field, r.intValue !== null ? r.intValue.toString() : r.text]));
}

describe("report resume", () => {
  it("after a restart the wizard continues at the same question (state in the DB)", async () => {
    const siti = h.user(701);
    await siti.command("lapor");
    await siti.send("12 jt / 300 / 5 jt");
    expect(siti.lastText()).toContain(h.t("step-header", { step: 2, total: 6 }));
    // the process restarts: a new bot on the same database
    const h2 = await createHarness({ keepDb: true, fake: h.fake, clock: clock() });
    const siti2 = h2.user(701);
    await siti2.send("6 jt / 150");
    expect(siti2.texts().at(-2)).toBe(h.t("rep-saved", { values: "Omzet Rp6.000.000 · Kunjungan pasien 150" }));
    expect(siti2.lastText()).toContain(h.t("step-header", { step: 3, total: 6 }));
    await siti2.send("80 / 2 / 3");
    await siti2.press(checkDoneBtn.pack());
    expect(await values()).toMatchObject({ "gerai.omzet": "12000000", "klinik.pasien": "150", "anggota.total": "80" });
  });

  it("a state stored before the opening step kept only its intro (the whole view in it) resumes as before", async () => {
    const siti = h.user(701);
    await siti.command("lapor");
    await siti.send("12 jt / 300 / 5 jt");
    // rewrite the stored opening step as the code before stored it: the whole view, no intro
    const row = await h.prisma.session.findFirstOrThrow({ where: { key: { startsWith: "conv:701" } } });
    type Entry = { returnValue?: { ret?: Record<string, unknown> } };
    const state = JSON.parse(row.value) as { state: { report: [{ replay: { receive: Entry[] } }] } };
    const opening = state.state.report[0].replay.receive.find(
      (e) => e.returnValue?.ret && "intro" in e.returnValue.ret,
    );
    const ret = opening!.returnValue!.ret!;
    expect(ret.view).toBeNull();
    delete ret.intro;
    ret.view = await loadView(h.prisma, (await h.prisma.monthlyReport.findFirstOrThrow()).id);
    await h.prisma.session.update({ where: { key: row.key }, data: { value: JSON.stringify(state) } });
    await siti.send("6 jt / 150");
    expect(siti.texts().at(-2)).toBe(h.t("rep-saved", { values: "Omzet Rp6.000.000 · Kunjungan pasien 150" }));
    expect(siti.lastText()).toContain(h.t("step-header", { step: 3, total: 6 }));
  });

  it("after /batal and three days, /lapor picks up at the first unanswered question", async () => {
    const siti = h.user(701);
    await siti.command("lapor");
    await siti.send("12 jt / 300");
    await siti.command("batal");
    expect(siti.lastText()).toBe(h.t("cancel-done"));
    h.clock.advance(3 * 24 * 3600_000);
    await siti.command("lapor");
    expect(siti.texts().at(-2)).toContain(h.t("rep-intro-resume", { due: "10 November 2026 23.59 WIB", count: 2 }));
    // only the part still missing is asked
    expect(siti.lastText()).toContain(h.t("rep-ask-one", { labels: "Belanja stok (Rp)", period: "Oktober 2026" }));
  });

  it("when the stored conversation was dropped (new app version), /lapor rebuilds the wizard from the DB", async () => {
    const siti = h.user(701);
    await siti.command("lapor");
    await siti.send("12 jt / 300 / 5 jt");
    const h2 = await createHarness({ keepDb: true, fake: h.fake, clock: clock(), conversationVersion: "next" });
    const s2 = h2.user(701);
    await s2.send("6 jt / 150");
    expect(s2.texts()).toContain(h.t("conversation-stale"));
    await s2.command("lapor");
    expect(s2.lastText()).toContain(h.t("rep-g-klinik"));
    await s2.send("6 jt / 150");
    expect(await values()).toMatchObject({ "gerai.stok": "5000000", "klinik.omzet": "6000000" });
  });

  it("another device of the same person (a second chat) continues the same draft", async () => {
    const siti = h.user(701);
    await siti.command("lapor");
    await siti.send("12 jt / 300 / 5 jt");
    await h.user(702).command("lapor"); // Andi, same coop, own phone
    expect(h.user(702).lastText()).toContain(h.t("rep-g-klinik"));
  });
});

describe("two pengurus on one draft", () => {
  it("the same field answered by both: the second sees the fresh value and chooses", async () => {
    const siti = h.user(701);
    const andi = h.user(702);
    await siti.command("lapor");
    await andi.command("lapor");
    await siti.send("12 jt / 300 / 5 jt");
    await andi.send("13 jt / 300 / 6 jt");
    const msg = andi.lastText()!;
    expect(msg).toContain(h.t("rep-conflict", { by: "Siti" }));
    expect(msg).toContain(
      h.t("rep-conflict-line", { label: "🛒 Gerai sembako – Omzet", current: "Rp12.000.000", mine: "Rp13.000.000" }),
    );
    expect(msg).toContain(
      h.t("rep-conflict-line", {
        label: "🛒 Gerai sembako – Belanja stok",
        current: "Rp5.000.000",
        mine: "Rp6.000.000",
      }),
    );
    // nothing was overwritten behind Siti's back
    expect(await values()).toMatchObject({ "gerai.omzet": "12000000", "gerai.stok": "5000000" });
    await andi.press(mineBtn.pack());
    expect(await values()).toMatchObject({ "gerai.omzet": "13000000", "gerai.stok": "6000000" });
    const events = await h.prisma.reportEvent.findMany({
      where: { field: "gerai.omzet" },
      include: { actor: true },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.actor!.fullName, e.before, e.after])).toEqual([
      ["Siti", null, "12000000"],
      ["Andi", "12000000", "13000000"],
    ]);
    expect(andi.lastText()).toContain(h.t("rep-g-klinik"));
  });

  it("keeping the other's value changes nothing; different fields at once never conflict", async () => {
    const siti = h.user(701);
    const andi = h.user(702);
    await siti.command("lapor");
    await andi.command("lapor");
    await siti.send("12 jt");
    await andi.send("13 jt / 310 / 5 jt");
    await andi.press(theirsBtn.pack());
    expect(await values()).toMatchObject({ "gerai.omzet": "12000000", "gerai.trx": "310", "gerai.stok": "5000000" });
  });

  it("Kirim after the other changed the draft shows the fresh summary; a late answer after submit is refused clearly", async () => {
    const siti = h.user(701);
    const andi = h.user(702);
    await fileReport(siti, { numbers: ["12 jt / 300 / 5 jt", "6 jt / 150", "80 / 2 / 3"], send: false });
    // Andi changes one answer from his summary while Siti looks at hers
    await andi.command("lapor");
    await andi.press(editBtn.pack());
    await andi.press(editFieldBtn.pack("anggota.baru"));
    await andi.send("4");
    await siti.press(sendBtn.pack());
    expect(siti.texts().at(-2)).toBe(h.t("rep-send-conflict"));
    expect(siti.lastText()).toContain("Anggota baru 4");
    expect((await h.prisma.monthlyReport.findFirstOrThrow()).status).toBe("DRAFT");
    await siti.press(sendBtn.pack());
    expect((await h.prisma.monthlyReport.findFirstOrThrow()).status).toBe("SUBMITTED");
    // Andi's wizard still shows his summary: sending again is refused with who sent it
    await andi.press(sendBtn.pack());
    expect(andi.lastText()).toBe(h.t("rep-locked", { by: "Siti" }));
  });

  it("an answer typed after the other submitted is not saved, and the user is told who sent it", async () => {
    const siti = h.user(701);
    const andi = h.user(702);
    await siti.command("lapor");
    await siti.send("12 jt / 300 / 5 jt");
    await andi.command("lapor"); // Andi waits at the klinik question
    await siti.send("6 jt / 150");
    await siti.send("80 / 2 / 3");
    await siti.press(checkDoneBtn.pack());
    await siti.press(noKendalaBtn.pack());
    await siti.press(photosDoneBtn.pack());
    await siti.press(sendBtn.pack());
    await andi.send("7 jt / 160");
    expect(andi.lastText()).toBe(h.t("rep-locked", { by: "Siti" }));
    expect(await values()).toMatchObject({ "klinik.omzet": "6000000" });
  });
});
