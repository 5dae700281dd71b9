-- AlterEnum
ALTER TYPE "RsvpStatus" ADD VALUE 'MAYBE';

-- AlterTable
ALTER TABLE "Expedition" ADD COLUMN     "deadlineReminderDays" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "reminderDays" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "videoUrl" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "answerRevision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "calendarSequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "companionName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "mailedEvents" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "programmeId" TEXT;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "bannerImage" BYTEA,
ADD COLUMN     "bannerType" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "attachments" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "batchId" TEXT,
ADD COLUMN     "expeditionId" TEXT,
ADD COLUMN     "invitationId" TEXT;

-- CreateTable
CREATE TABLE "PressContact" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "outlet" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PressContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceBriefing" (
    "organizationId" TEXT NOT NULL,
    "expeditionId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceBriefing_pkey" PRIMARY KEY ("expeditionId","serviceId")
);

-- CreateIndex
CREATE UNIQUE INDEX "PressContact_organizationId_email_key" ON "PressContact"("organizationId", "email");

-- CreateIndex
CREATE INDEX "OutboxMessage_batchId_idx" ON "OutboxMessage"("batchId");

-- CreateIndex
CREATE INDEX "OutboxMessage_expeditionId_idx" ON "OutboxMessage"("expeditionId");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressContact" ADD CONSTRAINT "PressContact_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceBriefing" ADD CONSTRAINT "ServiceBriefing_expeditionId_fkey" FOREIGN KEY ("expeditionId") REFERENCES "Expedition"("id") ON DELETE CASCADE ON UPDATE CASCADE;
