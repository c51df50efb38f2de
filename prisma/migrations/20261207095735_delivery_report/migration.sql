-- CreateTable
CREATE TABLE "DeliveryReport" (
    "id" SERIAL NOT NULL,
    "group" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "vars" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reportedAt" TIMESTAMP(3),

    CONSTRAINT "DeliveryReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryReport_group_key" ON "DeliveryReport"("group");

-- CreateIndex
CREATE INDEX "DeliveryReport_reportedAt_idx" ON "DeliveryReport"("reportedAt");

