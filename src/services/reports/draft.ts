// Drafts: opening the report to work on, saving answers after every message (optimistic locking
// on MonthlyReport.rev), photos. Every changed value is written to ReportEvent (before/after).
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { ReportStatus } from "../../generated/prisma/enums.ts";
import { previousPeriod } from "../../lib/dates.ts";
import { activeMemberSql } from "./access.ts";
import { aktifKey, groupOf, isIntField } from "./questions.ts";
import { type ValueRow, decodeValueRows, tzOf, valuesJsonSql } from "./view.ts";
import { hotSql } from "../../db/hot-sql.ts";

const EDITABLE: ReportStatus[] = ["DRAFT", "RETURNED"];
export const isEditable = (s: ReportStatus) => EDITABLE.includes(s);
/** EDITABLE as an SQL list, for `status IN ${EDITABLE_SQL}` in the statements that write a draft */
export const EDITABLE_SQL = `(${EDITABLE.map((s) => `'${s}'`).join(", ")})`;

export type OpenResult =
  | { kind: "ok"; reportId: number; created: boolean }
  | { kind: "not_member" }
  | { kind: "not_found" }
  | { kind: "bad_period"; period: string; latest: string }
  | {
      kind: "closed";
      reportId: number;
      period: string;
      status: ReportStatus;
      version: number;
      submittedAt: string | null;
    };

type ReportRow = { id: number; period: string; status: ReportStatus; version: number; submittedAt: string | null };

const closed = (r: ReportRow): OpenResult => ({
  kind: "closed",
  reportId: r.id,
  period: r.period,
  status: r.status,
  version: r.version,
  submittedAt: r.submittedAt ? new Date(r.submittedAt).toISOString() : null,
});

const opened = (r: ReportRow, created = false): OpenResult =>
  isEditable(r.status) ? { kind: "ok", reportId: r.id, created } : closed(r);

// One statement: the coop's province, whether the user is an active member, and the coop's reports
// (a coop has one per month: a few dozen rows at most).
const OPEN_SQL = `
SELECT c."provinceCode", EXISTS (${activeMemberSql("$2", "c.id")}) AS active,
  (SELECT coalesce(json_agg(json_build_object('id', r.id, 'period', r.period, 'status', r.status, 'version', r.version,
     'submittedAt', to_char(r."submittedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))), '[]'::json)
   FROM "MonthlyReport" r WHERE r."coopId" = c.id) AS reports
FROM "Cooperative" c WHERE c.id = $1`;

// A new draft and its CREATED event, or nothing when another pengurus created it a moment ago.
const CREATE_SQL = `
WITH r AS (
  INSERT INTO "MonthlyReport" ("coopId", period, status, version, rev, "createdAt", "updatedAt")
  VALUES ($1, $2, 'DRAFT', 0, 0, (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC'))
  ON CONFLICT ("coopId", period) DO NOTHING RETURNING id
), ev AS (
  INSERT INTO "ReportEvent" ("reportId", "actorId", action, version, at) SELECT r.id, $3, 'CREATED', 1, ($4::timestamptz AT TIME ZONE 'UTC') FROM r
)
SELECT id FROM r`;

/**
 * The report a member works on: a given one, a given period, else (in order) a returned report,
 * an older unfinished draft, or last month's (created as a draft when missing).
 */
export async function openReport(
  prisma: PrismaClient,
  input: { userId: number; coopId: number; now: Date; period?: string; reportId?: number },
): Promise<OpenResult> {
  const sql = hotSql(prisma);
  const [c] = await sql.query<{ provinceCode: string; active: boolean; reports: ReportRow[] }>(OPEN_SQL, [
    input.coopId,
    input.userId,
  ]);
  if (!c?.active) return { kind: "not_member" };
  const latest = previousPeriod(input.now, tzOf(c.provinceCode));
  if (input.reportId !== undefined) {
    const r = c.reports.find((x) => x.id === input.reportId);
    return r ? opened(r) : { kind: "not_found" };
  }
  if (input.period === undefined) {
    // a returned report first, then the oldest unfinished draft of an earlier month
    const byPeriod = [...c.reports].sort((a, b) => a.period.localeCompare(b.period));
    const pending =
      byPeriod.find((r) => r.status === "RETURNED") ?? byPeriod.find((r) => r.status === "DRAFT" && r.period < latest);
    if (pending) return { kind: "ok", reportId: pending.id, created: false };
  }
  const period = input.period ?? latest;
  if (period > latest) return { kind: "bad_period", period, latest };
  const existing = c.reports.find((r) => r.period === period);
  if (existing) return opened(existing);
  const [created] = await sql.query<{ id: number }>(CREATE_SQL, [
    input.coopId,
    period,
    input.userId,
    input.now.toISOString(),
  ]);
  if (created) return { kind: "ok", reportId: created.id, created: true };
  const [now] = await sql.query<{ reports: ReportRow[] }>(OPEN_SQL, [input.coopId, input.userId]);
  const r = now?.reports.find((x) => x.period === period);
  return r ? opened(r) : { kind: "not_found" };
}

export interface Conflict {
  key: string;
  current: string | null;
  by: string | null;
}

export type SaveResult =
  | { kind: "saved"; rev: number; saved: string[] }
  | { kind: "conflict"; rev: number; saved: string[]; conflicts: Conflict[] }
  | { kind: "locked"; status: ReportStatus; by: string | null }
  | { kind: "forbidden" }
  | { kind: "not_found" };

export interface SaveInput {
  reportId: number;
  actorId: number;
  /** the rev the user saw when the question was asked */
  expectedRev: number;
  /** the values the user saw (key → value, or null when unanswered) */
  seen: Record<string, string | null>;
  values: Record<string, string>;
  at: Date;
  /** the draft's values and flags at `expectedRev` (the wizard's view): the write is tried without reading first */
  known?: { values: Record<string, string>; flagged: string[] };
}

/**
 * Saves answers. When the draft changed since the user saw it (rev moved) and another pengurus
 * changed one of these very fields, that field is NOT overwritten: it comes back as a conflict
 * with the fresh value (the others are saved). Answering a flagged field clears its flag.
 *
 * This runs on every answer, so it is one statement when nothing moved (docs/BENCHMARKS.md,
 * "Hot path"): with `known`, the write bumps `rev` only if it is still `expectedRev`, the report
 * still editable and the actor still an active member, and in the same statement upserts the
 * values and appends their events. Otherwise (or when that write finds anything moved) the
 * report, its values and the actor's membership are read first (one statement) and the write
 * is made against the rev just read.
 */
export async function saveAnswers(prisma: PrismaClient, input: SaveInput): Promise<SaveResult> {
  if (input.known) {
    const d: Draft = {
      id: input.reportId,
      rev: input.expectedRev,
      flagged: input.known.flagged,
      current: input.known.values,
    };
    const r = await writeDraft(prisma, input, d, { mustWrite: true });
    if (r !== "moved") return r;
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const sql = hotSql(prisma);
    const [r] = await sql.query<DraftRow>(DRAFT_SQL, [input.reportId, input.actorId]);
    if (!r) return { kind: "not_found" };
    if (!r.active) return { kind: "forbidden" };
    if (!isEditable(r.status))
      return { kind: "locked", status: r.status, by: await lastActor(prisma, r.id, null, ["SUBMITTED", "ACCEPTED"]) };
    const current = decodeValueRows(r.vals);
    const w = await writeDraft(prisma, input, { id: r.id, rev: r.rev, flagged: r.flagged, current });
    if (w !== "moved") return w;
  }
  throw new Error(`report ${input.reportId}: rev kept moving while saving`);
}

interface DraftRow {
  id: number;
  coopId: number;
  status: ReportStatus;
  version: number;
  rev: number;
  flagged: string[];
  vals: ValueRow[];
  active: boolean;
}

/** The draft a write is made against: its rev, flags and values (encoded as in ReportView). */
interface Draft {
  id: number;
  rev: number;
  flagged: string[];
  current: Record<string, string>;
}

const DRAFT_SQL = `
SELECT r.id, r."coopId", r.status::text AS status, r.version, r.rev, coalesce(r.flagged, ARRAY[]::text[]) AS flagged,
  ${valuesJsonSql("r.id")} AS vals,
  EXISTS (${activeMemberSql("$2", 'r."coopId"')}) AS active
FROM "MonthlyReport" r WHERE r.id = $1`;

// $1 report, $2 rev read, $3 flagged, $4 at (ISO), $5 fields, $6 int values, $7 texts, $8 actor, $9 befores, $10 afters
const WRITE_SQL = `
WITH upd AS (
  UPDATE "MonthlyReport" r SET rev = rev + 1, flagged = $3::text[], "updatedAt" = ($4::timestamptz AT TIME ZONE 'UTC')
  WHERE id = $1 AND rev = $2 AND status IN ${EDITABLE_SQL} AND EXISTS (${activeMemberSql("$8", 'r."coopId"')})
  RETURNING id, version
), vals AS (
  INSERT INTO "ReportValue" ("reportId", field, "intValue", text)
  SELECT upd.id, x.field, x.iv, x.tx FROM upd, unnest($5::text[], $6::bigint[], $7::text[]) AS x(field, iv, tx)
  ON CONFLICT ("reportId", field) DO UPDATE SET "intValue" = EXCLUDED."intValue", text = EXCLUDED.text
), ev AS (
  INSERT INTO "ReportEvent" ("reportId", "actorId", action, field, before, after, version, at)
  SELECT upd.id, $8, 'VALUE_SET', x.field, x.before, x.after, upd.version + 1, ($4::timestamptz AT TIME ZONE 'UTC')
  FROM upd, unnest($5::text[], $9::text[], $10::text[]) AS x(field, before, after)
)
SELECT count(*)::int AS n FROM upd`;

/**
 * Writes `input` against draft `d`; "moved" when the rev, the status or the membership was no
 * longer what `d` assumed (or, with mustWrite, when there was nothing to write to prove it).
 */
async function writeDraft(
  prisma: PrismaClient,
  input: SaveInput,
  d: Draft,
  opts: { mustWrite?: boolean } = {},
): Promise<SaveResult | "moved"> {
  const { current } = d;
  const toSave: Record<string, string> = {};
  const conflictKeys: string[] = [];
  for (const [key, value] of Object.entries(input.values)) {
    const now = current[key] ?? null;
    if (d.rev !== input.expectedRev && now !== (input.seen[key] ?? null) && now !== value) conflictKeys.push(key);
    else toSave[key] = value;
  }
  // typing a unit's figures means it operates this month
  for (const key of Object.keys(toSave)) {
    const g = groupOf(key);
    if (g?.unit && key !== aktifKey(g.id) && !(aktifKey(g.id) in input.values) && current[aktifKey(g.id)] !== "1")
      toSave[aktifKey(g.id)] = "1";
  }
  const flagged = d.flagged.filter((f) => !(f in toSave)); // answered again (a unit's "aktif" is set by its figures)
  const changed = Object.entries(toSave).filter(([k, v]) => current[k] !== v);
  let rev = d.rev;
  if (changed.length > 0 || flagged.length !== d.flagged.length) {
    const fields = changed.map(([k]) => k);
    const [w] = await hotSql(prisma).query<{ n: number }>(WRITE_SQL, [
      d.id,
      d.rev,
      flagged,
      input.at.toISOString(),
      fields,
      changed.map(([k, v]) => (isIntField(k) ? BigInt(v).toString() : null)),
      changed.map(([k, v]) => (isIntField(k) ? null : v)),
      input.actorId,
      fields.map((k) => current[k] ?? null),
      changed.map(([, v]) => v),
    ]);
    if (!w || Number(w.n) === 0) return "moved";
    rev = d.rev + 1;
  } else if (opts.mustWrite) return "moved";
  const saved = Object.keys(toSave);
  if (conflictKeys.length === 0) return { kind: "saved", rev, saved };
  const conflicts: Conflict[] = [];
  for (const key of conflictKeys)
    conflicts.push({ key, current: current[key] ?? null, by: await lastActor(prisma, d.id, key, ["VALUE_SET"]) });
  return { kind: "conflict", rev, saved, conflicts };
}

// Membership is checked on every write (DRAFT_SQL, PHOTO_SQL): someone removed from the board
// mid-report can no longer save.

async function lastActor(
  tx: PrismaClient,
  reportId: number,
  field: string | null,
  actions: string[],
): Promise<string | null> {
  const e = await tx.reportEvent.findFirst({
    where: { reportId, action: { in: actions }, ...(field ? { field } : {}) },
    orderBy: { id: "desc" },
    include: { actor: true },
  });
  return e?.actor ? (e.actor.fullName ?? e.actor.tgFirstName ?? null) : null;
}

export type PhotoResult =
  { kind: "added"; count: number } | { kind: "locked" } | { kind: "forbidden" } | { kind: "full"; count: number };
const MAX_PHOTOS = 10;

// One statement: check (editable, active member, room left), store the photo and its event.
// $1 report, $2 actor, $3 file id, $4 caption, $5 at (ISO), $6 max photos
const PHOTO_SQL = `
WITH r AS (
  SELECT r.id, r.version, r.status IN ${EDITABLE_SQL} AS editable,
    (SELECT count(*)::int FROM "ReportPhoto" p WHERE p."reportId" = r.id) AS n,
    EXISTS (${activeMemberSql("$2", 'r."coopId"')}) AS active
  FROM "MonthlyReport" r WHERE r.id = $1
), ins AS (
  INSERT INTO "ReportPhoto" ("reportId", "fileId", caption, "createdAt")
  SELECT r.id, $3, $4, ($5::timestamptz AT TIME ZONE 'UTC') FROM r WHERE r.editable AND r.active AND r.n < $6
  RETURNING "reportId"
), ev AS (
  INSERT INTO "ReportEvent" ("reportId", "actorId", action, after, version, at)
  SELECT r.id, $2, 'PHOTO_ADDED', $3, r.version + 1, ($5::timestamptz AT TIME ZONE 'UTC') FROM r JOIN ins ON ins."reportId" = r.id
)
SELECT r.editable, r.active, r.n, (SELECT count(*)::int FROM ins) AS added FROM r`;

export async function addPhoto(
  prisma: PrismaClient,
  input: { reportId: number; actorId: number; fileId: string; caption?: string; at: Date },
): Promise<PhotoResult> {
  const [r] = await hotSql(prisma).query<{ editable: boolean; active: boolean; n: number; added: number }>(PHOTO_SQL, [
    input.reportId,
    input.actorId,
    input.fileId,
    input.caption?.slice(0, 500) ?? null,
    input.at.toISOString(),
    MAX_PHOTOS,
  ]);
  if (!r || !r.editable) return { kind: "locked" };
  if (!r.active) return { kind: "forbidden" };
  if (Number(r.added) === 0) return { kind: "full", count: r.n };
  return { kind: "added", count: r.n + 1 };
}
