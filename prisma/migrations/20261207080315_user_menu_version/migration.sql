-- AlterTable
ALTER TABLE "User" ADD COLUMN     "menuVersion" TEXT;

