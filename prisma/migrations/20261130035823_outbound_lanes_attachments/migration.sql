-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN     "attachmentId" INTEGER,
ADD COLUMN     "group" TEXT,
ADD COLUMN     "lane" TEXT NOT NULL DEFAULT 'interactive';

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "filename" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "fileId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Outbox_status_lane_nextAttemptAt_idx" ON "Outbox"("status", "lane", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Outbox_group_status_idx" ON "Outbox"("group", "status");

