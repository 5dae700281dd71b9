-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "linkVersion" INTEGER NOT NULL DEFAULT 0;
