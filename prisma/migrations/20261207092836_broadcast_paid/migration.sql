-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN     "paid" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "paidRefusedAt" TIMESTAMP(3);

