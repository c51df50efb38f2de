// Every callback query is answered: each step of the report, return, invite, assignment and
// help-request wizards gets an unexpected wizard button on its prompt and a stale one (an old
// message) before its real answer; each press must be answered (answerCallbackQuery), and the
// wizard stays at the same step.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, FakeClock, type Harness } from "../helpers/harness.ts";
import type { TestUser } from "../helpers/test-user.ts";
import { seedCoop } from "./report-seed.ts";
import { admin, coopWithKetua, staff, VILLAGES } from "./help-fixtures.ts";
import { w } from "../../src/bot/kit/index.ts";
import * as rep from "../../src/bot/features/report/callback-data.ts";
import * as inv from "../../src/bot/features/invite/callback-data.ts";
import * as asg from "../../src/bot/features/assignment/callback-data.ts";
import * as help from "../../src/bot/features/help-request/callback-data.ts";

let h: Harness;
let probes = 0;

/** An unexpected wizard button on the current prompt and a stale one: both answered, nothing moves. */
async function probe(u: TestUser) {
  const before = h.fake.byMethod("answerCallbackQuery").length;
  const last = u.lastText();
  await u.pressRaw(w("zz:unexpected"), u.lastMessageId());
  await u.pressRaw(w("ok"), 1);
  const answers = h.fake.byMethod("answerCallbackQuery").slice(before);
  expect(answers).toHaveLength(2);
  expect(answers.every((a) => a.payload.text === h.t("error-stale-button"))).toBe(true);
  expect(u.lastText()).toBe(last);
  probes += 1;
}

beforeEach(async () => {
  h = await createHarness({ clock: new FakeClock(new Date("2026-11-03T03:00:00Z")) });
  probes = 0;
});

describe("every callback query is answered, at every wizard step", () => {
  it("report wizard, summary, Ubah, implausible value, land pin, and the reviewer's return dialogue", async () => {
    await seedCoop(h, { units: ["KLINIK"], members: [{ tg: 161, name: "Wati" }], ba: { tg: 261, name: "Agus" } });
    const u = h.user(161);
    const ba = h.user(261);
    await u.command("lapor");
    await probe(u); // numbers (with "not operating")
    await u.send("6 jt / 150");
    await probe(u); // members (no buttons)
    await u.send("80 / 2 / 300");
    await probe(u); // implausible value: confirm
    await u.press(rep.oddYesBtn.pack());
    await probe(u); // checklist
    await h.handle({
      message: {
        message_id: 9001,
        date: 0,
        chat: { id: 161, type: "private", first_name: "Wati" },
        from: u.from,
        location: { latitude: -0.02, longitude: 109.34 },
      },
    });
    await probe(u); // which land?
    await u.press(rep.landBtn.pack("LAND_GERAI"));
    await u.press(rep.checkDoneBtn.pack());
    await probe(u); // kendala
    await u.press(rep.noKendalaBtn.pack());
    await probe(u); // photos
    await u.press(rep.photosDoneBtn.pack());
    await probe(u); // summary
    await u.press(rep.editBtn.pack());
    await probe(u); // the list of fields to change
    await u.press(rep.editBackBtn.pack());
    await u.press(rep.sendBtn.pack());
    const report = await h.prisma.monthlyReport.findFirstOrThrow();
    expect(report.status).toBe("SUBMITTED");

    await ba.press(rep.reviewCb.pack("r", report.id, 1));
    await probe(ba); // flag fields
    await ba.press(rep.flagBtn.pack("kendala"));
    await ba.press(rep.returnNextBtn.pack());
    await probe(ba); // comment (no buttons)
    await ba.send("Mohon jelaskan kendalanya.");
    expect((await h.prisma.monthlyReport.findFirstOrThrow()).status).toBe("RETURNED");
    expect(probes).toBe(11);
  });

  it("a pasted report template: the save/cancel question", async () => {
    const { coop } = await seedCoop(h, { units: ["KLINIK"], members: [{ tg: 162, name: "Rudi" }] });
    const u = h.user(162);
    await u.send(
      [`#LAPORAN K${coop.id} 2026-10`, "Klinik – Omzet (Rp): 6 jt", "Klinik – Kunjungan pasien: 150"].join("\n"),
    );
    await probe(u);
    await u.press(rep.tplCancelBtn.pack());
    expect(await h.prisma.reportValue.count()).toBe(0);
  });

  it("invite wizard: role, wilayah picker (list and search), uses, days", async () => {
    await admin(h);
    const a = h.user(900001, "Admin");
    await a.command("undang");
    await probe(a);
    await a.press(inv.roleBtn.pack("BA"));
    await probe(a); // province list
    await a.press((l) => l === h.t("btn-next"));
    await probe(a); // its second page
    await a.press((l) => l === "Kalimantan Barat");
    await probe(a); // regency list
    await a.send("kubu");
    await probe(a); // search results
    await a.press((l) => l === "Kabupaten Kubu Raya");
    await probe(a);
    await a.press(inv.usesBtn.pack(1));
    await probe(a);
    await a.press(inv.daysBtn.pack(7));
    expect(await h.prisma.invite.count()).toBe(1);
  });

  it("assignment wizard: kab/kota picker, kecamatan and coops, BA, confirm", async () => {
    await admin(h);
    const ba = await staff(h, 2002, "BA", { name: "Ani" });
    const { coop } = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001, name: "Siti" });
    const a = h.user(900001, "Admin");
    await a.command("tugaskan");
    await probe(a);
    await a.press((l) => l.startsWith("Kab. Kubu Raya"));
    await probe(a); // kecamatan
    await a.press(asg.districtBtn.pack(coop.districtCode));
    await probe(a); // coops
    await a.press(asg.coopBtn.pack(coop.id));
    await a.press(asg.nextBtn.pack());
    await probe(a); // BA
    await a.press(asg.baBtn.pack(ba.id));
    await probe(a); // confirm
    await a.press(asg.confirmBtn.pack());
    expect((await h.prisma.cooperative.findUniqueOrThrow({ where: { id: coop.id } })).assignedBaId).toBe(ba.id);
  });

  it("help-request wizard: category, description, file", async () => {
    const ba = await staff(h, 2001, "BA", { name: "Budi" });
    await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001, name: "Siti" }, { baId: ba.id });
    const s = h.user(5001, "Siti");
    await s.command("mintabantuan");
    await probe(s);
    await s.press(help.categoryBtn.pack("LEGAL"));
    await probe(s);
    await s.send("Kami perlu izin usaha untuk gerai sembako");
    await probe(s);
    await s.press(help.skipFileBtn.pack());
    expect(await h.prisma.helpRequest.count()).toBe(1);
  });
});
