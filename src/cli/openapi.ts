import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dump } from 'js-yaml';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config/config.js';
import { buildOpenApiDocument } from '../openapi.js';

/**
 * Generates openapi.yaml from the code (no database, no port).
 *   node dist/cli/openapi.js --write   regenerate the committed file
 *   node dist/cli/openapi.js --check   exit 1 when the committed file differs from the code
 */
const target = fileURLToPath(new URL('../../openapi.yaml', import.meta.url));

export async function generateOpenApiYaml(): Promise<string> {
  const config = loadConfig({
    DATABASE_URL: 'postgresql://openapi@127.0.0.1:1/openapi',
    JWT_SECRET: 'x'.repeat(32),
    TOTP_ENCRYPTION_KEY: 'y'.repeat(32),
    LOG_LEVEL: 'silent',
  });
  const app = await createApp(config, { preview: true });
  const doc = buildOpenApiDocument(app);
  await app.close();
  return dump(JSON.parse(JSON.stringify(doc)), { sortKeys: true, lineWidth: 120, noRefs: true });
}

const mode = process.argv[2];
if (mode === '--write' || mode === '--check') {
  const yaml = await generateOpenApiYaml();
  if (mode === '--write') {
    writeFileSync(target, yaml);
    process.stdout.write(`wrote ${target}\n`);
  } else {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      /* missing counts as different */
    }
    if (committed !== yaml) {
      process.stderr.write('openapi.yaml is out of date with the code: run `npm run openapi` and commit it\n');
      process.exit(1);
    }
    process.stdout.write('openapi.yaml matches the code\n');
  }
  process.exit(0);
}
