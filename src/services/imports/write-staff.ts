// Writing a chunk of staff plan items in one statement: a personal one-use invite per person who
// needs one (the replaced invite revoked), the StaffRoster rows inserted or updated, and an
// AuditLog row per change naming the import. Codes come from invites.ts' generator; a collision
// with an existing code (about 1 in 10^8 for a province's staff) fails the chunk, and applying
// again retries it with fresh codes.
import { generateCode } from "../invites.ts";
import type { SqlDb } from "./sql.ts";
import type { StaffItem } from "./types.ts";
import type { WriteEnv } from "./write-coops.ts";

/** how long a rostered person's invite stays valid */
const STAFF_INVITE_DAYS = 30;

const RECORD = `r int, op text, id int, phone text, name text, role text, g text, p text, code text, "oldInvite" int, before jsonb`;

export async function writeStaff(db: SqlDb, items: StaffItem[], env: WriteEnv): Promise<number> {
  const rows = items.filter((i) => i.op !== "same").map((i) => ({ ...i, code: i.invite ? generateCode() : null }));
  if (rows.length === 0) return 0;
  const expires = new Date(env.now.getTime() + STAFF_INVITE_DAYS * 86_400_000);
  return db.$executeRawUnsafe(
    `WITH x AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${RECORD})),
    inv AS (
      INSERT INTO "Invite" (code, role, "regencyCode", "provinceCode", "maxUses", uses, "expiresAt", "createdById", "createdAt")
      SELECT code, role::"Role", g, p, 1, 0, $5::timestamp, $4, $3::timestamp FROM x WHERE code IS NOT NULL
      RETURNING id, code),
    rev AS (
      UPDATE "Invite" i SET "revokedAt" = $3::timestamp FROM x
      WHERE x.code IS NOT NULL AND i.id = x."oldInvite" AND i."revokedAt" IS NULL RETURNING i.id),
    st AS (
      INSERT INTO "StaffRoster" AS s (phone, "fullName", role, "regencyCode", "provinceCode", "inviteId", "importId", "createdAt", "updatedAt")
      SELECT x.phone, x.name, x.role::"Role", x.g, x.p, inv.id, $2, $3::timestamp, $3::timestamp
      FROM x LEFT JOIN inv ON inv.code = x.code
      ON CONFLICT (phone) DO UPDATE SET "fullName" = EXCLUDED."fullName", role = EXCLUDED.role,
        "regencyCode" = EXCLUDED."regencyCode", "provinceCode" = EXCLUDED."provinceCode",
        "inviteId" = COALESCE(EXCLUDED."inviteId", s."inviteId"), "importId" = EXCLUDED."importId",
        "updatedAt" = EXCLUDED."updatedAt"
      RETURNING id, phone, "inviteId")
    INSERT INTO "AuditLog" ("actorId", action, entity, "entityId", before, after, at)
    SELECT $4, CASE x.op WHEN 'new' THEN 'IMPORT_STAFF_NEW' ELSE 'IMPORT_STAFF_UPDATED' END, 'StaffRoster', st.id::text,
      x.before, jsonb_build_object('importId', $2::int, 'row', x.r, 'name', x.name, 'role', x.role, 'g', x.g, 'p', x.p,
        'inviteId', st."inviteId", 'revokedInvite', x."oldInvite"), $3::timestamp
    FROM st JOIN x ON x.phone = st.phone`,
    JSON.stringify(rows),
    env.importId,
    env.now.toISOString(),
    env.actorId,
    expires.toISOString(),
  );
}
