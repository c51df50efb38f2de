// Writing a chunk of coop plan items: one statement inserts the new roster coops, updates the
// changed ones and writes an AuditLog row per change naming the import.
import type { SqlDb } from "./sql.ts";
import { pgArray } from "./sql.ts";
import type { CoopItem } from "./types.ts";

export interface WriteEnv {
  importId: number;
  actorId: number;
  now: Date;
}

const RECORD = `r int, op text, id int, v text, d text, g text, p text, name text, ahu text, kn text, kp text, units text, rd jsonb, coop int, before jsonb`;

export async function writeCoops(db: SqlDb, items: CoopItem[], env: WriteEnv): Promise<void> {
  const rows = items.filter((i) => i.op !== "same").map((i) => ({ ...i, units: pgArray(i.units) }));
  if (rows.length === 0) return;
  await db.$executeRawUnsafe(
    `WITH x AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${RECORD})),
    ins AS (
      INSERT INTO "RosterCoop" ("villageCode", "districtCode", "regencyCode", "provinceCode", name, "legalNumber",
        "ketuaName", "ketuaPhone", units, readiness, "coopId", "importId", "createdAt", "updatedAt")
      SELECT v, d, g, p, name, ahu, kn, kp, units::"BusinessUnit"[], rd, coop, $2, $3::timestamp, $3::timestamp
      FROM x WHERE op = 'new'
      RETURNING id, "villageCode"),
    upd AS (
      UPDATE "RosterCoop" t SET "villageCode" = x.v, "districtCode" = x.d, "regencyCode" = x.g, "provinceCode" = x.p,
        name = x.name, "legalNumber" = x.ahu, "ketuaName" = x.kn, "ketuaPhone" = x.kp, units = x.units::"BusinessUnit"[],
        readiness = x.rd, "coopId" = COALESCE(t."coopId", x.coop), "importId" = $2, "updatedAt" = $3::timestamp
      FROM x WHERE x.op = 'update' AND t.id = x.id
      RETURNING t.id, t."villageCode")
    INSERT INTO "AuditLog" ("actorId", action, entity, "entityId", before, after, at)
    SELECT $4, CASE x.op WHEN 'new' THEN 'IMPORT_COOP_NEW' ELSE 'IMPORT_COOP_UPDATED' END, 'RosterCoop', c.id::text,
      x.before, jsonb_build_object('importId', $2::int, 'row', x.r, 'v', x.v, 'name', x.name, 'ahu', x.ahu, 'kn', x.kn,
        'kp', x.kp, 'units', x.units, 'rd', x.rd, 'coop', x.coop), $3::timestamp
    FROM (SELECT * FROM ins UNION ALL SELECT * FROM upd) c JOIN x ON x.v = c."villageCode"`,
    JSON.stringify(rows),
    env.importId,
    env.now.toISOString(),
    env.actorId,
  );
}
