import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination.js';
import { RequestedByDto } from '../../consent/dto/requested-by.dto.js';

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  organizationId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who made the change (null: the system)' })
  actorId: string | null;
  @ApiProperty({ example: 'membership.updated' })
  action: string;
  @ApiProperty({ example: 'membership' })
  targetType: string;
  @ApiProperty({ example: '0190f8a2-7c1e-7b3a-9d2f-1a2b3c4d5e6f' })
  targetId: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'State before the change' })
  before: unknown;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'State after the change' })
  after: unknown;
  @ApiProperty({
    type: RequestedByDto,
    nullable: true,
    description: 'Who asked for the change (changes of ticket access and partner links)',
  })
  requestedBy: RequestedByDto | null;
  @ApiProperty()
  createdAt: Date;
}

const NAME = /^[a-z_]+(\.[a-z_]+)*$/;

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ example: 'membership.updated' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(NAME, { message: 'action must look like membership.updated' })
  action?: string;

  @ApiPropertyOptional({ example: 'membership' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(NAME, { message: 'targetType must look like membership' })
  targetType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  targetId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  /** Events at or after this instant. */
  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  /** Events before this instant. */
  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}
