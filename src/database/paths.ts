import { fileURLToPath } from 'node:url';

/** prisma/migrations, found from both src/ (tests) and dist/ (built). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));
