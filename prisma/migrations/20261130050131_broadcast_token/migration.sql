-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN     "token" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Broadcast_token_key" ON "Broadcast"("token");

