import { loadConfig } from '../config/config.js';
import { prepareDatabase } from '../database/bootstrap.js';

/**
 * `npm run db:migrate`: apply pending migrations (and nothing else) to DATABASE_URL, or to the
 * embedded database under ./data. The server does this itself at start; this is for operators
 * who want migrations as a separate release step.
 */
const config = loadConfig({ ...process.env, SEED_DEMO: 'false' });
const db = await prepareDatabase({ ...config, adminEmail: null, adminPassword: null }, (m) =>
  process.stdout.write(`${m}\n`),
);
await db.embedded?.stop();
process.exit(0);
