-- A SUPPORT contract is always SOLD, on a site, without supplier: reports group support by site.
-- The API refuses such writes with 422; the constraint keeps every other write path to the rule.
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_support_sold_on_site"
  CHECK ("kind" <> 'SUPPORT' OR ("direction" = 'SOLD' AND "site_id" IS NOT NULL AND "supplier" IS NULL)) NOT VALID;

-- Validated at once unless rows written before the rule break it: those stay readable, any update
-- of them must correct them, and `ALTER TABLE contracts VALIDATE CONSTRAINT` succeeds afterwards.
DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "contracts"
     WHERE "kind" = 'SUPPORT' AND NOT ("direction" = 'SOLD' AND "site_id" IS NOT NULL AND "supplier" IS NULL)
  ) THEN
    ALTER TABLE "contracts" VALIDATE CONSTRAINT "contracts_support_sold_on_site";
  END IF;
END $$;
