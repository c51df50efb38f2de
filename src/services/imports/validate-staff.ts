// Validating a staff roster: name, phone (62…), role (BA / PMO / Dinas) and area (kab/kota for BA
// and PMO, province for Dinas; by code or name), one row per phone; then compared with stored
// StaffRoster rows by phone. A person who already took up the role keeps it (a changed role or
// area is reported as a conflict, not written); anyone else whose invite is no longer usable, or
// was for another role or area, gets a new one.
import type { Role } from "../../generated/prisma/enums.ts";
import { levelOfCode } from "../wilayah/index.ts";
import type { Header } from "./headers.ts";
import { provinceByName, regencyByName } from "./locate.ts";
import { nameKey, normalizeAreaCode, parsePersonName } from "./normalize.ts";
import { normalizePhone } from "../../lib/phone.ts";
import type { SheetRow } from "./read.ts";
import { cellOf, FirstSeen, outOfScope, reject, type Parsed, type ValidateContext } from "./row.ts";
import { rowsWhereIn, type SqlDb } from "./sql.ts";
import { collect, Tally, type Outcome, type Sink, type StaffItem } from "./types.ts";

type Cols = Header<"STAFF">["columns"];
type Candidate = Pick<StaffItem, "r" | "phone" | "name" | "role" | "g" | "p">;

const ROLES: Record<string, StaffItem["role"]> = {
  ba: "BA",
  "business assistant": "BA",
  pendamping: "BA",
  "pendamping desa": "BA",
  "pendamping koperasi": "BA",
  pmo: "PMO",
  "project management office": "PMO",
  dinas: "DINAS",
  "dinas koperasi": "DINAS",
  "petugas dinas": "DINAS",
  "staf dinas": "DINAS",
};

function parseArea(get: (f: keyof Cols) => string, role: StaffItem["role"], ctx: ValidateContext) {
  const code = get("areaCode");
  if (code) {
    const c = normalizeAreaCode(code);
    const level = c ? levelOfCode(c) : undefined;
    if (role === "DINAS" && c && (level === "province" || level === "regency")) {
      const p = ctx.w.province(c.slice(0, 2));
      return p
        ? { ok: true as const, g: null, p: p.code }
        : { ok: false as const, key: "imp-err-area-unknown", args: { code } };
    }
    if (role !== "DINAS" && c && level === "regency") {
      const r = ctx.w.regency(c);
      return r
        ? { ok: true as const, g: r.code, p: c.slice(0, 2) }
        : { ok: false as const, key: "imp-err-area-unknown", args: { code } };
    }
    return {
      ok: false as const,
      key: role === "DINAS" ? "imp-err-area-province" : "imp-err-area-regency",
      args: { code },
    };
  }
  let province = ctx.scope;
  if (get("province")) {
    const p = provinceByName(ctx.w, get("province"));
    if (!p.ok) return p;
    province = p.value.code;
  }
  if (role === "DINAS")
    return province ? { ok: true as const, g: null, p: province } : { ok: false as const, key: "imp-err-area-missing" };
  if (!get("regency")) return { ok: false as const, key: "imp-err-area-missing" };
  const r = regencyByName(ctx.w, get("regency"), province);
  return r.ok ? { ok: true as const, g: r.value.code, p: r.value.code.slice(0, 2) } : r;
}

function parseStaffRow(row: SheetRow, cols: Cols, ctx: ValidateContext): Parsed<Candidate> {
  const get = (f: keyof Cols) => cellOf<"STAFF">(row, cols, f);
  const name = parsePersonName(get("name"));
  if (!name) return { ok: false, key: "imp-err-person-name", args: { name: get("name") } };
  const phone = normalizePhone(get("phone"));
  if (!phone)
    return { ok: false, key: get("phone") ? "imp-err-phone" : "imp-err-phone-missing", args: { phone: get("phone") } };
  const role = ROLES[nameKey(get("role"))];
  if (!role) return { ok: false, key: "imp-err-role", args: { role: get("role") } };
  const area = parseArea(get, role, ctx);
  if (!area.ok) return area;
  const scope = outOfScope(ctx, area.p);
  if (scope) return scope;
  return { ok: true, value: { r: row.n, phone, name, role, g: area.g, p: area.p } };
}

interface StoredStaff {
  id: number;
  phone: string;
  fullName: string;
  role: Role;
  regencyCode: string | null;
  provinceCode: string | null;
  inviteId: number | null;
  userId: number | null;
  inviteUsable: boolean | null;
}

const STAFF_SELECT = `SELECT s.id, s.phone, s."fullName", s.role::text AS role, s."regencyCode", s."provinceCode", s."inviteId", s."userId",
  (i.id IS NOT NULL AND i."revokedAt" IS NULL AND i.uses < i."maxUses" AND i."expiresAt" > $2::timestamp) AS "inviteUsable"
  FROM "StaffRoster" s LEFT JOIN "Invite" i ON i.id = s."inviteId"`;

export async function validateStaff(
  db: SqlDb,
  stream: AsyncIterable<SheetRow>,
  header: Header<"STAFF">,
  ctx: ValidateContext & { now: Date },
  sink: Sink<StaffItem>,
): Promise<Outcome> {
  const tally = new Tally(sink);
  const rows = await collect(stream);
  const { rejected, conflicts } = tally;
  const byPhone = new FirstSeen();
  const cands: Candidate[] = [];
  for (const row of rows) {
    const p = parseStaffRow(row, header.columns, ctx);
    if (!p.ok) {
      rejected.push(reject(row, p.key, p.args));
      continue;
    }
    const duplicate = byPhone.duplicate(row, p.value.phone, "imp-err-duplicate-phone", { phone: p.value.phone });
    if (duplicate) {
      rejected.push(duplicate);
      continue;
    }
    byPhone.add(row, p.value.phone);
    cands.push(p.value);
  }
  const stored = new Map(
    (
      await rowsWhereIn<StoredStaff>(
        db,
        STAFF_SELECT,
        "s.phone",
        cands.map((c) => c.phone),
        ctx.now.toISOString(),
      )
    ).map((s) => [s.phone, s]),
  );
  const items: StaffItem[] = [];
  for (const c of cands) {
    const s = stored.get(c.phone);
    if (!s) {
      items.push({ ...c, op: "new", id: null, invite: true, oldInvite: null, before: null });
      continue;
    }
    const before = { name: s.fullName, role: s.role, g: s.regencyCode, p: s.provinceCode };
    const scopeChanged = s.role !== c.role || s.regencyCode !== c.g || s.provinceCode !== c.p;
    if (s.userId !== null) {
      if (scopeChanged)
        conflicts.push({ row: c.r, key: "imp-conflict-staff-joined", args: { name: s.fullName, role: s.role } });
      const op = s.fullName === c.name || scopeChanged ? "same" : "update";
      const keep = { ...c, role: s.role as StaffItem["role"], g: s.regencyCode, p: s.provinceCode ?? c.p };
      items.push({ ...keep, op, id: s.id, invite: false, oldInvite: null, before: op === "same" ? null : before });
      continue;
    }
    const invite = scopeChanged || !s.inviteUsable;
    const op = invite || s.fullName !== c.name ? "update" : "same";
    items.push({
      ...c,
      op,
      id: s.id,
      invite,
      oldInvite: invite ? s.inviteId : null,
      before: op === "same" ? null : before,
    });
  }
  await tally.take(items);
  return tally.done();
}
