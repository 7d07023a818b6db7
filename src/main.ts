import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { prepareDatabase, demoLoginLines } from './database/bootstrap.js';
import { closeGracefully, createApp } from './app.factory.js';
import { Readiness } from './health/readiness.js';
import { describeError } from './common/describe-error.js';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createLogger } from './observability/logger.js';

let embeddedStop: (() => Promise<void>) | undefined;

async function main(): Promise<void> {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`Outpost failed to start: ${describeError(err)}\n`);
    process.exit(err instanceof ConfigError ? 78 : 1);
  }
  const logger = createLogger(config);
  const log = (msg: string) => logger.info(msg);
  let app: NestFastifyApplication | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) {
      log(`received ${signal} again, exiting without waiting for in-flight requests`);
      await embeddedStop?.().catch(() => {});
      process.exit(1);
    }
    shuttingDown = true;
    log(`received ${signal}, draining in-flight requests (at most ${config.shutdownTimeoutMs} ms)`);
    let code = 0;
    try {
      if (app) await closeGracefully(app, config.shutdownTimeoutMs);
    } catch (err) {
      log(`shutdown: ${describeError(err)}`);
      code = 1;
    }
    // The embedded cluster stops only once the HTTP server has drained.
    await embeddedStop?.().catch((err: unknown) => log(`stopping embedded PostgreSQL: ${describeError(err)}`));
    log('stopped');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));

  let seeded: boolean;
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
    const db = await prepareDatabase(config, log, { ownSignals: true });
    embeddedStop = db.embedded ? () => db.embedded!.stop() : undefined;
    seeded = db.seeded;
    runtime = db.config;
    app = await createApp(runtime, { logger });
    await app.listen({ port: runtime.port, host: runtime.host });
  }
  if (shuttingDown) return;
  app.get(Readiness).setReady();
  const base = `http://${runtime.host}:${runtime.port}`;
  if (runtime.mode === 'embedded' || seeded) for (const line of demoLoginLines()) log(line);
  log(`Outpost ready on ${base} (API ${base}/api/v1, docs ${base}/docs) in ${Date.now() - started} ms`);
}

main().catch(async (err: unknown) => {
  process.stderr.write(`Outpost failed to start: ${describeError(err)}\n`);
  await embeddedStop?.().catch(() => {});
  process.exit(1);
});
