-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('MANDATARIES', 'SERVICES');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "MandataryRole" ADD VALUE 'SOCIAL_COMMITTEE_MEMBER';
ALTER TYPE "MandataryRole" ADD VALUE 'MANAGEMENT_TEAM';
ALTER TYPE "MandataryRole" ADD VALUE 'FLEMISH_POLICY_MAKER';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ServiceType" ADD VALUE 'SHORT_STAY';
ALTER TYPE "ServiceType" ADD VALUE 'ASSISTED_LIVING';
ALTER TYPE "ServiceType" ADD VALUE 'PARENTING_SUPPORT';
ALTER TYPE "ServiceType" ADD VALUE 'SOCIAL_RESTAURANT';
ALTER TYPE "ServiceType" ADD VALUE 'PROJECT';

-- AlterTable
ALTER TABLE "CareService" ADD COLUMN     "accessibilityNotes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "audience" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "challenges" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "description" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "dressCode" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "handsOnActivities" TEXT[],
ADD COLUMN     "maxGroupSize" INTEGER,
ADD COLUMN     "minVisitMinutes" INTEGER,
ADD COLUMN     "projects" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "userParticipation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "visitingHours" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
-- Existing expeditions get 60 days of aftercare after their last day.
ALTER TABLE "Expedition" ADD COLUMN     "aftercareEndsOn" DATE;
UPDATE "Expedition" SET "aftercareEndsOn" = "lastDay" + 60;
ALTER TABLE "Expedition" ALTER COLUMN "aftercareEndsOn" SET NOT NULL;

-- AlterTable
ALTER TABLE "Mandatary" ADD COLUMN     "dietaryNeeds" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "mobilityNeeds" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "party" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "brandColor" TEXT NOT NULL DEFAULT '#1f4e79',
ADD COLUMN     "portfolioKeywords" JSONB,
ADD COLUMN     "portfolios" TEXT[];

-- CreateTable
CREATE TABLE "KeyFigure" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "referenceDate" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "KeyFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CareStory" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "tellerRole" TEXT NOT NULL,
    "tellerName" TEXT NOT NULL DEFAULT '',
    "nameConsent" BOOLEAN NOT NULL DEFAULT false,
    "consentNote" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CareStory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ErasedAnswerTally" (
    "organizationId" TEXT NOT NULL,
    "expeditionId" TEXT NOT NULL,
    "status" "RsvpStatus" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ErasedAnswerTally_pkey" PRIMARY KEY ("expeditionId","status")
);

-- CreateTable
CREATE TABLE "ImportDraft" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "columns" TEXT[],
    "rows" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KeyFigure_serviceId_idx" ON "KeyFigure"("serviceId");

-- CreateIndex
CREATE INDEX "CareStory_serviceId_idx" ON "CareStory"("serviceId");

-- CreateIndex
CREATE INDEX "ImportDraft_organizationId_idx" ON "ImportDraft"("organizationId");

-- AddForeignKey
ALTER TABLE "KeyFigure" ADD CONSTRAINT "KeyFigure_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "CareService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareStory" ADD CONSTRAINT "CareStory_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "CareService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErasedAnswerTally" ADD CONSTRAINT "ErasedAnswerTally_expeditionId_fkey" FOREIGN KEY ("expeditionId") REFERENCES "Expedition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportDraft" ADD CONSTRAINT "ImportDraft_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
