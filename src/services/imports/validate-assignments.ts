// Validating an assignments roster: each row names a BA (phone, else a name that is unique) and a
// coop (AHU, else desa code) that is rostered or on the bot; the BA must work in the coop's
// kab/kota; one BA per coop in a file. Compared with the current BA of the roster coop and of the
// coop on the bot.
import { AHU_PATTERN, normalizeLegalNumber } from "../cooperatives.ts";
import { levelOfCode } from "../wilayah/index.ts";
import type { Header } from "./headers.ts";
import { nameKey, normalizeAreaCode } from "./normalize.ts";
import { normalizePhone } from "../../lib/phone.ts";
import type { SheetRow } from "./read.ts";
import { cellOf, FirstSeen, outOfScope, reject, type Parsed, type ValidateContext } from "./row.ts";
import type { SqlDb } from "./sql.ts";
import { rowsWhereIn } from "./sql.ts";
import { collect, Tally, type Args, type AssignmentItem, type Outcome, type Rejection, type Sink } from "./types.ts";

type Cols = Header<"ASSIGNMENTS">["columns"];

interface Ba {
  /** StaffRoster id */
  s: number | null;
  /** User id */
  u: number | null;
  name: string;
  regencyCode: string | null;
}

interface Coop {
  rc: number | null;
  c: number | null;
  name: string;
  villageCode: string;
  regencyCode: string;
  provinceCode: string;
  rosterBa: { s: number | null; u: number | null } | null;
  coopBa: number | null;
}

type Ref = { phone?: string; name?: string; ahu?: string; code?: string };

function parseAssignmentRow(row: SheetRow, cols: Cols): Parsed<AssignmentRef> {
  const get = (f: keyof Cols) => cellOf<"ASSIGNMENTS">(row, cols, f);
  const ref: Ref = {};
  if (get("baPhone")) {
    ref.phone = normalizePhone(get("baPhone"));
    if (!ref.phone) return { ok: false, key: "imp-err-phone", args: { phone: get("baPhone") } };
  } else if (get("baName")) ref.name = nameKey(get("baName"));
  else return { ok: false, key: "imp-err-ba-missing" };
  if (get("legalNumber")) {
    ref.ahu = normalizeLegalNumber(get("legalNumber"));
    if (!AHU_PATTERN.test(ref.ahu)) return { ok: false, key: "imp-err-ahu-format", args: { ahu: get("legalNumber") } };
  } else if (get("villageCode")) {
    ref.code = normalizeAreaCode(get("villageCode"));
    if (!ref.code || levelOfCode(ref.code) !== "village")
      return { ok: false, key: "imp-err-village-code-format", args: { code: get("villageCode") } };
  } else return { ok: false, key: "imp-err-coop-missing" };
  return {
    ok: true,
    value: { ...ref, rawBa: get("baPhone") || get("baName"), rawCoop: get("legalNumber") || get("villageCode") },
  };
}

/** BAs known by phone and by name: rostered staff and BAs on the bot (in scope) */
async function loadBas(db: SqlDb, scope: string | null) {
  const where = scope ? `AND "provinceCode" = $1` : `AND $1::text IS NULL`;
  const staff = await db.$queryRawUnsafe<
    Array<{ id: number; phone: string; fullName: string; regencyCode: string | null; userId: number | null }>
  >(`SELECT id, phone, "fullName", "regencyCode", "userId" FROM "StaffRoster" WHERE role = 'BA' ${where}`, scope);
  const users = await db.$queryRawUnsafe<
    Array<{ id: number; phone: string | null; fullName: string | null; regencyCode: string | null }>
  >(
    `SELECT id, phone, "fullName", "regencyCode" FROM "User" WHERE role = 'BA' AND "deletedAt" IS NULL ${where}`,
    scope,
  );
  const byPhone = new Map<string, Ba>();
  const byName = new Map<string, Ba[]>();
  const add = (key: string | undefined, name: string | null, ba: Ba) => {
    if (key && !byPhone.has(key)) byPhone.set(key, ba);
    if (name) byName.set(nameKey(name), [...(byName.get(nameKey(name)) ?? []), ba]);
  };
  const joined = new Set<number>();
  for (const s of staff) {
    if (s.userId !== null) joined.add(s.userId);
    add(s.phone, s.fullName, { s: s.id, u: s.userId, name: s.fullName, regencyCode: s.regencyCode });
  }
  for (const u of users) {
    if (joined.has(u.id)) continue;
    add(normalizePhone(u.phone ?? ""), u.fullName, {
      s: null,
      u: u.id,
      name: u.fullName ?? "",
      regencyCode: u.regencyCode,
    });
  }
  return { byPhone, byName };
}

const ROSTER = `SELECT id, name, "villageCode", "regencyCode", "provinceCode", "legalNumber", "coopId", "baStaffId", "assignedBaId" FROM "RosterCoop"`;
const COOPS = `SELECT id, name, "villageCode", "regencyCode", "provinceCode", "legalNumber", "assignedBaId" FROM "Cooperative"`;
type RosterRow = {
  id: number;
  name: string;
  villageCode: string;
  regencyCode: string;
  provinceCode: string;
  legalNumber: string | null;
  coopId: number | null;
  baStaffId: number | null;
  assignedBaId: number | null;
};
type CoopRow = Omit<RosterRow, "coopId" | "baStaffId">;

async function loadCoops(db: SqlDb, refs: Ref[]) {
  const ahus = refs.flatMap((r) => (r.ahu ? [r.ahu] : []));
  const codes = refs.flatMap((r) => (r.code ? [r.code] : []));
  const [ra, rv, ca, cv] = await Promise.all([
    rowsWhereIn<RosterRow>(db, ROSTER, `"legalNumber"`, ahus),
    rowsWhereIn<RosterRow>(db, ROSTER, `"villageCode"`, codes),
    rowsWhereIn<CoopRow>(db, COOPS, `"legalNumber"`, ahus),
    rowsWhereIn<CoopRow>(db, COOPS, `"villageCode"`, codes),
  ]);
  const rostered = [...ra, ...rv];
  const [cl, cr] = await Promise.all([
    rowsWhereIn<CoopRow>(
      db,
      COOPS,
      "id",
      rostered.flatMap((r) => (r.coopId !== null ? [r.coopId] : [])),
    ),
    rowsWhereIn<CoopRow>(
      db,
      COOPS,
      `"villageCode"`,
      rostered.map((r) => r.villageCode),
    ),
  ]);
  const all = [...ca, ...cv, ...cl, ...cr];
  const coopById = new Map(all.map((c) => [c.id, c]));
  const coopByVillage = new Map(all.map((c) => [c.villageCode, c]));
  const build = (r: RosterRow | undefined, c: CoopRow | undefined): Coop | undefined => {
    const coop =
      c ??
      (r?.coopId != null ? coopById.get(r.coopId) : undefined) ??
      (r ? coopByVillage.get(r.villageCode) : undefined);
    const base = r ?? coop;
    if (!base) return undefined;
    return {
      rc: r?.id ?? null,
      c: coop?.id ?? null,
      name: base.name,
      villageCode: base.villageCode,
      regencyCode: base.regencyCode,
      provinceCode: base.provinceCode,
      rosterBa: r ? { s: r.baStaffId, u: r.assignedBaId } : null,
      coopBa: coop?.assignedBaId ?? null,
    };
  };
  const rosterByAhu = new Map(ra.map((r) => [r.legalNumber!, r]));
  const rosterByVillage = new Map(rv.map((r) => [r.villageCode, r]));
  const coopByAhu = new Map(ca.map((c) => [c.legalNumber!, c]));
  return (ref: Ref): Coop | undefined => {
    if (ref.ahu) {
      const r = rosterByAhu.get(ref.ahu);
      return build(r, r ? undefined : coopByAhu.get(ref.ahu));
    }
    const r = rosterByVillage.get(ref.code!);
    return build(r, r ? undefined : coopByVillage.get(ref.code!));
  };
}

type AssignmentRef = Ref & { rawBa: string; rawCoop: string };

/** What every row is checked against: the BAs and coops the file names, and the coops seen so far. */
interface Known {
  bas: Awaited<ReturnType<typeof loadBas>>;
  coopOf: Awaited<ReturnType<typeof loadCoops>>;
  ctx: ValidateContext;
  seen: FirstSeen;
}

export async function validateAssignments(
  db: SqlDb,
  stream: AsyncIterable<SheetRow>,
  header: Header<"ASSIGNMENTS">,
  ctx: ValidateContext,
  sink: Sink<AssignmentItem>,
): Promise<Outcome> {
  const tally = new Tally(sink);
  const rows = await collect(stream);
  const { rejected } = tally;
  const parsed: Array<{ row: SheetRow; ref: AssignmentRef }> = [];
  for (const row of rows) {
    const p = parseAssignmentRow(row, header.columns);
    if (p.ok) parsed.push({ row, ref: p.value });
    else rejected.push(reject(row, p.key, p.args));
  }
  const known: Known = {
    bas: await loadBas(db, ctx.scope),
    coopOf: await loadCoops(
      db,
      parsed.map((p) => p.ref),
    ),
    ctx,
    seen: new FirstSeen(),
  };
  const items: AssignmentItem[] = [];
  for (const { row, ref } of parsed) {
    const checked = checkAssignment(row, ref, known);
    if ("rejection" in checked) rejected.push(checked.rejection);
    else items.push(checked.item);
  }
  await tally.take(items);
  return tally.done();
}

/** One row: the BA and the coop found, in scope, in one kab/kota, the coop once in the file. */
function checkAssignment(
  row: SheetRow,
  ref: AssignmentRef,
  { bas, coopOf, ctx, seen }: Known,
): { rejection: Rejection } | { item: AssignmentItem } {
  const no = (key: string, args?: Args) => ({ rejection: reject(row, key, args) });
  const named = ref.phone ? undefined : (bas.byName.get(ref.name!) ?? []);
  if (named && named.length > 1) return no("imp-err-ba-ambiguous", { ba: ref.rawBa });
  const ba = ref.phone ? bas.byPhone.get(ref.phone) : named![0];
  if (!ba) return no("imp-err-ba-unknown", { ba: ref.rawBa });
  const coop = coopOf(ref);
  if (!coop) return no("imp-err-coop-unknown", { coop: ref.rawCoop });
  const scope = outOfScope(ctx, coop.provinceCode);
  if (scope) return no(scope.key, scope.args);
  if (ba.regencyCode !== coop.regencyCode) {
    const regency = ctx.w.regency(ba.regencyCode ?? "")?.name ?? "-";
    return no("imp-err-ba-other-regency", { ba: ba.name, regency, coop: coop.name });
  }
  const duplicate = seen.duplicate(row, coop.villageCode, "imp-err-duplicate-coop", { coop: coop.name });
  if (duplicate) return { rejection: duplicate };
  if (coop.rc === null && ba.u === null) return no("imp-err-ba-not-joined", { ba: ba.name, coop: coop.name });
  seen.add(row, coop.villageCode);
  return { item: assignmentItem(row, ba, coop) };
}

/** The assignment compared with the roster coop's BA and the bot coop's BA: same, new or an update. */
function assignmentItem(row: SheetRow, ba: Ba, coop: Coop): AssignmentItem {
  const rosterSame = !coop.rosterBa || (coop.rosterBa.s === ba.s && coop.rosterBa.u === ba.u);
  const coopSame = coop.c === null || ba.u === null || coop.coopBa === ba.u;
  const hadBa = coop.rosterBa?.s != null || coop.rosterBa?.u != null || coop.coopBa !== null;
  const same = rosterSame && coopSame;
  return {
    r: row.n,
    op: same ? "same" : hadBa ? "update" : "new",
    rc: coop.rc,
    c: coop.c,
    cn: coop.name,
    s: ba.s,
    u: ba.u,
    before: same ? null : { baStaffId: coop.rosterBa?.s ?? null, baUserId: coop.rosterBa?.u ?? coop.coopBa },
  };
}
