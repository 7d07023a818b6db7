import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';
import { IsDisplayText } from '../../common/display-text.js';
import { PageQuery } from '../../common/pagination.js';

export class BusinessHoursDto {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @ApiProperty({ minimum: 1, maximum: 7, example: 1 })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  /** Local start time, HH:MM (00:00–23:59). */
  @ApiProperty({ example: '08:00' })
  @IsString()
  @MaxLength(5)
  start: string;

  /** Local end time, HH:MM (00:01–24:00), after start. Intervals of one weekday must not overlap. */
  @ApiProperty({ example: '17:00' })
  @IsString()
  @MaxLength(5)
  end: string;
}

export class CalendarDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'Berlin office hours' })
  name: string;
  @ApiProperty({ example: 'Europe/Berlin', description: 'IANA time zone' })
  timeZone: string;
  @ApiProperty({ type: [BusinessHoursDto], description: 'Weekly business hours, sorted by weekday and start' })
  hours: BusinessHoursDto[];
  @ApiProperty({
    type: [String],
    format: 'date',
    example: ['2026-12-25'],
    description: 'Local dates without business hours',
  })
  holidays: string[];
  @ApiProperty({ description: 'The provider-wide default for contracts and sites that name no calendar' })
  isDefault: boolean;
  @ApiProperty({ description: 'Incremented on every change; the ETag' })
  version: number;
  @ApiProperty()
  createdAt: Date;
  @ApiProperty()
  updatedAt: Date;
}

export class CreateCalendarDto {
  @ApiProperty({ example: 'Berlin office hours' })
  @IsString()
  @Length(1, 100)
  @IsDisplayText()
  name: string;

  @ApiProperty({ example: 'Europe/Berlin', description: 'IANA time zone; unknown ⇒ 422' })
  @IsString()
  @Length(1, 64)
  timeZone: string;

  @ApiProperty({ type: [BusinessHoursDto] })
  @IsArray()
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => BusinessHoursDto)
  hours: BusinessHoursDto[];

  @ApiPropertyOptional({ type: [String], format: 'date', example: ['2026-12-25', '2026-12-26'] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(10, { each: true })
  holidays?: string[];

  /** Make this the provider-wide default (the previous default stops being one). */
  @ApiPropertyOptional({ default: false })
  @IsOptionalNotNull()
  @IsBoolean()
  isDefault?: boolean;
}

export class UpdateCalendarDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 100)
  @IsDisplayText()
  name?: string;

  @ApiPropertyOptional({ example: 'Europe/Berlin' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 64)
  timeZone?: string;

  /** Replaces the weekly business hours. */
  @ApiPropertyOptional({ type: [BusinessHoursDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => BusinessHoursDto)
  hours?: BusinessHoursDto[];

  /** Replaces the holidays. */
  @ApiPropertyOptional({ type: [String], format: 'date' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(10, { each: true })
  holidays?: string[];

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  isDefault?: boolean;
}

export class CalendarListQuery extends PageQuery {}
