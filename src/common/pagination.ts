import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { validationException, isUuid } from './validation.js';

export class PageQuery {
  /** Page size, 1 to 100. */
  @ApiPropertyOptional({
    description: 'Page size, 1 to 100',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: 100,
    default: 50,
    example: 50,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number = 50;

  /** Opaque cursor from the previous page's `nextCursor`. */
  @ApiPropertyOptional({ description: "Opaque cursor: the previous page's `nextCursor`", maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export interface Keyset {
  createdAt: Date;
  id: string;
}

const MIN_CURSOR_TIME = Date.parse('0001-01-01T00:00:00.000Z');
const MAX_CURSOR_TIME = Date.parse('9999-12-31T23:59:59.999Z');

/** Keyset cursors: (created_at, id) of the last row, never OFFSET. */
export function encodeCursor(k: Keyset): string {
  return Buffer.from(JSON.stringify([k.createdAt.toISOString(), k.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Keyset | null {
  if (!cursor) return null;
  try {
    const [ts, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const createdAt = typeof ts === 'string' ? new Date(ts) : new Date(NaN);
    // Our cursors only ever hold stored timestamps; anything outside years 1..9999 is forged and
    // would make PostgreSQL fail ("timestamp out of range").
    if (!(createdAt.getTime() >= MIN_CURSOR_TIME && createdAt.getTime() <= MAX_CURSOR_TIME) || !isUuid(id))
      throw new Error('bad');
    return { createdAt, id };
  } catch {
    throw validationException([{ field: 'cursor', message: 'is not a valid cursor' }], 'Malformed cursor');
  }
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export function PageOf<T>(item: new () => T, name: string) {
  class PageDto {
    @ApiProperty({ type: [item], maxItems: 100 })
    data: T[];
    @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page, null on the last page' })
    nextCursor: string | null;
  }
  Object.defineProperty(PageDto, 'name', { value: name });
  return PageDto;
}
