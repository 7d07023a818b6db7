import { SwaggerModule } from '@nestjs/swagger';

/** Written by scripts/build.mjs (SWC runs no TypeScript plugins); a variable, so tsc does not need the generated file. */
const METADATA_MODULE = './generated/openapi-metadata.js';

let loaded: Promise<void> | undefined;

/**
 * Applies the @nestjs/swagger plugin's metadata (property types, doc comments, class-validator
 * rules, response types) to the DTO and controller classes, once per process, before a document is
 * built.
 */
export function loadOpenApiMetadata(): Promise<void> {
  loaded ??= import(METADATA_MODULE).then(
    (m: { default: () => Promise<Record<string, unknown>> }) => SwaggerModule.loadPluginMetadata(m.default),
    (err: unknown) => {
      // Only a source tree that was never built (tests run from src/) may lack it.
      if (!import.meta.url.endsWith('.ts')) throw err;
    },
  );
  return loaded;
}
