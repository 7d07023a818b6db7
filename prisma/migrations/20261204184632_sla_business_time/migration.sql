-- AlterTable
ALTER TABLE "sites" ADD COLUMN     "calendar_id" UUID;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "time_zone" TEXT NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "sla_breach_at" TIMESTAMPTZ(3),
ADD COLUMN     "sla_breached_notified_at" TIMESTAMPTZ(3),
ADD COLUMN     "sla_pauses" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "sla_warned_at" TIMESTAMPTZ(3),
ADD COLUMN     "sla_warning_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "contracts" ADD COLUMN     "calendar_id" UUID;

-- CreateTable
CREATE TABLE "sla_calendars" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL,
    "hours" JSONB NOT NULL,
    "holidays" TEXT[],
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sla_calendars_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sla_calendars_name_key" ON "sla_calendars"("name");

-- AddForeignKey
ALTER TABLE "sites" ADD CONSTRAINT "sites_calendar_id_fkey" FOREIGN KEY ("calendar_id") REFERENCES "sla_calendars"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_calendar_id_fkey" FOREIGN KEY ("calendar_id") REFERENCES "sla_calendars"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- At most one provider-wide default calendar.
CREATE UNIQUE INDEX "sla_calendars_one_default" ON "sla_calendars" ("is_default") WHERE "is_default";

-- The SLA worker's due rows: warnings and breaches not yet notified, read in time order.
CREATE INDEX "tickets_sla_warning_due" ON "tickets" ("sla_warning_at")
  WHERE "sla_warned_at" IS NULL AND "sla_warning_at" IS NOT NULL;
CREATE INDEX "tickets_sla_breach_due" ON "tickets" ("sla_breach_at")
  WHERE "sla_breached_notified_at" IS NULL AND "sla_breach_at" IS NOT NULL;

-- The slaState list filters, each an index-backed, keyset-ordered branch per organisation (or
-- site) like the other lists: running targets (ok, warning), paused ones, and every ticket with a
-- stored breach instant (breached is a subset). `met` is most of an organisation's tickets and
-- reads the organisation's own index.
CREATE INDEX "tickets_sla_running" ON "tickets" ("organization_id", "created_at" DESC, "id" DESC)
  WHERE "contract_id" IS NOT NULL AND "status" IN ('NEW', 'OPEN');
CREATE INDEX "tickets_sla_paused" ON "tickets" ("organization_id", "created_at" DESC, "id" DESC)
  WHERE "contract_id" IS NOT NULL AND "status" = 'PENDING_CUSTOMER';
CREATE INDEX "tickets_sla_breach_known" ON "tickets" ("organization_id", "created_at" DESC, "id" DESC)
  WHERE "sla_breach_at" IS NOT NULL;
