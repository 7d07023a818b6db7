-- Consent: who asked for a partner link, for a change of ticket access (audit), and the
-- organisations' permission contacts (tied to the membership: removing it removes the contact).

-- AlterTable
ALTER TABLE "partner_links" ADD COLUMN     "requested_by_email" TEXT,
ADD COLUMN     "requested_by_name" TEXT,
ADD COLUMN     "requested_by_user_id" UUID;

-- Links made before the column: the person who consented is the one who asked.
UPDATE "partner_links" SET "requested_by_name" = "consented_by_name", "requested_by_email" = "consented_by_email";
ALTER TABLE "partner_links" ALTER COLUMN "requested_by_name" SET NOT NULL;

-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "requested_by" JSONB;

-- CreateTable
CREATE TABLE "permission_contacts" (
    "organization_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "permission_contacts_pkey" PRIMARY KEY ("user_id","organization_id")
);

-- CreateIndex
CREATE INDEX "permission_contacts_organization_id_idx" ON "permission_contacts"("organization_id");

-- AddForeignKey
ALTER TABLE "permission_contacts" ADD CONSTRAINT "permission_contacts_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "permission_contacts" ADD CONSTRAINT "permission_contacts_user_id_organization_id_fkey" FOREIGN KEY ("user_id", "organization_id") REFERENCES "memberships"("user_id", "organization_id") ON DELETE CASCADE ON UPDATE CASCADE;
