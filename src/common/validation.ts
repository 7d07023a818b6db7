import {
  BadRequestException,
  Injectable,
  PipeTransform,
  ValidationPipe,
  type ArgumentMetadata,
  type ValidationError,
} from '@nestjs/common';
import { IsIn, ValidateIf, type ValidationArguments, type ValidationOptions } from 'class-validator';
import type { FieldError } from './errors.js';

/**
 * One entry per field: a missing required field is "is required"; otherwise the first failing
 * constraint in source order. class-validator records constraints in the order the decorators
 * were applied (bottom-up), so the first in source order is the last one recorded.
 */
export function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const messages = Object.values(e.constraints ?? {});
    if (messages.length)
      out.push({ field, message: e.value === undefined ? `${e.property} is required` : messages[messages.length - 1] });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/**
 * The value must be one of `values`, and the error lists them. Use it for every enum field:
 * class-validator's `@IsEnum` expects an enum object and, given an array, lists no values.
 */
export function IsOneOf(values: readonly (string | number)[], options?: ValidationOptions): PropertyDecorator {
  const list = values.join(', ');
  return IsIn([...values], {
    ...options,
    message: (args: ValidationArguments) =>
      `${options?.each ? 'each value in ' : ''}${args.property} must be one of the following values: ${list}`,
  });
}

export function validationException(errors: FieldError[], message = 'The request is invalid') {
  return new BadRequestException({ message, errors });
}

/** Deepest nesting of objects/arrays accepted in a body or query (the DTOs need far less). */
export const MAX_INPUT_DEPTH = 32;

// A UTF-16 surrogate that is not part of a pair: not Unicode text (validator.js throws on it,
// PostgreSQL cannot store it).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Problems no DTO can express, found before class-transformer walks the input: strings (values
 * and keys) holding NUL (PostgreSQL text and jsonb cannot store it) or lone surrogates, and
 * nesting deeper than MAX_INPUT_DEPTH (class-transformer recurses and would overflow the stack).
 * Iterative, so hostile nesting cannot overflow this check either.
 */
export function inputProblems(value: unknown, root: string): FieldError[] {
  const out: FieldError[] = [];
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: root, depth: 0 }];
  const text = (s: string, path: string) => {
    if (s.includes('\u0000')) out.push({ field: path || 'body', message: 'must not contain NUL characters' });
    else if (LONE_SURROGATE.test(s))
      out.push({ field: path || 'body', message: 'must be valid Unicode text (no lone surrogates)' });
  };
  while (stack.length && out.length < 10) {
    const { v, path, depth } = stack.pop()!;
    if (typeof v === 'string') {
      text(v, path);
    } else if (v !== null && typeof v === 'object') {
      if (depth >= MAX_INPUT_DEPTH) {
        out.push({ field: path || 'body', message: `is nested too deeply (at most ${MAX_INPUT_DEPTH} levels)` });
        break;
      }
      const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
      for (const [k, x] of entries) {
        const p = path ? `${path}.${k}` : k;
        if (!Array.isArray(v)) text(k, p);
        stack.push({ v: x, path: p, depth: depth + 1 });
      }
    }
  }
  return out;
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
    if (!(y >= 1 && y <= 9999))
      out.push({ field: path || 'body', message: 'must be a date between the years 1 and 9999' });
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
    const bad = inputProblems(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
    if (bad.length) throw validationException(bad);
    const out: unknown = await super.transform(value, metadata);
    if (metadata.type === 'body' || metadata.type === 'query') {
      const errors: FieldError[] = [];
      unstorablePaths(out, '', errors);
      if (errors.length) throw validationException(errors);
    }
    return out;
  }
}

/**
 * For optional, non-nullable properties: the property may be absent; `null` is refused with one
 * error by the pipe's post-validation check (only properties documented `nullable: true` take
 * null). Keep `@IsOptional()` for nullable properties (null = clear).
 */
export function IsOptionalNotNull(options?: ValidationOptions): PropertyDecorator {
  // null skips the field validators here (one clear error instead of one per validator); the pipe's
  // post-validation check then refuses null on every property not documented as nullable.
  return ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null, options);
}

/** Whitelisted, explicit DTOs: unknown properties are a 400 naming the property. */
export function createValidationPipe(): ValidationPipe {
  return new OutpostValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: true }, // the value tells a missing field from an invalid one; never returned
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
