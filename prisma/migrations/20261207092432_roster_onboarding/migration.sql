-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('COOPS', 'STAFF', 'ASSIGNMENTS');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('VALIDATED', 'APPLYING', 'APPLIED', 'CANCELLED', 'FAILED');

-- CreateTable
CREATE TABLE "Import" (
    "id" SERIAL NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'VALIDATED',
    "byId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "provinceCode" TEXT,
    "total" INTEGER NOT NULL DEFAULT 0,
    "applied" INTEGER NOT NULL DEFAULT 0,
    "counts" JSONB NOT NULL,
    "plan" JSONB NOT NULL,
    "rejected" JSONB NOT NULL,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "Import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RosterCoop" (
    "id" SERIAL NOT NULL,
    "villageCode" TEXT NOT NULL,
    "districtCode" TEXT NOT NULL,
    "regencyCode" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalNumber" TEXT,
    "ketuaName" TEXT,
    "ketuaPhone" TEXT,
    "units" "BusinessUnit"[],
    "readiness" JSONB,
    "assignedBaId" INTEGER,
    "coopId" INTEGER,
    "claimedAt" TIMESTAMP(3),
    "importId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RosterCoop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffRoster" (
    "id" SERIAL NOT NULL,
    "phone" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "regencyCode" TEXT,
    "provinceCode" TEXT,
    "inviteId" INTEGER,
    "userId" INTEGER,
    "importId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffRoster_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Import_byId_createdAt_idx" ON "Import"("byId", "createdAt");

-- CreateIndex
CREATE INDEX "Import_sha256_idx" ON "Import"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "RosterCoop_villageCode_key" ON "RosterCoop"("villageCode");

-- CreateIndex
CREATE UNIQUE INDEX "RosterCoop_legalNumber_key" ON "RosterCoop"("legalNumber");

-- CreateIndex
CREATE UNIQUE INDEX "RosterCoop_coopId_key" ON "RosterCoop"("coopId");

-- CreateIndex
CREATE INDEX "RosterCoop_regencyCode_idx" ON "RosterCoop"("regencyCode");

-- CreateIndex
CREATE INDEX "RosterCoop_provinceCode_idx" ON "RosterCoop"("provinceCode");

-- CreateIndex
CREATE INDEX "RosterCoop_districtCode_idx" ON "RosterCoop"("districtCode");

-- CreateIndex
CREATE INDEX "RosterCoop_assignedBaId_idx" ON "RosterCoop"("assignedBaId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffRoster_phone_key" ON "StaffRoster"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "StaffRoster_inviteId_key" ON "StaffRoster"("inviteId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffRoster_userId_key" ON "StaffRoster"("userId");

-- CreateIndex
CREATE INDEX "StaffRoster_role_regencyCode_idx" ON "StaffRoster"("role", "regencyCode");

