-- AlterTable
ALTER TABLE "Mandatary" ADD COLUMN     "needsRecordedAt" TIMESTAMPTZ(3);
