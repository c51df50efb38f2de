// Oversight test data: two BAs (Budi, Ani) and a PMO in Kubu Raya (61.12, WIB), a PMO of Kota
// Pontianak, a Dinas officer; coops with a ketua each, existing since September 2026 so they owe
// the October 2026 report (the harness clock starts Tue 24 Nov 2026 10:00 WIB).
import type { Harness } from "../helpers/harness.ts";
import type { ReportStatus } from "../../src/generated/prisma/enums.ts";
import { coopWithKetua, staff } from "../features/help-fixtures.ts";

let village = 2100;

export async function people(h: Harness) {
  const budi = await staff(h, 2001, "BA", { name: "Budi" });
  const ani = await staff(h, 2002, "BA", { name: "Ani" });
  const pmo = await staff(h, 2101, "PMO", { name: "Pak PMO" });
  const pmoOther = await staff(h, 2102, "PMO", { name: "PMO Pontianak", regencyCode: "61.71" });
  const dinas = await staff(h, 2201, "DINAS", { name: "Dinas Kalbar", provinceCode: "61" });
  return { budi, ani, pmo, pmoOther, dinas };
}

/** A Kubu Raya coop with a ketua (telegram id `tg`), assigned to `baId`, registered 1 Sep 2026. */
export async function coop(h: Harness, tg: number, baId?: number, name?: string) {
  const c = await coopWithKetua(h, `61.12.05.${village++}`, { telegramId: tg, name: `Ketua ${tg}` }, { baId });
  const coop = await h.prisma.cooperative.update({
    where: { id: c.coop.id },
    data: { createdAt: new Date("2026-09-01T00:00:00Z"), ...(name ? { name } : {}) },
  });
  return { coop, ketua: c.ketua };
}

export async function report(
  h: Harness,
  coopId: number,
  status: ReportStatus,
  submittedAt?: string,
  period = "2026-10",
  version = 1,
) {
  return h.prisma.monthlyReport.create({
    data: {
      coopId,
      period,
      status,
      version: status === "DRAFT" ? 0 : version,
      submittedAt: submittedAt ? new Date(submittedAt) : status === "DRAFT" ? null : new Date("2026-11-05T03:00:00Z"),
    },
  });
}

export const answers = (h: Harness) => h.fake.byMethod("answerCallbackQuery").map((c) => String(c.payload.text ?? ""));
