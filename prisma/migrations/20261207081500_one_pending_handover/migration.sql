-- At most one PENDING ketua hand-over per coop (issue 24 item 8). A partial unique index:
-- prisma/schema.prisma cannot express it, so it is written here by hand (prisma migrate diff
-- does not report partial indexes, so npm run db:check stays clean).
-- Two pending rows left by the old race: keep the newest, the older ones count as replaced.
UPDATE "CoopHandover" h SET "status" = 'REPLACED', "decidedAt" = CURRENT_TIMESTAMP
WHERE h."status" = 'PENDING'
  AND EXISTS (SELECT 1 FROM "CoopHandover" n WHERE n."coopId" = h."coopId" AND n."status" = 'PENDING' AND n."id" > h."id");

CREATE UNIQUE INDEX "CoopHandover_coopId_pending_key" ON "CoopHandover"("coopId") WHERE "status" = 'PENDING';
