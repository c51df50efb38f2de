// /tugaskan through the real bot: multi-select by kecamatan, lightest-load suggestion, the BA and
// the pengurus notified, reassignment (old and new BA told, history kept, open requests follow).
import { categoryBtn, helpCb, skipFileBtn } from "../../src/bot/features/help-request/callback-data.ts";
import { describe, it, expect, beforeEach } from "vitest";
import {
  baBtn,
  confirmBtn,
  coopBtn,
  districtBtn,
  nextBtn,
  otherDistrictBtn,
} from "../../src/bot/features/assignment/callback-data.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { admin, callbackAnswers, coopWithKetua, staff, VILLAGES } from "./help-fixtures.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

async function seed() {
  await admin(h);
  const budi = await staff(h, 2001, "BA", { name: "Budi", username: "budiba" });
  const ani = await staff(h, 2002, "BA", { name: "Ani", username: "aniba", phone: "+6281100002002" });
  const pmo = await staff(h, 2101, "PMO", { name: "Pak PMO" });
  const c = {
    ambarawa: await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001, name: "Siti", phone: "+6281200005001" }),
    batuAmpar: await coopWithKetua(h, VILLAGES.batuAmpar, { telegramId: 5002, name: "Rahmat", username: "rahmat" }),
    medanMas: await coopWithKetua(h, VILLAGES.medanMas, { telegramId: 5003, name: "Dewi" }),
    muaraTiga: await coopWithKetua(h, VILLAGES.muaraTiga, { telegramId: 5004, name: "Joko" }, { baId: budi.id }),
    kmA: await coopWithKetua(h, VILLAGES.kualaMandorA, { telegramId: 5005, name: "Yanti" }),
    kmB: await coopWithKetua(h, VILLAGES.kualaMandorB, { telegramId: 5006, name: "Agus" }),
    pallima: await coopWithKetua(h, VILLAGES.pallima, { telegramId: 5007, name: "Lina" }),
  };
  return { budi, ani, pmo, c };
}

describe("assignment", () => {
  it("admin assigns five coops picked across two kecamatan; the lightest BA is suggested; BA and pengurus are told", async () => {
    const { ani, c } = await seed();
    const a = h.user(900001, "Admin");
    await a.command("tugaskan");
    expect(a.lastText()).toContain(h.t("asg-regency-ask"));
    expect(a.buttons().map((b) => b.text.replace(/ \(.*/, ""))).toEqual(["Kab. Kubu Raya", "Kota Pontianak"]);
    await a.press((l) => l.startsWith("Kab. Kubu Raya"));
    await a.press(districtBtn.pack("61.12.05"));
    for (const x of [c.ambarawa, c.batuAmpar, c.medanMas]) await a.press(coopBtn.pack(x.coop.id));
    await a.press(coopBtn.pack(c.medanMas.coop.id)); // untick
    await a.press(coopBtn.pack(c.medanMas.coop.id)); // tick again
    await a.press(otherDistrictBtn.pack());
    await a.press(districtBtn.pack("61.12.02"));
    await a.press(coopBtn.pack(c.kmA.coop.id));
    await a.press(coopBtn.pack(c.kmB.coop.id));
    expect(a.buttons().find((b) => b.data === nextBtn.pack())!.text).toBe(h.t("asg-next", { count: 5 }));
    await a.press(nextBtn.pack());
    // Ani has 0 coops, Budi 1: Ani first and suggested
    expect(a.lastText()).toContain(h.t("asg-ba-ask", { count: 5, suggested: "Ani", load: 0 }));
    expect(a.buttons()[0]!.text).toBe(h.t("asg-ba-suggested", { name: "Ani", load: 0 }));
    await a.press(baBtn.pack(ani.id));
    await a.press(confirmBtn.pack());
    expect(a.lastText()).toBe(h.t("asg-done", { count: 5, ba: "Ani", unchanged: 0 }));

    const assigned = await h.prisma.cooperative.findMany({ where: { assignedBaId: ani.id } });
    expect(assigned).toHaveLength(5);
    expect(await h.prisma.assignment.count({ where: { baId: ani.id, toAt: null } })).toBe(5);
    // the BA's list: name, desa, ketua contact
    const list = h.user(2002).lastText()!;
    expect(list).toContain(h.t("asg-ba-head", { count: 5, by: "Admin Pusat" }));
    expect(list).toContain(c.ambarawa.coop.name);
    expect(list).toContain("Ambarawa, Kec. Batu Ampar");
    expect(list).toContain("Siti · +6281200005001");
    expect(list).toContain("Rahmat · @rahmat");
    expect(list).toContain("Kuala Mandor A");
    // every ACTIVE pengurus of those coops: who their BA is and how to reach her
    for (const id of [5001, 5002, 5003, 5005, 5006]) {
      expect(h.user(id).lastText()).toBe(
        h.t("asg-pengurus", {
          coop: assigned.find(
            (x) => x.villageCode === Object.values(c).find((y) => Number(y.ketua.telegramId) === id)!.coop.villageCode,
          )!.name,
          ba: "Ani",
          contact: "@aniba · +6281100002002",
        }),
      );
    }
    expect(h.user(5004).texts()).toHaveLength(0); // Muara Tiga stays with Budi
    expect(h.user(5007).texts()).toHaveLength(0);
  });

  it("reassignment tells the old and the new BA, keeps history, and moves open requests; the old BA's buttons explain", async () => {
    const { budi, ani, c } = await seed();
    // an open request of Muara Tiga, sent to Budi
    const joko = h.user(5004);
    await joko.send(h.t("menu-help-request"));
    await joko.press(categoryBtn.pack("BUSINESS"));
    await joko.send("Gerai sembako kami sepi pembeli, apa yang bisa dilakukan?");
    await joko.press(skipFileBtn.pack());
    const budiCard = h.fake.calls.filter(
      (x) => Number(x.payload.chat_id) === 2001 && x.method === "sendMessage",
    ).length;
    expect(budiCard).toBe(1);

    const pmo = h.user(2101);
    await pmo.command("tugaskan");
    expect(pmo.lastText()).toContain(h.t("step-header", { step: 1, total: 3 })); // no kab/kota step for a PMO
    await pmo.press(districtBtn.pack("61.12.05"));
    await pmo.press(coopBtn.pack(c.muaraTiga.coop.id));
    await pmo.press(nextBtn.pack());
    await pmo.press(baBtn.pack(ani.id));
    await pmo.press(confirmBtn.pack());

    expect(
      h
        .user(2001)
        .texts()
        .some((x) => x.startsWith(h.t("asg-old-ba-head", { count: 1, ba: "Ani" }))),
    ).toBe(true);
    expect(
      h
        .user(2002)
        .texts()
        .some((x) => x.startsWith(h.t("asg-ba-head", { count: 1, by: "Pak PMO" }))),
    ).toBe(true);
    expect(h.user(2002).lastText()).toContain(h.t("help-card-head-moved", { no: "#PB-000001" }));
    const rows = await h.prisma.assignment.findMany({ where: { coopId: c.muaraTiga.coop.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.baId, r.toAt !== null])).toEqual([
      [budi.id, true],
      [ani.id, false],
    ]);
    const req = await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } });
    expect([req.routedRole, req.routedToId]).toEqual(["BA", ani.id]);

    // Budi presses Ambil on his old card
    await h.user(2001).press(helpCb.pack("t", 1));
    expect(callbackAnswers(h).at(-1)).toBe(h.t("help-former-ba", { no: "#PB-000001", coop: c.muaraTiga.coop.name }));
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED", actorId: budi.id } })).toBe(1);
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } })).assigneeId).toBeNull();
    // …and a reply to it explains too instead of reaching the pengurus
    await h.user(2001).reply(1001, "Saya bantu ya");
    expect(h.user(2001).lastText()).toBe(h.t("help-former-ba", { no: "#PB-000001", coop: c.muaraTiga.coop.name }));
    expect(joko.texts().join("\n")).not.toContain("Saya bantu ya");
  });

  it("only admins and PMO may assign; no BA in the kab/kota is explained", async () => {
    const { c } = await seed();
    await h.user(2001).command("tugaskan");
    expect(h.user(2001).lastText()).toBe(h.t("error-not-allowed"));
    await h.user(5001).command("tugaskan");
    expect(h.user(5001).lastText()).toBe(h.t("error-not-allowed"));
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED", entity: "Assignment" } })).toBe(2);
    const a = h.user(900001);
    await a.command("tugaskan");
    await a.press((l) => l.startsWith("Kota Pontianak"));
    await a.press(districtBtn.pack("61.71.03"));
    await a.press(coopBtn.pack(c.pallima.coop.id));
    await a.press(nextBtn.pack());
    expect(a.lastText()).toBe(h.t("asg-no-ba", { regency: "Kota Pontianak" }));
  });
});
