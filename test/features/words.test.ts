// The words users read where they depend on who reads them: the /bantuan footer and the answer to
// a message the bot does not understand tell a pengurus how to ask for help (🆘 Minta bantuan,
// /mintabantuan) and staff where requests are.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { registerCoop } from "../helpers/registration.ts";
import { seedUser } from "./report-seed.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

describe("words by role", () => {
  it("a pengurus's /bantuan ends with how to ask for help; a BA's with where the requests are", async () => {
    const ketua = h.user(5601);
    await registerCoop(h, ketua);
    await ketua.command("bantuan");
    // a new coop has no BA and its kab/kota no PMO: the admin programme answers (issue 23.9)
    expect(ketua.lastText()).toContain(h.t("help-footer-admin-answers"));
    expect(h.t("help-footer-admin-answers")).toContain("/mintabantuan");
    await seedUser(h, { tg: 5602, name: "Bu BA", role: "BA", regencyCode: "61.12" });
    const ba = h.user(5602);
    await ba.command("bantuan");
    expect(ba.lastText()).toContain(h.t("help-footer-staff"));
    expect(ba.lastText()).not.toContain(h.t("help-footer"));
  });

  it("an unclear message: a pengurus is pointed to 🆘 Minta bantuan, staff to /bantuan", async () => {
    const ketua = h.user(5603);
    await registerCoop(h, ketua);
    await ketua.send("bagaimana cara isi laporan?");
    expect(ketua.lastText()).toBe(h.t("unknown-input"));
    expect(ketua.lastText()).toContain(h.t("menu-help-request"));
    await seedUser(h, { tg: 5604, name: "Pak PMO", role: "PMO", regencyCode: "61.12" });
    const pmo = h.user(5604);
    await pmo.send("halo");
    expect(pmo.lastText()).toBe(h.t("unknown-input-staff"));
  });
});
