-- AlterEnum
ALTER TYPE "OutboxStatus" ADD VALUE 'LOGGED';

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "last_failed_login_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "unknown_login_failures" (
    "key_hash" TEXT NOT NULL,
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "last_failed_login_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "unknown_login_failures_pkey" PRIMARY KEY ("key_hash")
);

-- CreateIndex
CREATE INDEX "unknown_login_failures_last_failed_login_at_idx" ON "unknown_login_failures"("last_failed_login_at");
