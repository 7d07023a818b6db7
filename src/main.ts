import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { prepareDatabase, demoLoginLines } from './database/bootstrap.js';
import { closeGracefully, createApp } from './app.factory.js';
import { Readiness } from './health/readiness.js';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createLogger } from './observability/logger.js';

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
  const logger = createLogger(config);
  const log = (msg: string) => logger.info(msg);
  let app: NestFastifyApplication | undefined;
  let embeddedStop: (() => Promise<void>) | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`received ${signal}, draining in-flight requests (at most ${config.shutdownTimeoutMs} ms)`);
    try {
      if (app) await closeGracefully(app, config.shutdownTimeoutMs);
    } finally {
      await embeddedStop?.();
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  let seeded = false;
  let runtime = config;
  if (config.mode === 'production') {
    // Listen at once, not ready: the load balancer sees /health/ready = 503 (and API requests get
    // 503) until the migrations, applied under an advisory lock shared by all instances, are done.
    app = await createApp(config, { logger });
    app.get(Readiness).setNotReady('applying database migrations');
    await app.listen({ port: config.port, host: config.host });
    log(`listening on ${config.host}:${config.port}, not ready until migrations are applied`);
    const db = await prepareDatabase(config, log);
    seeded = db.seeded;
  } else {
    const db = await prepareDatabase(config, log);
    embeddedStop = db.embedded ? () => db.embedded!.stop() : undefined;
    seeded = db.seeded;
    runtime = db.config;
    app = await createApp(runtime, { logger });
    await app.listen({ port: runtime.port, host: runtime.host });
  }
  app.get(Readiness).setReady();
  const base = `http://${runtime.host}:${runtime.port}`;
  if (runtime.mode === 'embedded' || seeded) for (const line of demoLoginLines()) log(line);
  log(`Outpost ready on ${base} (API ${base}/api/v1, docs ${base}/docs) in ${Date.now() - started} ms`);
}

main().catch((err: unknown) => {
  process.stderr.write(`Outpost failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
