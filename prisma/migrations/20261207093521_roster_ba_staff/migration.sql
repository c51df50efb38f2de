-- AlterTable
ALTER TABLE "RosterCoop" ADD COLUMN     "baStaffId" INTEGER;

-- CreateIndex
CREATE INDEX "RosterCoop_baStaffId_idx" ON "RosterCoop"("baStaffId");

