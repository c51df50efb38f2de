// The longest realistic report data, for message-length tests: a coop running every unit with
// large figures and long labels, a full kendala, photos, and a checklist half done.
import type { ReportView } from "../../src/services/reports/view.ts";
import { ALL_GROUPS, UNIT_GROUPS, aktifKey } from "../../src/services/reports/questions.ts";
import { BUSINESS_UNITS } from "../../src/services/cooperatives.ts";

export const ALL_UNITS = [...BUSINESS_UNITS];

export function fullView(over: Partial<ReportView> = {}): ReportView {
  const values: Record<string, string> = {};
  for (const g of ALL_GROUPS)
    for (const f of g.fields) if (f.kind !== "text") values[f.key] = f.kind === "money" ? "9876543210" : "99999";
  for (const g of UNIT_GROUPS) values[aktifKey(g.id)] = "1";
  values.kendala =
    "Stok beras sering terlambat datang dari distributor kabupaten, listrik sering padam sehingga kulkas vaksin klinik tidak bisa dipakai, dan pengurus belum terlatih memakai aplikasi kasir yang baru.";
  values.foto = "10";
  return {
    reportId: 1,
    coopId: 1,
    coopName: "Koperasi Kelurahan Merah Putih Sungai Raya Dalam Kecamatan Sungai Raya",
    regencyCode: "61.12",
    period: "2026-10",
    status: "DRAFT",
    version: 1,
    rev: 1,
    flagged: [],
    reviewFields: [],
    reviewComment: null,
    reviewerName: null,
    units: ALL_UNITS,
    tz: "Asia/Jakarta",
    values,
    photos: 10,
    lastMonth: {},
    checklist: {},
    submittedAt: null,
    ...over,
  };
}
