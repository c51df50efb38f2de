-- CreateTable
CREATE TABLE "RecapSubscription" (
    "userId" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecapSubscription_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "RecapDelivery" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecapDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RecapDelivery_userId_period_key" ON "RecapDelivery"("userId", "period");

