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

class OutpostValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const bad: string[] = [];
    nulPaths(value, metadata.type === 'param' ? (metadata.data ?? '') : '', bad);
    if (bad.length) throw validationException(bad.map((field) => ({ field, message: 'must not contain NUL characters' })));
    return super.transform(value, metadata);
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
