-- CreateTable
CREATE TABLE "CoopHandover" (
    "id" SERIAL NOT NULL,
    "coopId" INTEGER NOT NULL,
    "fromUserId" INTEGER NOT NULL,
    "toUserId" INTEGER NOT NULL,
    "byId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "CoopHandover_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CoopHandover_coopId_status_idx" ON "CoopHandover"("coopId", "status");

