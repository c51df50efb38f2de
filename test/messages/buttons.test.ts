// Issue 23.3: buttons that can be told apart on a phone. With the demo data, every inline keyboard
// of the lists of coops, report fields and areas: no two buttons of one keyboard share their first
// 24 visible characters, and every label fits the width a 390-px phone gives a button in its row.
import { describe, it, expect, beforeAll } from "vitest";
import type { InlineKeyboardButton } from "grammy/types";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { seedDemo } from "../../src/seed/demo.ts";
import { reviewCb } from "../../src/bot/features/report/callback-data.ts";
import { fitLabel, visibleWidth, widthFor } from "../../src/lib/button-label.ts";

const RINA = 5_200_000_001;
const HENDRA = 5_200_000_003;
const MARIA = 5_200_000_004;
const SITI = 5_100_000_004; // ketua of Lingga (its October report was returned)

let h: Harness;
/** where the current case's calls start (the fake's log is not cleared: message ids are rebuilt from it) */
let mark = 0;

/** Every inline keyboard sent or edited into the chat, as rows of labels. */
function keyboards(chatId: number): string[][][] {
  return h.fake.calls
    .slice(mark)
    .filter((c) => Number(c.payload.chat_id) === chatId && c.payload.reply_markup?.inline_keyboard)
    .map((c) =>
      (c.payload.reply_markup.inline_keyboard as InlineKeyboardButton[][]).map((row) => row.map((b) => b.text)),
    )
    .filter((rows) => rows.flat().length > 0);
}

/** What keeps the keyboard from reading apart on a phone (nothing: []). */
function problems(rows: string[][]): string[] {
  const out: string[] = [];
  for (const row of rows)
    for (const label of row)
      if (visibleWidth(label) > widthFor(row.length)) out.push(`"${label}" is wider than ${widthFor(row.length)}`);
  const seen = new Map<string, string>();
  for (const label of rows.flat()) {
    const head = fitLabel(label, 25).replace(/…$/, "");
    const prefix = visibleWidth(label) <= 24 ? label : head;
    const other = seen.get(prefix);
    if (other !== undefined) out.push(`"${label}" and "${other}" look alike`);
    seen.set(prefix, label);
  }
  return out;
}

function expectReadable(chatId: number, what: string, min = 1) {
  const kbs = keyboards(chatId);
  expect(kbs.length, what).toBeGreaterThanOrEqual(min);
  for (const kb of kbs) expect(problems(kb), `${what}: ${JSON.stringify(kb)}`).toEqual([]);
}

describe("buttons on a phone (demo data)", () => {
  beforeAll(async () => {
    h = await createHarness();
    await seedDemo(h.prisma, h.clock);
  }, 180_000);

  it("the BA's return-field picker: field names first, each button whole", async () => {
    mark = h.fake.calls.length;
    const report = await h.prisma.monthlyReport.findFirstOrThrow({
      where: { status: "SUBMITTED", coop: { name: { endsWith: "Arang Limbung" } } },
    });
    const rina = h.user(RINA);
    await rina.pressRaw(reviewCb.pack("r", report.id, report.version), 1);
    const picker = keyboards(RINA).at(-1)!.flat();
    expect(picker.some((l) => l.includes(h.t("rep-f-gerai-trx")))).toBe(true);
    expectReadable(RINA, "return picker");
    await rina.press((l) => l === h.t("rep-ret-cancel"));
  });

  it("the visit picker: the desa name, not 'Koperasi Desa Merah Putih'", async () => {
    mark = h.fake.calls.length;
    const rina = h.user(RINA);
    await rina.send(h.t("menu-visit"));
    await rina.press((l) => l === h.t("btn-next"));
    expectReadable(RINA, "visit picker", 2);
    expect(keyboards(RINA).flat(2)).toContain("Sungai Ambawang Kuala");
    await rina.command("batal");
  });

  it("/rekap: each area button keeps its percentage (province, kabupaten, kecamatan)", async () => {
    mark = h.fake.calls.length;
    const maria = h.user(MARIA);
    await maria.command("rekap");
    await maria.press((l) => l.includes("Kubu Raya"));
    await maria.press((l) => l.includes("Sungai Raya"));
    expectReadable(MARIA, "recap", 3);
    for (const kb of keyboards(MARIA)) expect(kb[0]![0]).toMatch(/\d%/);
  });

  it("/tugaskan: kecamatan and coop buttons", async () => {
    mark = h.fake.calls.length;
    const hendra = h.user(HENDRA);
    await hendra.command("tugaskan");
    await hendra.press((l) => l.startsWith("Sungai Raya"));
    expectReadable(HENDRA, "assignment", 2);
    await hendra.command("batal");
  });

  it("a pengurus fixing a returned report: the 'Ubah' field list", async () => {
    mark = h.fake.calls.length;
    const siti = h.user(SITI);
    await siti.command("lapor");
    await siti.send("31 jt");
    await siti.press((l) => l === h.t("rep-edit"));
    expectReadable(SITI, "edit list");
  });
});
