-- CreateEnum
CREATE TYPE "FileStorage" AS ENUM ('PG', 'S3');

-- CreateTable
CREATE TABLE "ticket_attachments" (
    "id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "comment_id" UUID,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "uploader_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage" "FileStorage" NOT NULL DEFAULT 'PG',
    "storage_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "file_chunks" (
    "file_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "file_chunks_pkey" PRIMARY KEY ("file_id","seq")
);

-- Downloads published so far move their bytes into file_chunks (256 KiB chunks), then lose the column.
INSERT INTO "file_chunks" ("file_id", "seq", "data")
SELECT d."id", g.seq, substring(d."content" FROM g.seq * 262144 + 1 FOR 262144)
  FROM "downloads" d,
       generate_series(0, greatest(ceil(length(d."content") / 262144.0)::int - 1, 0)) AS g(seq);

-- AlterTable
ALTER TABLE "downloads" DROP COLUMN "content",
ADD COLUMN     "storage" "FileStorage" NOT NULL DEFAULT 'PG',
ADD COLUMN     "storage_key" TEXT;

-- CreateTable
CREATE TABLE "pending_objects" (
    "key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pending_objects_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ticket_attachments_ticket_id_created_at_id_idx" ON "ticket_attachments"("ticket_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "ticket_attachments_comment_id_idx" ON "ticket_attachments"("comment_id");

-- CreateIndex
CREATE INDEX "pending_objects_created_at_idx" ON "pending_objects"("created_at");

-- AddForeignKey
ALTER TABLE "ticket_attachments" ADD CONSTRAINT "ticket_attachments_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_attachments" ADD CONSTRAINT "ticket_attachments_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "ticket_comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_attachments" ADD CONSTRAINT "ticket_attachments_uploader_id_fkey" FOREIGN KEY ("uploader_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
