-- CreateEnum
CREATE TYPE "InboundStatus" AS ENUM ('PENDING', 'PROCESSED', 'DROPPED');

-- AlterTable
ALTER TABLE "portals" ADD COLUMN     "decide_by_email" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "inbound_messages" (
    "id" UUID NOT NULL,
    "message_id" TEXT NOT NULL,
    "transport" TEXT NOT NULL,
    "remote_ip" TEXT,
    "helo" TEXT,
    "envelope_from" TEXT,
    "envelope_to" TEXT[],
    "from_address" TEXT,
    "subject" TEXT,
    "size_bytes" INTEGER NOT NULL,
    "raw" BYTEA NOT NULL,
    "status" "InboundStatus" NOT NULL DEFAULT 'PENDING',
    "reason" TEXT,
    "detail" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ticket_id" UUID,
    "comment_id" UUID,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMPTZ(3),

    CONSTRAINT "inbound_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "inbound_messages_message_id_key" ON "inbound_messages"("message_id");

-- CreateIndex
CREATE INDEX "inbound_messages_status_next_attempt_at_idx" ON "inbound_messages"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "inbound_messages_from_address_received_at_idx" ON "inbound_messages"("from_address", "received_at");

-- CreateIndex
CREATE INDEX "inbound_messages_received_at_id_idx" ON "inbound_messages"("received_at" DESC, "id" DESC);

-- AlterTable
ALTER TABLE "users" ADD COLUMN "notification_version" INTEGER NOT NULL DEFAULT 1;
