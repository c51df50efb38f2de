// After /tugaskan a pengurus gets ONE message about the new BA, chosen by what happened to the
// BA's own notice: "reach them…" when it arrived, "cannot be reached through the bot yet, the PMO
// helps meanwhile" when Telegram refused it — and the admin is told "queued", then the result.
import { describe, it, expect, beforeEach } from "vitest";
import { baBtn, confirmBtn, coopBtn, districtBtn, nextBtn } from "../../src/bot/features/assignment/callback-data.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { admin, coopWithKetua, staff, VILLAGES } from "./help-fixtures.ts";
import { runDeliveryReports } from "../../src/jobs/delivery-reports.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

async function assignAmbarawa(baUnreachable: boolean) {
  await admin(h);
  const ani = await staff(h, 2002, "BA", { name: "Ani", username: "aniba" });
  const c = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001, name: "Siti" });
  // the BA never opened the bot: Telegram answers "chat not found" (sticky: every retry too)
  if (baUnreachable)
    h.fake.fail(
      "sendMessage",
      { error_code: 400, description: "Bad Request: chat not found" },
      { chatId: 2002, times: 9 },
    );
  const a = h.user(900001, "Admin");
  await a.command("tugaskan");
  await a.press((l) => l.startsWith("Kab. Kubu Raya"));
  await a.press(districtBtn.pack("61.12.05"));
  await a.press(coopBtn.pack(c.coop.id));
  await a.press(nextBtn.pack());
  await a.press(baBtn.pack(ani.id));
  await a.press(confirmBtn.pack());
  return { a, coop: c.coop };
}

describe("assignment notices", () => {
  it("BA reachable: the pengurus gets exactly the 'your BA is…' message", async () => {
    const { a, coop } = await assignAmbarawa(false);
    expect(a.lastText()).toBe(h.t("asg-done", { count: 1, ba: "Ani", unchanged: 0 }));
    expect(a.lastText()).toContain("diantrikan");
    expect(h.user(5001).texts()).toEqual([h.t("asg-pengurus", { coop: coop.name, ba: "Ani", contact: "@aniba" })]);
  });

  it("BA unreachable: one message saying so and who helps meanwhile; the admin learns it after the outcome", async () => {
    const { a, coop } = await assignAmbarawa(true);
    expect(h.user(5001).texts()).toEqual([
      h.t("asg-pengurus-unreachable", { coop: coop.name, ba: "Ani", regency: "Kabupaten Kubu Raya" }),
    ]);
    const rows = await h.prisma.outbox.findMany({ where: { key: { startsWith: "asg-pg-" } } });
    expect(rows.map((r) => r.status).sort()).toEqual(["CANCELLED", "SENT"]);
    expect((await runDeliveryReports({ deps: h.deps, t: (l, k, v) => h.notifier.t(l, k, v) })).reported).toBe(1);
    await h.drain();
    expect(a.lastText()).toBe(
      [h.t("dr-assign", { ba: "Ani", sent: 1, total: 2 }), h.t("dr-missed", { failed: 1, blocked: 0 })].join("\n"),
    );
  });
});
