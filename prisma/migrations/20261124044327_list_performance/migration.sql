-- AlterTable
ALTER TABLE "users" ADD COLUMN     "access_version" BIGINT NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "tickets_requester_id_created_at_id_organization_id_idx" ON "tickets"("requester_id", "created_at" DESC, "id" DESC, "organization_id");

-- CreateIndex
CREATE INDEX "ticket_ccs_user_id_ticket_created_at_ticket_id_organization_idx" ON "ticket_ccs"("user_id", "ticket_created_at" DESC, "ticket_id" DESC, "organization_id");

-- users.access_version moves whenever anything the principal is built from changes, in the same
-- transaction as the change: memberships of the user, the access settings of their organisations
-- and the options of those organisations' portals (src/auth/principal.loader.ts). Every request
-- reads it and rebuilds the memberships only when it moved. Triggers, not application code, so
-- that no write path (a route, a script, psql) can change access without moving it.
CREATE FUNCTION bump_access_version_of_member() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE users SET access_version = access_version + 1 WHERE id = OLD.user_id;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.user_id IS DISTINCT FROM OLD.user_id) THEN
    UPDATE users SET access_version = access_version + 1 WHERE id = NEW.user_id;
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER memberships_access_version
  AFTER INSERT OR UPDATE OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION bump_access_version_of_member();

CREATE FUNCTION bump_access_version_of_organization() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE users SET access_version = access_version + 1
   WHERE id IN (SELECT m.user_id FROM memberships m WHERE m.organization_id = NEW.id);
  RETURN NULL;
END
$fn$;

-- Also fires for ON DELETE SET NULL of portal_id (a deleted portal).
CREATE TRIGGER organizations_access_version
  AFTER UPDATE ON organizations
  FOR EACH ROW
  WHEN ((OLD.name, OLD.kind, OLD.ticket_access, OLD.portal_id) IS DISTINCT FROM (NEW.name, NEW.kind, NEW.ticket_access, NEW.portal_id))
  EXECUTE FUNCTION bump_access_version_of_organization();

CREATE FUNCTION bump_access_version_of_portal() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE users SET access_version = access_version + 1
   WHERE id IN (SELECT m.user_id FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE o.portal_id = NEW.id);
  RETURN NULL;
END
$fn$;

CREATE TRIGGER portals_access_version
  AFTER UPDATE ON portals
  FOR EACH ROW
  WHEN ((OLD.status, OLD.external_support_mode, OLD.ci_department_filter, OLD.require_2fa)
        IS DISTINCT FROM (NEW.status, NEW.external_support_mode, NEW.ci_department_filter, NEW.require_2fa))
  EXECUTE FUNCTION bump_access_version_of_portal();

-- TRUNCATE fires no row trigger: move every user's version.
CREATE FUNCTION bump_access_version_of_everyone() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE users SET access_version = access_version + 1;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER memberships_truncate_access_version AFTER TRUNCATE ON memberships
  FOR EACH STATEMENT EXECUTE FUNCTION bump_access_version_of_everyone();
CREATE TRIGGER organizations_truncate_access_version AFTER TRUNCATE ON organizations
  FOR EACH STATEMENT EXECUTE FUNCTION bump_access_version_of_everyone();
CREATE TRIGGER portals_truncate_access_version AFTER TRUNCATE ON portals
  FOR EACH STATEMENT EXECUTE FUNCTION bump_access_version_of_everyone();
