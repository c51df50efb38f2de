// Fuzz pass over every step of the registration and monthly-report wizards: at each step a set of
// hostile or odd inputs (empty, whitespace, 10,000 characters, emoji, RTL, Arabic-Indic digits,
// "1e9", negatives, SQL- and HTML-like text, sticker, photo, location, someone else's contact)
// must each get an answer (no silence, no crash apology, ≤ 600 characters), must not move the
// wizard on or save anything wrong, and the step's real answer must still work afterwards.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, FakeClock, type Harness } from "../helpers/harness.ts";
import type { TestUser } from "../helpers/test-user.ts";
import { DEFAULT_AHU, KUBU_RAYA, findVillage, pressLabel } from "../helpers/registration.ts";
import { w } from "../../src/bot/kit/index.ts";
import { seedCoop } from "../features/report-seed.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ clock: new FakeClock(new Date("2026-11-03T03:00:00Z")) });
});

type Bad = { name: string; send: (u: TestUser) => Promise<void> };
let seq = 50_000;
const raw = (u: TestUser, extra: Record<string, unknown>) =>
  h.handle({
    message: {
      message_id: seq++,
      date: 1,
      chat: { id: u.id, type: "private", first_name: u.from.first_name },
      from: u.from,
      ...extra,
    },
  } as never);

const TEXTS: Array<[string, string]> = [
  ["empty", ""],
  ["whitespace", "   \n\t  "],
  ["10,000 characters", "a".repeat(10_000)],
  ["emoji", "😀🎉🇮🇩"],
  ["RTL", "مرحبا بالعالم"],
  ["Arabic-Indic digits", "١٢٣٤٥"],
  ["1e9", "1e9"],
  ["negative", "-500000"],
  ["SQL-like", `'; DROP TABLE "User"; --`],
  ["HTML-like", `<b>x</b><script>alert(1)</script>`],
];
const BAD: Bad[] = [
  ...TEXTS.map(([name, text]): Bad => ({ name, send: (u) => raw(u, { text }) })),
  { name: "sticker", send: (u) => u.sendSticker() },
  { name: "photo", send: (u) => u.sendPhoto("fuzz-photo") },
  { name: "location", send: (u) => raw(u, { location: { latitude: -0.02, longitude: 109.34 } }) },
  {
    name: "someone else's contact",
    send: (u) => raw(u, { contact: { phone_number: "+62 811-1111-1111", first_name: "Lain", user_id: 999_999 } }),
  },
];

/** Sends every bad input at the current step; each must be answered briefly and without an apology for a crash. */
async function fuzzStep(u: TestUser, step: string, skip: string[] = []) {
  const generic = h.t("error-generic");
  for (const bad of BAD) {
    if (skip.includes(bad.name)) continue;
    const before = h.fake.calls.length;
    await bad.send(u);
    const replies = h.fake.calls
      .slice(before)
      .filter((c) => ["sendMessage", "editMessageText"].includes(c.method) && Number(c.payload.chat_id) === u.id);
    const where = `${step} / ${bad.name}`;
    expect(replies.length, `${where}: no answer`).toBeGreaterThan(0);
    for (const r of replies) {
      expect(String(r.payload.text), `${where}: crashed`).not.toBe(generic);
      expect(String(r.payload.text).length, `${where}: over 600 characters`).toBeLessThanOrEqual(600);
    }
  }
}

describe("fuzz: every wizard step answers odd input and asks again", () => {
  it("registration: consent, name, phone, desa search, position, AHU, units, summary", async () => {
    const u = h.user(7101, "Fuzzy");
    await u.command("start");
    await fuzzStep(u, "consent");
    await pressLabel(h, u, "reg-consent-agree");
    // a name in Arabic script is a valid name (accepted, the wizard moves on): not fuzzed here
    await fuzzStep(u, "name", ["RTL"]);
    // a name made of hostile text must not have been taken: the real one is asked and accepted
    await u.send("Siti Aminah");
    await fuzzStep(u, "phone");
    await u.shareContact("+62 812-3456-7890");
    // the desa step searches typed text: hostile text finds nothing and is asked again
    await fuzzStep(u, "desa");
    await findVillage(u, KUBU_RAYA.village);
    await fuzzStep(u, "position");
    await pressLabel(h, u, "position-KETUA");
    await fuzzStep(u, "AHU");
    await u.send(DEFAULT_AHU);
    await fuzzStep(u, "units");
    await u.press(w("u:GERAI_SEMBAKO"));
    await pressLabel(h, u, "reg-units-done");
    await fuzzStep(u, "summary");
    await pressLabel(h, u, "reg-send");
    const coop = await h.prisma.cooperative.findUniqueOrThrow({
      where: { villageCode: KUBU_RAYA.village },
      include: { memberships: { include: { user: true } } },
    });
    // nothing hostile was stored: the real answers are
    expect(coop.memberships[0]!.user.fullName).toBe("Siti Aminah");
    expect(coop.memberships[0]!.user.phone).toBe("+6281234567890");
    expect(coop.legalNumber ?? "").toContain("0012345");
  }, 120_000);

  it("monthly report: every figure step, the checklist, kendala and photos", async () => {
    await seedCoop(h, {
      units: ["GERAI_SEMBAKO", "KLINIK"],
      members: [{ tg: 7201, name: "Siti Aminah" }],
      ba: { tg: 7202, name: "Budi Santoso" },
    });
    const u = h.user(7201);
    await u.command("lapor");
    const report = await h.prisma.monthlyReport.findFirstOrThrow();
    // figure steps until the checklist: fuzz (nothing may be saved), then answer "5" until it moves on
    const figures = () =>
      h.prisma.reportValue.count({ where: { reportId: report.id, field: { not: { endsWith: ".aktif" } } } });
    for (let i = 0; i < 25 && !u.buttons().some((b) => b.data?.startsWith("~t.")); i++) {
      const n = await figures();
      await fuzzStep(u, `figures ${i + 1}: ${(u.lastText() ?? "").slice(0, 50)}`);
      expect(await figures(), `figures ${i + 1}: hostile input saved a value`).toBe(n);
      await u.send("5");
      if (u.buttons().some((b) => b.data === "~yes")) await u.press("~yes"); // "are you sure?"
    }
    expect(await figures()).toBeGreaterThan(0);
    await fuzzStep(u, "checklist");
    await u.press("~ok");
    // kendala is free text: emoji, RTL, digits or SQL-like words are valid answers there
    await fuzzStep(u, "kendala", [
      "photo",
      "emoji",
      "RTL",
      "Arabic-Indic digits",
      "1e9",
      "negative",
      "SQL-like",
      "HTML-like",
    ]);
    await u.send("Stok beras sering terlambat");
    await fuzzStep(u, "photos", ["photo"]); // a photo is this step's answer
    // nothing hostile was stored anywhere in the report, and it was not sent by accident
    const texts = (await h.prisma.reportValue.findMany({ where: { reportId: report.id } }))
      .map((v) => v.text ?? "")
      .join("\n");
    expect(texts).not.toMatch(/DROP TABLE|<script>|١٢٣/);
    expect((await h.prisma.monthlyReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("DRAFT");
  }, 180_000);
});
