import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { prepareDatabase, demoLoginsBanner } from './database/bootstrap.js';
import { createApp } from './app.factory.js';

function log(msg: string): void {
  process.stdout.write(JSON.stringify({ level: 'info', time: new Date().toISOString(), msg }) + '\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const db = await prepareDatabase(config, log);
  const app = await createApp(db.config);
  const shutdown = async (signal: string) => {
    log(`received ${signal}, shutting down`);
    try {
      await app.close();
    } finally {
      await db.embedded?.stop();
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: db.config.port, host: db.config.host });
  const base = `http://${db.config.host}:${db.config.port}`;
  if (db.config.mode === 'embedded' || db.seeded) process.stdout.write(`\n${demoLoginsBanner()}\n\n`);
  log(`Outpost listening on ${base} (API ${base}/api/v1, docs ${base}/docs) in ${Date.now() - started} ms`);
}

main().catch((err: unknown) => {
  process.stderr.write(`Outpost failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
