-- CreateTable
CREATE TABLE "RoutedLeg" (
    "key" TEXT NOT NULL,
    "fromLatitude" DOUBLE PRECISION NOT NULL,
    "fromLongitude" DOUBLE PRECISION NOT NULL,
    "toLatitude" DOUBLE PRECISION NOT NULL,
    "toLongitude" DOUBLE PRECISION NOT NULL,
    "mode" "TravelMode" NOT NULL,
    "minutes" DOUBLE PRECISION NOT NULL,
    "distanceKm" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "fetchedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoutedLeg_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "RateLimitWindow" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "ScheduledJob" (
    "name" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "lastRunAt" TIMESTAMPTZ(3),
    "lastError" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ScheduledJob_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "RoutedLeg_fetchedAt_idx" ON "RoutedLeg"("fetchedAt");

-- CreateIndex
CREATE INDEX "RateLimitWindow_windowStart_idx" ON "RateLimitWindow"("windowStart");
