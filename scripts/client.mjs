// `npm run client`: regenerates the partner client's types (clients/typescript/schema.ts) from
// openapi.yaml with openapi-typescript. `node scripts/client.mjs --out <dir>` writes elsewhere
// (the staleness test regenerates into a temporary folder and compares).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function generateClientSchema() {
  const source = readFileSync(join(root, 'openapi.yaml'), 'utf8');
  const ast = await openapiTS(source, {
    alphabetize: true,
    exportType: false,
    rootTypes: false,
    defaultNonNullable: false,
  });
  const header =
    '/**\n * Generated from openapi.yaml by `npm run client` (openapi-typescript). Do not edit by hand.\n */\n\n';
  return header + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const dir = i > 0 ? resolve(process.argv[i + 1]) : join(root, 'clients', 'typescript');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'schema.ts'), await generateClientSchema());
  process.stdout.write(`wrote ${join(dir, 'schema.ts')}\n`);
}
