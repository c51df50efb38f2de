// Writing a chunk of assignment plan items in one statement: the roster coop's BA (StaffRoster and
// User), and for a coop on the bot whose BA has joined: Cooperative.assignedBaId, the open
// Assignment row closed and a new one opened, open help requests moved (as assignments.ts does one
// by one); an AuditLog row per change naming the import. All parts see the rows as they were before the statement.
import type { SqlDb } from "./sql.ts";
import type { AssignmentItem } from "./types.ts";
import type { WriteEnv } from "./write-coops.ts";

const RECORD = `r int, op text, rc int, c int, s int, u int, before jsonb`;

export async function writeAssignments(db: SqlDb, items: AssignmentItem[], env: WriteEnv): Promise<void> {
  const rows = items.filter((i) => i.op !== "same");
  if (rows.length === 0) return;
  await db.$executeRawUnsafe(
    `WITH x AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${RECORD})),
    roster AS (
      UPDATE "RosterCoop" t SET "baStaffId" = x.s, "assignedBaId" = x.u, "updatedAt" = $3::timestamp
      FROM x WHERE t.id = x.rc RETURNING t.id),
    moving AS (
      SELECT x.c, x.u, co."assignedBaId" AS prev FROM x JOIN "Cooperative" co ON co.id = x.c
      WHERE x.u IS NOT NULL AND co."assignedBaId" IS DISTINCT FROM x.u),
    closed AS (
      UPDATE "Assignment" a SET "toAt" = $3::timestamp FROM moving m
      WHERE a."coopId" = m.c AND a."toAt" IS NULL RETURNING a.id),
    opened AS (
      INSERT INTO "Assignment" ("coopId", "baId", "byId", "fromAt")
      SELECT c, u, $4, $3::timestamp FROM moving RETURNING id),
    -- open help requests follow the coop, as in assignments.ts: those of the old BA and those nobody took
    requests AS (
      UPDATE "HelpRequest" r SET "routedRole" = 'BA', "routedToId" = m.u,
        "assigneeId" = CASE WHEN r."assigneeId" IS NULL THEN NULL ELSE m.u END
      FROM moving m
      WHERE r."coopId" = m.c AND r.status <> 'CLOSED'
        AND (r."assigneeId" IS NULL OR (m.prev IS NOT NULL AND (r."assigneeId" = m.prev
          OR (r."routedRole" = 'BA' AND r."routedToId" = m.prev))))
      RETURNING r.id, r."coopId"),
    coops AS (
      UPDATE "Cooperative" co SET "assignedBaId" = m.u, "updatedAt" = $3::timestamp
      FROM moving m WHERE co.id = m.c RETURNING co.id)
    INSERT INTO "AuditLog" ("actorId", action, entity, "entityId", before, after, at)
    SELECT $4, 'IMPORT_ASSIGNED', CASE WHEN x.rc IS NULL THEN 'Cooperative' ELSE 'RosterCoop' END,
      COALESCE(x.rc, x.c)::text, x.before,
      jsonb_build_object('importId', $2::int, 'row', x.r, 'baStaffId', x.s, 'baUserId', x.u, 'coopId', x.c,
        'assignments', (SELECT count(*) FROM opened), 'movedRequests', (SELECT count(*) FROM requests),
        'movedRequestIds', (SELECT COALESCE(jsonb_agg(q.id), '[]'::jsonb) FROM requests q WHERE q."coopId" = x.c)), $3::timestamp
    FROM x`,
    JSON.stringify(rows),
    env.importId,
    env.now.toISOString(),
    env.actorId,
  );
}
