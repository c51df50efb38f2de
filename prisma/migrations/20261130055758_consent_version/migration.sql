-- AlterTable
ALTER TABLE "User" ADD COLUMN     "consentVersion" TEXT;

