import { BadRequestException, Injectable, PipeTransform, ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** Whitelisted, explicit DTOs: unknown properties are a 400 naming the property. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
