import { defineConfig } from 'prisma/config';

// The datasource URL is only needed by Prisma CLI commands that talk to a database; Outpost
// applies migrations with its own runner (src/database/migrator.ts), so none is required here.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
