// A coop without a BA (issue 23.9): /bantuan says who really answers, and the PMO of the kab/kota
// gets each help request once, also after the reminder and the escalation to the admins.
import { categoryBtn, skipFileBtn } from "../../src/bot/features/help-request/callback-data.ts";
import { describe, it, expect, beforeEach } from "vitest";
import type { Harness } from "../helpers/harness.ts";
import { admin, coopWithKetua, slaHarness, staff, sweepSla, VILLAGES } from "./help-fixtures.ts";

let h: Harness;
beforeEach(async () => {
  h = await slaHarness();
});

const sweep = () => sweepSla(h);

async function ask() {
  const siti = h.user(5001);
  await siti.send(h.t("menu-help-request"));
  await siti.press(categoryBtn.pack("SIMKOPDES"));
  await siti.send("Tidak bisa masuk ke aplikasi SIMKOPDES sejak kemarin");
  await siti.press(skipFileBtn.pack());
  return siti;
}

describe("help for a coop without a BA", () => {
  it("/bantuan names the PMO of the kab/kota, else the programme admin, and the BA when there is one", async () => {
    await admin(h);
    await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001, name: "Siti" });
    await h.user(5001).send("/bantuan");
    expect(h.user(5001).lastText()).toContain(h.t("help-footer-admin-answers"));
    expect(h.user(5001).lastText()).not.toContain(h.t("help-footer"));

    await staff(h, 2101, "PMO", { name: "Pak PMO" });
    await h.user(5001).send("/bantuan");
    expect(h.user(5001).lastText()).toContain(h.t("help-footer-pmo-answers"));
    expect((h.user(5001).lastText() ?? "").length).toBeLessThanOrEqual(600);

    const ba = await staff(h, 2001, "BA", { name: "Budi" });
    await coopWithKetua(h, VILLAGES.batuAmpar, { telegramId: 5002, name: "Rina" }, { baId: ba.id });
    await h.user(5002).send("/bantuan");
    expect(h.user(5002).lastText()).toContain(h.t("help-footer"));
  });

  it("the PMO gets the request once, then one reminder, and nothing more when it goes to the admins", async () => {
    await admin(h);
    await staff(h, 2101, "PMO", { name: "Pak PMO" });
    await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001, name: "Siti" });
    await ask();
    await h.drain();
    const pmoTexts = () =>
      h
        .user(2101)
        .texts()
        .filter((t) => t.includes("#PB-000001"));
    expect(pmoTexts()).toHaveLength(1);
    h.clock.set("2026-11-24T05:00:00Z");
    await sweep();
    h.clock.set("2026-11-24T07:00:00Z");
    await sweep();
    h.clock.set("2026-11-24T09:00:00Z");
    await sweep();
    h.clock.set("2026-12-24T09:00:00Z");
    await sweep();
    expect(pmoTexts()).toHaveLength(2);
  });
});
