// SLA with an injected clock: reminder to the BA, escalation to the PMO then the admins, the
// PMO handing the request to another BA. The sweep is called directly (as the job does).
import { categoryBtn, helpCb, reassignCb, skipFileBtn } from "../../src/bot/features/help-request/callback-data.ts";
import { describe, it, expect, beforeEach } from "vitest";
import type { Harness } from "../helpers/harness.ts";
import { admin, coopWithKetua, slaHarness, staff, sweepSla, VILLAGES } from "./help-fixtures.ts";

let h: Harness;
beforeEach(async () => {
  // 2 working hours keeps the arithmetic readable: created Tuesday 10:00 WIB (03:00Z) →
  // reminder 12:00, PMO 14:00, admins 16:00 WIB
  h = await slaHarness();
});

const sweep = () => sweepSla(h);
const no = "#PB-000001";

async function setup(opts: { pmo?: boolean } = {}) {
  await admin(h);
  const ba = await staff(h, 2001, "BA", { name: "Budi" });
  const ba2 = await staff(h, 2002, "BA", { name: "Ani" });
  if (opts.pmo !== false) await staff(h, 2101, "PMO", { name: "Pak PMO" });
  await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001, name: "Siti" }, { baId: ba.id });
  const siti = h.user(5001);
  await siti.send(h.t("menu-help-request"));
  await siti.press(categoryBtn.pack("SIMKOPDES"));
  await siti.send("Tidak bisa masuk ke aplikasi SIMKOPDES sejak kemarin");
  await siti.press(skipFileBtn.pack());
  return { ba, ba2, siti };
}

describe("help SLA", () => {
  it("reminds the BA once, escalates to the PMO, then to the admins; each step happens once", async () => {
    const { siti } = await setup();
    const req0 = await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } });
    expect(req0.dueAt.toISOString()).toBe("2026-11-24T05:00:00.000Z");

    h.clock.set("2026-11-24T04:59:00Z");
    expect(await sweep()).toEqual({ reminded: 0, escalated: 0 });
    h.clock.set("2026-11-24T05:00:00Z");
    expect(await sweep()).toEqual({ reminded: 1, escalated: 0 });
    expect(h.user(2001).lastText()).toContain(h.t("help-card-head-remind", { no }));
    expect(await sweep()).toEqual({ reminded: 0, escalated: 0 }); // idempotent
    expect(h.user(2101).texts()).toHaveLength(0);

    h.clock.set("2026-11-24T07:00:00Z"); // 14:00 WIB
    expect(await sweep()).toEqual({ reminded: 0, escalated: 1 });
    let req = await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } });
    expect([req.status, req.escalationLevel, req.routedRole]).toEqual(["ESCALATED", 1, "PMO"]);
    expect(h.user(2101).lastText()).toContain(h.t("help-card-head-escalated", { no }));
    expect(
      h
        .user(2101)
        .buttons()
        .map((b) => b.data),
    ).toEqual(["hr:t:1", "hr:r:1", "hr:c:1", "hr:a:1"]);
    expect(siti.lastText()).toBe(h.t("help-escalated-requester-pmo", { no }));
    expect(h.user(900001).texts().join("\n")).not.toContain(h.t("help-card-head-escalated", { no }));
    expect(await sweep()).toEqual({ reminded: 0, escalated: 0 });

    h.clock.set("2026-11-24T09:00:00Z"); // 16:00 WIB
    expect(await sweep()).toEqual({ reminded: 0, escalated: 1 });
    req = await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } });
    expect([req.escalationLevel, req.routedRole]).toEqual([2, "ADMIN"]);
    expect(h.user(900001).lastText()).toContain(h.t("help-card-head-escalated", { no }));
    h.clock.set("2026-12-24T09:00:00Z");
    expect(await sweep()).toEqual({ reminded: 0, escalated: 0 }); // nothing above the admins
    expect(await h.prisma.auditLog.count({ where: { action: "HELP_ESCALATED" } })).toBe(2);
  });

  it("counts working hours only: a request made Friday afternoon is reminded Monday", async () => {
    h.clock.set("2026-11-27T08:00:00Z"); // Friday 15:00 WIB
    await setup();
    h.clock.set("2026-11-29T12:00:00Z"); // Sunday
    expect(await sweep()).toEqual({ reminded: 0, escalated: 0 });
    h.clock.set("2026-11-30T02:00:00Z"); // Monday 09:00 WIB
    expect(await sweep()).toEqual({ reminded: 1, escalated: 0 });
  });

  it("a taken request is never reminded or escalated; without a PMO it escalates to the admins", async () => {
    await setup({ pmo: false });
    h.clock.set("2026-11-24T07:00:00Z");
    expect(await sweep()).toEqual({ reminded: 0, escalated: 1 });
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } })).routedRole).toBe("ADMIN");
    expect(h.user(5001).lastText()).toBe(h.t("help-escalated-requester-admin", { no }));
    await h.user(900001).press(helpCb.pack("t", 1));
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } })).status).toBe("ASSIGNED");
    h.clock.set("2026-12-24T09:00:00Z");
    expect(await sweep()).toEqual({ reminded: 0, escalated: 0 });
  });

  it("the PMO hands an escalated request to another BA; its SLA starts again", async () => {
    const { ba2, siti } = await setup();
    h.clock.set("2026-11-24T07:00:00Z");
    await sweep();
    const pmo = h.user(2101);
    await pmo.press(helpCb.pack("a", 1));
    expect(pmo.lastText()).toBe(h.t("help-reassign-ask", { no }));
    // Ani has no coops: she is the lightest and suggested first
    expect(pmo.buttons()[0]).toEqual({
      text: h.t("asg-ba-suggested", { name: "Ani", load: 0 }),
      data: `hrb:1:${ba2.id}`,
    });
    await pmo.press(reassignCb.pack(1, ba2.id));
    const req = await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } });
    expect([req.status, req.routedRole, req.routedToId, req.escalationLevel, req.remindedAt]).toEqual([
      "OPEN",
      "BA",
      ba2.id,
      0,
      null,
    ]);
    expect(req.dueAt.toISOString()).toBe("2026-11-24T09:00:00.000Z");
    expect(h.user(2002).lastText()).toContain(h.t("help-card-head-moved", { no }));
    expect(siti.lastText()).toBe(h.t("help-reassigned-to-requester", { no, name: "Ani" }));
    // Ani can take it now; Budi (still the coop's BA) could too, but it is hers
    await h.user(2002).press(helpCb.pack("t", 1));
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } })).assigneeId).toBe(ba2.id);
    await h.user(2001).pressRaw(helpCb.pack("t", 1), 1001);
    expect(h.fake.byMethod("answerCallbackQuery").at(-1)!.payload.text).toBe(h.t("help-taken-by", { no, name: "Ani" }));
    // a BA cannot reassign
    await h.user(2001).pressRaw(reassignCb.pack(1, ba2.id), 1001);
    expect(h.fake.byMethod("answerCallbackQuery").at(-1)!.payload.text).toBe(h.t("error-not-allowed"));
  });
});
