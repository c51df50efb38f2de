// Validating a coops roster: each row parsed (name, AHU, desa by code or unambiguous names, ketua,
// units, readiness dates), duplicates in the file rejected, then compared set-based with what is
// stored: new / updated (matched by desa code, else by AHU) / unchanged; a coop on the bot whose
// pengurus entered another AHU is a conflict (reported; their data is never touched by an import).
import { parseCoopName } from "../../lib/coop-name.ts";
import { AHU_PATTERN, normalizeLegalNumber } from "../cooperatives.ts";
import type { Header } from "./headers.ts";
import { villageByCode, villageByNames } from "./locate.ts";
import { parseDate, parsePersonName, parseUnits } from "./normalize.ts";
import { normalizePhone } from "../../lib/phone.ts";
import type { SheetRow } from "./read.ts";
import { cellOf, FirstSeen, outOfScope, reject, type Parsed, type ValidateContext } from "./row.ts";
import { rowsWhereIn, type SqlDb } from "./sql.ts";
import { batches, Tally, type CoopItem, type Outcome, type Sink } from "./types.ts";

type Cols = Header<"COOPS">["columns"];

const DATE_FIELDS = [
  ["dateKantor", "KANTOR"],
  ["dateRekening", "REKENING"],
  ["dateSimkopdes", "SIMKOPDES"],
  ["dateBusinessPlan", "BUSINESS_PLAN"],
  ["dateLandGerai", "LAND_GERAI"],
  ["dateBuildGerai", "BUILD_GERAI"],
] as const;

type Candidate = Omit<CoopItem, "op" | "id" | "coop" | "before">;

function parseCoopRow(row: SheetRow, cols: Cols, ctx: ValidateContext): Parsed<Candidate> {
  const get = (f: keyof Cols) => cellOf<"COOPS">(row, cols, f);
  const name = parseCoopName(get("name"));
  if (!name.ok) return { ok: false, key: `imp-err-coop-name-${name.reason}` };
  const code = get("villageCode");
  const place = code
    ? villageByCode(ctx.w, code)
    : villageByNames(ctx.w, { village: get("village"), district: get("district"), regency: get("regency") }, ctx.scope);
  if (!place.ok) return place;
  const path = place.value;
  const scope = outOfScope(ctx, path.province.code);
  if (scope) return scope;
  let ahu: string | null = null;
  if (get("legalNumber")) {
    ahu = normalizeLegalNumber(get("legalNumber"));
    if (!AHU_PATTERN.test(ahu)) return { ok: false, key: "imp-err-ahu-format", args: { ahu: get("legalNumber") } };
  }
  let kn: string | null = null;
  if (get("ketuaName")) {
    kn = parsePersonName(get("ketuaName")) ?? null;
    if (!kn) return { ok: false, key: "imp-err-person-name", args: { name: get("ketuaName") } };
  }
  let kp: string | null = null;
  if (get("ketuaPhone")) {
    kp = normalizePhone(get("ketuaPhone")) ?? null;
    if (!kp) return { ok: false, key: "imp-err-phone", args: { phone: get("ketuaPhone") } };
  }
  const units = parseUnits(get("units"));
  if (units.bad !== undefined) return { ok: false, key: "imp-err-unit", args: { unit: units.bad } };
  let rd: Record<string, string> | null = null;
  for (const [field, item] of DATE_FIELDS) {
    const raw = get(field);
    if (!raw) continue;
    const date = parseDate(raw);
    if (!date) return { ok: false, key: "imp-err-date", args: { date: raw } };
    (rd ??= {})[item] = date;
  }
  return {
    ok: true,
    value: {
      r: row.n,
      v: path.village.code,
      d: path.district.code,
      g: path.regency.code,
      p: path.province.code,
      name: name.value,
      ahu,
      kn,
      kp,
      units: units.units,
      rd,
    },
  };
}

interface RosterRow {
  id: number;
  villageCode: string;
  name: string;
  legalNumber: string | null;
  ketuaName: string | null;
  ketuaPhone: string | null;
  units: string[] | string;
  readiness: unknown;
  coopId: number | null;
}
interface CoopRow {
  id: number;
  villageCode: string;
  name: string;
  legalNumber: string | null;
}

const ROSTER_SELECT = `SELECT id, "villageCode", name, "legalNumber", "ketuaName", "ketuaPhone", units::text[] AS units, readiness, "coopId" FROM "RosterCoop"`;
const COOP_SELECT = `SELECT id, "villageCode", name, "legalNumber" FROM "Cooperative"`;

const unitsOf = (u: string[] | string): string[] =>
  Array.isArray(u)
    ? u
    : u
        .replace(/^\{|\}$/g, "")
        .split(",")
        .filter(Boolean);
const stable = (x: unknown) => JSON.stringify(x ?? null, Object.keys((x as object) ?? {}).sort());

/** Fields of a stored roster coop in CoopItem terms, for comparison and the audit "before". */
function storedFields(s: RosterRow) {
  return {
    v: s.villageCode,
    name: s.name,
    ahu: s.legalNumber,
    kn: s.ketuaName,
    kp: s.ketuaPhone,
    units: unitsOf(s.units).sort(),
    rd: (s.readiness as Record<string, string> | null) ?? null,
    coop: s.coopId,
  };
}

function sameAs(c: Candidate, coop: number | null, s: RosterRow): boolean {
  const a = storedFields(s);
  return (
    a.v === c.v &&
    a.name === c.name &&
    a.ahu === c.ahu &&
    a.kn === c.kn &&
    a.kp === c.kp &&
    a.units.join() === c.units.join() &&
    stable(a.rd) === stable(c.rd) &&
    a.coop === coop
  );
}

export async function validateCoops(
  db: SqlDb,
  rows: AsyncIterable<SheetRow>,
  header: Header<"COOPS">,
  ctx: ValidateContext,
  sink: Sink<CoopItem>,
): Promise<Outcome> {
  const tally = new Tally(sink);
  const seen = { byVillage: new FirstSeen(), byAhu: new Map<string, number>() };
  for await (const batch of batches(rows)) await tally.take(await validateBatch(db, batch, header, ctx, seen, tally));
  return tally.done();
}

async function validateBatch(
  db: SqlDb,
  rows: SheetRow[],
  header: Header<"COOPS">,
  ctx: ValidateContext,
  seen: { byVillage: FirstSeen; byAhu: Map<string, number> },
  tally: Tally<CoopItem>,
): Promise<CoopItem[]> {
  const { rejected, conflicts } = tally;
  const { byVillage, byAhu } = seen;
  const cands: Candidate[] = [];
  for (const row of rows) {
    const p = parseCoopRow(row, header.columns, ctx);
    if (!p.ok) {
      rejected.push(reject(row, p.key, p.args));
      continue;
    }
    const c = p.value;
    const duplicate = byVillage.duplicate(row, c.v, "imp-err-duplicate-village", { code: c.v });
    if (duplicate) {
      rejected.push(duplicate);
      continue;
    }
    if (c.ahu && byAhu.has(c.ahu)) {
      rejected.push(reject(row, "imp-err-duplicate-ahu", { first: byAhu.get(c.ahu)!, ahu: c.ahu }));
      continue;
    }
    byVillage.add(row, c.v);
    if (c.ahu) byAhu.set(c.ahu, row.n);
    cands.push(c);
  }

  const codes = cands.map((c) => c.v);
  const ahus = cands.flatMap((c) => (c.ahu ? [c.ahu] : []));
  const [rv, ra, cv, ca] = await Promise.all([
    rowsWhereIn<RosterRow>(db, ROSTER_SELECT, `"villageCode"`, codes),
    rowsWhereIn<RosterRow>(db, ROSTER_SELECT, `"legalNumber"`, ahus),
    rowsWhereIn<CoopRow>(db, COOP_SELECT, `"villageCode"`, codes),
    rowsWhereIn<CoopRow>(db, COOP_SELECT, `"legalNumber"`, ahus),
  ]);
  const rosterByVillage = new Map(rv.map((r) => [r.villageCode, r]));
  const rosterByAhu = new Map(ra.map((r) => [r.legalNumber!, r]));
  const coopByVillage = new Map(cv.map((c) => [c.villageCode, c]));
  const coopByAhu = new Map(ca.map((c) => [c.legalNumber!, c]));
  const rowOf = new Map(rows.map((r) => [r.n, r]));

  const items: CoopItem[] = [];
  for (const c of cands) {
    const row = rowOf.get(c.r)!;
    const stored = rosterByVillage.get(c.v) ?? (c.ahu ? rosterByAhu.get(c.ahu) : undefined);
    const ahuOwner = c.ahu ? rosterByAhu.get(c.ahu) : undefined;
    if (ahuOwner && stored && ahuOwner.id !== stored.id) {
      rejected.push(reject(row, "imp-err-ahu-taken", { ahu: c.ahu!, code: ahuOwner.villageCode }));
      continue;
    }
    if (stored && stored.villageCode !== c.v && rosterByVillage.has(c.v)) {
      rejected.push(reject(row, "imp-err-ahu-taken", { ahu: c.ahu!, code: stored.villageCode }));
      continue;
    }
    const onBot = coopByVillage.get(c.v);
    const ahuOnBot = c.ahu ? coopByAhu.get(c.ahu) : undefined;
    if (ahuOnBot && ahuOnBot.villageCode !== c.v) {
      rejected.push(
        reject(row, "imp-err-ahu-on-bot", { ahu: c.ahu!, coop: ahuOnBot.name, code: ahuOnBot.villageCode }),
      );
      continue;
    }
    if (onBot?.legalNumber && c.ahu && onBot.legalNumber !== c.ahu)
      conflicts.push({
        row: c.r,
        key: "imp-conflict-ahu",
        args: { coop: onBot.name, theirs: onBot.legalNumber, ahu: c.ahu },
      });
    const coop = stored?.coopId ?? onBot?.id ?? null;
    if (!stored) items.push({ ...c, op: "new", id: null, coop, before: null });
    else if (sameAs(c, coop, stored)) items.push({ ...c, op: "same", id: stored.id, coop, before: null });
    else items.push({ ...c, op: "update", id: stored.id, coop, before: storedFields(stored) });
  }
  return items;
}
