// The files an import gives back, as .xlsx (exceljs, loaded on first use): a template per kind
// (one example row + a notes sheet), every rejected row with its reason, and a staff import's
// personal invites (name, phone, role, area, link, code) for the office to pass on.
import type { Translate } from "../../lib/translate.ts";
import type { Import } from "../../generated/prisma/client.ts";
import type { ImportKind } from "../../generated/prisma/enums.ts";
import type { Wilayah } from "../wilayah/index.ts";
import { formatCode } from "../invites.ts";
import type { StaffInvite } from "./results.ts";
import { TEMPLATES } from "./templates.ts";
import type { Conflict, Rejection } from "./types.ts";

async function workbook() {
  const ExcelJS = (await import("exceljs")).default;
  return new ExcelJS.Workbook();
}

type Ws = Awaited<ReturnType<typeof workbook>>["worksheets"][number];

function table(ws: Ws, headers: string[], rows: Array<Array<string | number>>, widths?: number[]) {
  ws.addRow(headers).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.views = [{ state: "frozen", ySplit: 1 }];
  headers.forEach((h, i) => (ws.getColumn(i + 1).width = widths?.[i] ?? Math.max(12, Math.min(40, h.length + 4))));
  // every column as text, so codes and phones keep their dots and leading zeros when typed
  headers.forEach((_h, i) => (ws.getColumn(i + 1).numFmt = "@"));
}

const toBuffer = async (wb: Awaited<ReturnType<typeof workbook>>) => Buffer.from(await wb.xlsx.writeBuffer());

export async function templateXlsx(kind: ImportKind, t: Translate): Promise<Buffer> {
  const wb = await workbook();
  const tpl = TEMPLATES[kind];
  table(wb.addWorksheet(t("imp-sheet-data")), tpl.headers, [tpl.example]);
  const notes = wb.addWorksheet(t("imp-sheet-notes"));
  notes.getColumn(1).width = 110;
  for (const line of t(`imp-notes-${kind.toLowerCase()}`).split("\n")) notes.addRow([line]);
  return toBuffer(wb);
}

interface StoredRejected {
  header: string[];
  rows: Rejection[];
  conflicts: Conflict[];
}

export function rejectedOf(imp: Pick<Import, "rejected">): StoredRejected {
  const r = imp.rejected as Partial<StoredRejected> | null;
  return { header: r?.header ?? [], rows: r?.rows ?? [], conflicts: r?.conflicts ?? [] };
}

/** "Baris 17: kode desa 61.12.03.9999 tidak ada" */
export const problemLine = (t: Translate, p: { row: number; key: string; args?: Record<string, string | number> }) =>
  t("imp-problem-line", { row: p.row, reason: t(p.key, p.args) });

export async function rejectedXlsx(imp: Pick<Import, "rejected">, t: Translate): Promise<Buffer> {
  const wb = await workbook();
  const r = rejectedOf(imp);
  const width = Math.max(r.header.length, ...r.rows.map((x) => x.values.length));
  const header = [
    t("imp-col-row"),
    t("imp-col-reason"),
    ...Array.from({ length: width }, (_v, i) => r.header[i] ?? ""),
  ];
  table(
    wb.addWorksheet(t("imp-sheet-rejected")),
    header,
    r.rows.map((x) => [x.row, t(x.key, x.args), ...x.values]),
    [8, 50],
  );
  if (r.conflicts.length)
    table(
      wb.addWorksheet(t("imp-sheet-conflicts")),
      [t("imp-col-row"), t("imp-col-reason")],
      r.conflicts.map((c) => [c.row, t(c.key, c.args)]),
      [8, 90],
    );
  return toBuffer(wb);
}

export async function staffInvitesXlsx(
  invites: StaffInvite[],
  opts: { botUsername: string; t: Translate; w: Wilayah; formatDate: (d: Date) => string },
): Promise<Buffer> {
  const { t, w } = opts;
  const wb = await workbook();
  const area = (i: StaffInvite) =>
    (i.regencyCode ? w.regency(i.regencyCode)?.name : w.province(i.provinceCode ?? "")?.name) ?? "-";
  table(
    wb.addWorksheet(t("imp-sheet-invites")),
    [
      t("imp-col-name"),
      t("imp-col-phone"),
      t("imp-col-role"),
      t("imp-col-area"),
      t("imp-col-link"),
      t("imp-col-code"),
      t("imp-col-until"),
    ],
    invites.map((i) => [
      i.name,
      i.phone,
      t(`imp-role-${i.role}`),
      area(i),
      i.code ? `https://t.me/${opts.botUsername}?start=${i.code}` : "",
      i.code ? formatCode(i.code) : t(i.joined ? "imp-invite-joined" : "imp-invite-none"),
      i.expiresAt ? opts.formatDate(i.expiresAt) : "",
    ]),
    [28, 16, 10, 28, 48, 14, 18],
  );
  return toBuffer(wb);
}
