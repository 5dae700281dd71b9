-- CreateEnum
CREATE TYPE "ProgrammeKind" AS ENUM ('FIXED', 'CHOICE');

-- CreateEnum
CREATE TYPE "ProgrammeConcept" AS ENUM ('CUSTOM', 'ROUND', 'BUS_TOUR', 'BIKE_TOUR', 'CIRCLE_DAY', 'SPEED_DATE', 'CARE_FAIR', 'OPEN_DAY', 'JOB_SWAP');

-- CreateEnum
CREATE TYPE "StopKind" AS ENUM ('VISIT', 'MEAL', 'PRESS', 'WELCOME', 'PLACE');

-- CreateEnum
CREATE TYPE "TravelMode" AS ENUM ('WALK', 'BIKE', 'CAR', 'BUS');

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "concept" "ProgrammeConcept" NOT NULL DEFAULT 'CUSTOM',
ADD COLUMN     "groupSize" INTEGER,
ADD COLUMN     "kind" "ProgrammeKind" NOT NULL DEFAULT 'FIXED',
ADD COLUMN     "notes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "travelMode" "TravelMode" NOT NULL DEFAULT 'CAR',
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Stop" ADD COLUMN     "capacity" INTEGER,
ADD COLUMN     "city" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "handsOnTask" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "isOption" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "kind" "StopKind" NOT NULL DEFAULT 'VISIT',
ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION,
ADD COLUMN     "notes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "placeName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "postalCode" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "street" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "title" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "travelMinutes" INTEGER,
ADD COLUMN     "travelMode" "TravelMode",
ADD COLUMN     "userParticipation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "welcomedBy" TEXT NOT NULL DEFAULT '',
ALTER COLUMN "serviceId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "StopChoice" (
    "organizationId" TEXT NOT NULL,
    "stopId" TEXT NOT NULL,
    "mandataryId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StopChoice_pkey" PRIMARY KEY ("stopId","mandataryId")
);

-- CreateIndex
CREATE INDEX "StopChoice_mandataryId_idx" ON "StopChoice"("mandataryId");

-- AddForeignKey
ALTER TABLE "StopChoice" ADD CONSTRAINT "StopChoice_stopId_fkey" FOREIGN KEY ("stopId") REFERENCES "Stop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StopChoice" ADD CONSTRAINT "StopChoice_mandataryId_fkey" FOREIGN KEY ("mandataryId") REFERENCES "Mandatary"("id") ON DELETE CASCADE ON UPDATE CASCADE;
