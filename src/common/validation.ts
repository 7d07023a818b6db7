import { BadRequestException, Injectable, PipeTransform, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { FieldError } from './errors.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const message of Object.values(e.constraints ?? {})) out.push({ field, message });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

export function validationException(errors: FieldError[], message = 'The request is invalid') {
  return new BadRequestException({ message, errors });
}

/** Paths of strings holding a NUL character (PostgreSQL text cannot store one). */
function nulPaths(value: unknown, path: string, out: string[], depth = 0): void {
  if (depth > 32 || out.length > 10) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(path || 'body');
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nulPaths(v, path ? `${path}.${i}` : String(i), out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nulPaths(v, path ? `${path}.${k}` : k, out, depth + 1);
  }
}

/** The swagger metadata key of `@ApiProperty()` options (what the OpenAPI document is built from). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

/** Whether the DTO property is declared `nullable: true` (and so documented as accepting null). */
export function isDeclaredNullable(proto: object, key: string): boolean {
  const meta = Reflect.getMetadata(API_MODEL_PROPERTIES, proto, key) as { nullable?: boolean } | undefined;
  return meta?.nullable === true;
}

/**
 * Values the validators let through that the database would refuse (a 500 instead of a 400):
 * - `null` on a property that is not declared nullable. `@IsOptional()` lets `null` through as
 *   well as `undefined`; without this check `{ "name": null }` reaches Prisma or, worse, clears a
 *   required setting. The documented contract (`nullable: true` in `@ApiProperty`, which is what
 *   openapi.yaml says) is the rule: only those properties may be null.
 * - dates outside the years 1..9999 (valid in JavaScript, not in PostgreSQL).
 * Nested DTO instances (and arrays of them) are walked too.
 */
function unstorablePaths(instance: unknown, path: string, out: FieldError[], depth = 0): void {
  if (depth > 8 || out.length > 20 || !instance || typeof instance !== 'object') return;
  if (Array.isArray(instance)) {
    instance.forEach((v, i) => unstorablePaths(v, path ? `${path}.${i}` : String(i), out, depth + 1));
    return;
  }
  if (instance instanceof Date) {
    const y = instance.getUTCFullYear();
    if (!(y >= 1 && y <= 9999)) out.push({ field: path || 'body', message: 'must be a date between the years 1 and 9999' });
    return;
  }
  const proto = Object.getPrototypeOf(instance) as object | null;
  if (!proto || proto === Object.prototype) return; // plain JSON (e.g. a widget config): validated by its own rules
  for (const [k, v] of Object.entries(instance)) {
    const field = path ? `${path}.${k}` : k;
    if (v === null) {
      if (!isDeclaredNullable(proto, k)) out.push({ field, message: 'must not be null' });
    } else if (typeof v === 'object') {
      unstorablePaths(v, field, out, depth + 1);
    }
  }
}

class OutpostValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const bad: string[] = [];
    nulPaths(value, metadata.type === 'param' ? (metadata.data ?? '') : '', bad);
    if (bad.length) throw validationException(bad.map((field) => ({ field, message: 'must not contain NUL characters' })));
    const out: unknown = await super.transform(value, metadata);
    if (metadata.type === 'body' || metadata.type === 'query') {
      const errors: FieldError[] = [];
      unstorablePaths(out, '', errors);
      if (errors.length) throw validationException(errors);
    }
    return out;
  }
}

/** Whitelisted, explicit DTOs: unknown properties are a 400 naming the property. */
export function createValidationPipe(): ValidationPipe {
  return new OutpostValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationException(flatten(errors)),
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

/** Path ids: anything that is not a UUID is a 400, never a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: { data?: string }): string {
    if (!isUuid(value)) {
      throw validationException([{ field: metadata.data ?? 'id', message: 'must be a UUID' }], 'Malformed id');
    }
    return value.toLowerCase();
  }
}
