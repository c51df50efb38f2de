-- CreateTable
CREATE TABLE "Nudge" (
    "id" SERIAL NOT NULL,
    "coopId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "byId" INTEGER NOT NULL,
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Nudge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" SERIAL NOT NULL,
    "coopId" INTEGER NOT NULL,
    "baId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "followUpAt" TIMESTAMP(3),
    "followUpSentAt" TIMESTAMP(3),
    "photoFileId" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Nudge_byId_at_idx" ON "Nudge"("byId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Nudge_coopId_day_key" ON "Nudge"("coopId", "day");

-- CreateIndex
CREATE INDEX "Visit_coopId_at_idx" ON "Visit"("coopId", "at");

-- CreateIndex
CREATE INDEX "Visit_baId_at_idx" ON "Visit"("baId", "at");

-- CreateIndex
CREATE INDEX "Visit_followUpAt_followUpSentAt_idx" ON "Visit"("followUpAt", "followUpSentAt");

