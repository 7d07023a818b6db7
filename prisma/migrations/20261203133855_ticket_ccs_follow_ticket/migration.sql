-- ticket_ccs keeps copies of its ticket's organization_id and created_at (the CC branch of a ticket
-- list is answered from ticket_ccs alone, by index). A composite foreign key ties the copies to the
-- ticket: a CC row naming another organisation is refused, and moving a ticket moves its CC rows.

-- DropForeignKey
ALTER TABLE "ticket_ccs" DROP CONSTRAINT "ticket_ccs_ticket_id_fkey";

-- CreateIndex
CREATE UNIQUE INDEX "tickets_id_organization_id_created_at_key" ON "tickets"("id", "organization_id", "created_at");

-- Rows written before the constraint take their ticket's values.
UPDATE "ticket_ccs" c
   SET "organization_id" = t."organization_id", "ticket_created_at" = t."created_at"
  FROM "tickets" t
 WHERE t."id" = c."ticket_id"
   AND (c."organization_id", c."ticket_created_at") IS DISTINCT FROM (t."organization_id", t."created_at");

-- AddForeignKey
ALTER TABLE "ticket_ccs" ADD CONSTRAINT "ticket_ccs_ticket_id_organization_id_ticket_created_at_fkey" FOREIGN KEY ("ticket_id", "organization_id", "ticket_created_at") REFERENCES "tickets"("id", "organization_id", "created_at") ON DELETE CASCADE ON UPDATE CASCADE;
