-- Ticket list sorts, full-text search and counts (GET tickets?sort=&q=, GET tickets/count).

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "search_vector" tsvector;

-- AlterTable
ALTER TABLE "ticket_ccs" ADD COLUMN     "ticket_priority" "TicketPriority" NOT NULL DEFAULT 'MEDIUM',
ADD COLUMN     "ticket_resolution_due_at" TIMESTAMPTZ(3),
ADD COLUMN     "ticket_updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- The CC rows take their ticket's sort keys; the full-text document of every ticket is built.
-- Both before the indexes below, which are then built once over the final values.
UPDATE "ticket_ccs" c
   SET "ticket_updated_at" = t."updated_at", "ticket_priority" = t."priority", "ticket_resolution_due_at" = t."resolution_due_at"
  FROM "tickets" t
 WHERE t."id" = c."ticket_id";

-- The full-text document of a ticket (GET tickets?q=): subject, description and public comments,
-- oldest first, in the 'simple' configuration (no language: lower-cased words, no stemming, no
-- stop words). Internal comments are never part of it. At most the first 200,000 characters are
-- indexed, which keeps every document well under the 1 MB limit of a tsvector.
CREATE FUNCTION ticket_search_document(subject text, description text, comments text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$fn$ SELECT to_tsvector('simple'::regconfig, left(concat_ws(' ', subject, description, comments), 200000)) $fn$;

CREATE FUNCTION ticket_public_comments(ticket uuid) RETURNS text LANGUAGE sql STABLE AS
$fn$ SELECT string_agg(body, ' ' ORDER BY created_at, id) FROM ticket_comments WHERE ticket_id = ticket AND NOT internal $fn$;

UPDATE "tickets" t
   SET "search_vector" = ticket_search_document(t."subject", t."description", ticket_public_comments(t."id"));

-- CreateIndex
CREATE INDEX "tickets_updated_at_id_idx" ON "tickets"("updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "tickets_priority_created_at_id_idx" ON "tickets"("priority" DESC, "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "tickets_organization_id_updated_at_id_idx" ON "tickets"("organization_id", "updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "tickets_organization_id_priority_created_at_id_idx" ON "tickets"("organization_id", "priority" DESC, "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "tickets_organization_id_site_id_updated_at_id_idx" ON "tickets"("organization_id", "site_id", "updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "tickets_organization_id_site_id_priority_created_at_id_idx" ON "tickets"("organization_id", "site_id", "priority" DESC, "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "tickets_requester_id_updated_at_id_organization_id_idx" ON "tickets"("requester_id", "updated_at" DESC, "id" DESC, "organization_id");

-- CreateIndex
CREATE INDEX "tickets_requester_id_priority_created_at_id_organization_id_idx" ON "tickets"("requester_id", "priority" DESC, "created_at" DESC, "id" DESC, "organization_id");

-- CreateIndex
CREATE INDEX "ticket_ccs_user_id_ticket_updated_at_ticket_id_organization_idx" ON "ticket_ccs"("user_id", "ticket_updated_at" DESC, "ticket_id" DESC, "organization_id");

-- CreateIndex
CREATE INDEX "ticket_ccs_user_id_ticket_priority_ticket_created_at_ticket_idx" ON "ticket_ccs"("user_id", "ticket_priority" DESC, "ticket_created_at" DESC, "ticket_id" DESC, "organization_id");

-- CreateIndex: resolutionDueAt sorts soonest first with tickets without a due time last. The sort
-- key is COALESCE(resolution_due_at, 'infinity'), so a keyset cursor is one row comparison and the
-- tickets without a due time page like any other value. The column itself is INCLUDEd: PostgreSQL
-- answers an expression from an index only-scan only when the columns it reads are in the index
-- (without it, the planner preferred a bitmap scan and a sort of a requester's every ticket).
CREATE INDEX "tickets_due_id_idx" ON "tickets" ((COALESCE("resolution_due_at", 'infinity'::timestamptz)), "id") INCLUDE ("resolution_due_at");
CREATE INDEX "tickets_organization_id_due_id_idx" ON "tickets" ("organization_id", (COALESCE("resolution_due_at", 'infinity'::timestamptz)), "id") INCLUDE ("resolution_due_at");
CREATE INDEX "tickets_organization_id_site_id_due_id_idx" ON "tickets" ("organization_id", "site_id", (COALESCE("resolution_due_at", 'infinity'::timestamptz)), "id") INCLUDE ("resolution_due_at");
CREATE INDEX "tickets_requester_id_due_id_organization_id_idx" ON "tickets" ("requester_id", (COALESCE("resolution_due_at", 'infinity'::timestamptz)), "id", "organization_id") INCLUDE ("resolution_due_at");
CREATE INDEX "ticket_ccs_user_id_due_ticket_id_organization_id_idx" ON "ticket_ccs" ("user_id", (COALESCE("ticket_resolution_due_at", 'infinity'::timestamptz)), "ticket_id", "organization_id") INCLUDE ("ticket_resolution_due_at");

-- CreateIndex: full-text search.
CREATE INDEX "tickets_search_vector_idx" ON "tickets" USING gin ("search_vector");

-- A new CC row takes its ticket's sort keys. The ticket row is locked (FOR NO KEY UPDATE, which the
-- CC row's own foreign-key check does not take) so that a concurrent change of the ticket either
-- committed before (and is read here) or waits and then updates this row too.
CREATE FUNCTION ticket_ccs_take_ticket_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  SELECT t.updated_at, t.priority, t.resolution_due_at
    INTO NEW.ticket_updated_at, NEW.ticket_priority, NEW.ticket_resolution_due_at
    FROM tickets t WHERE t.id = NEW.ticket_id FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    -- No such ticket: the foreign key refuses the row; keep the defaults until it does.
    NEW.ticket_updated_at := coalesce(NEW.ticket_updated_at, now());
    NEW.ticket_priority := coalesce(NEW.ticket_priority, 'MEDIUM');
  END IF;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER ticket_ccs_sort_keys
  BEFORE INSERT OR UPDATE OF ticket_id ON ticket_ccs
  FOR EACH ROW EXECUTE FUNCTION ticket_ccs_take_ticket_sort_keys();

-- A change of a ticket's sort keys reaches its CC rows in the same transaction.
CREATE FUNCTION tickets_sort_keys_to_ccs() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE ticket_ccs
     SET ticket_updated_at = NEW.updated_at, ticket_priority = NEW.priority, ticket_resolution_due_at = NEW.resolution_due_at
   WHERE ticket_id = NEW.id;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER tickets_sort_keys_to_ccs
  AFTER UPDATE ON tickets
  FOR EACH ROW
  WHEN ((OLD.updated_at, OLD.priority, OLD.resolution_due_at) IS DISTINCT FROM (NEW.updated_at, NEW.priority, NEW.resolution_due_at))
  EXECUTE FUNCTION tickets_sort_keys_to_ccs();

-- The search document follows the ticket's subject and description ...
CREATE FUNCTION tickets_search_document() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.search_vector := ticket_search_document(NEW.subject, NEW.description,
    CASE WHEN TG_OP = 'UPDATE' THEN ticket_public_comments(NEW.id) END);
  RETURN NEW;
END
$fn$;

CREATE TRIGGER tickets_search_document
  BEFORE INSERT OR UPDATE OF subject, description ON tickets
  FOR EACH ROW EXECUTE FUNCTION tickets_search_document();

-- ... and its public comments: a comment added, edited, made internal or public, moved or deleted
-- rebuilds the document of its ticket. The ticket row is locked first, and the document is then
-- read by a new statement (a new snapshot): two comments added at once on one ticket both end up in it.
CREATE FUNCTION ticket_comments_search_document() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  affected uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.internal THEN RETURN NULL; END IF;
    affected := ARRAY[NEW.ticket_id];
  ELSIF TG_OP = 'DELETE' THEN
    IF OLD.internal THEN RETURN NULL; END IF;
    affected := ARRAY[OLD.ticket_id];
  ELSE
    IF OLD.internal AND NEW.internal THEN RETURN NULL; END IF;
    IF (OLD.body, OLD.internal, OLD.ticket_id) IS NOT DISTINCT FROM (NEW.body, NEW.internal, NEW.ticket_id) THEN RETURN NULL; END IF;
    affected := ARRAY[OLD.ticket_id, NEW.ticket_id];
  END IF;
  PERFORM 1 FROM tickets WHERE id = ANY(affected) ORDER BY id FOR NO KEY UPDATE;
  UPDATE tickets t
     SET search_vector = ticket_search_document(t.subject, t.description, ticket_public_comments(t.id))
   WHERE t.id = ANY(affected);
  RETURN NULL;
END
$fn$;

CREATE TRIGGER ticket_comments_search_document
  AFTER INSERT OR UPDATE OR DELETE ON ticket_comments
  FOR EACH ROW EXECUTE FUNCTION ticket_comments_search_document();
