import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';

export class ExplainQuery {
  /** Whose access to explain; default: the caller. Only admins may ask about someone else. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  /** `<kind>:<id>`, e.g. `ticket:0190b8a5-…`, `ci:…` or `validation:…`. */
  @ApiProperty({ example: 'ticket:0190b8a5-0000-7000-8000-000000000000' })
  @IsString()
  @Matches(/^(ticket|ci|validation):[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, {
    message: 'resource must be ticket:<uuid>, ci:<uuid> or validation:<uuid>',
  })
  resource: string;

  @ApiProperty({
    example: 'comment',
    description: 'ticket: read, comment, update, transition, manage_cc; ci: read; validation: read, decide',
  })
  @IsString()
  @Matches(/^(read|comment|update|transition|manage_cc|decide)$/, {
    message: 'action must be one of read, comment, update, transition, manage_cc, decide',
  })
  action: string;
}

export class GrantViewDto {
  @ApiProperty({
    example: 'ORGANIZATION_SETTING',
    description:
      'STAFF, REQUESTER, CC, ORGANIZATION_SETTING, USER_SETTING, ROLE, READ_SITE, WRITE_SITE, MEMBER_SITES, SYSTEM_INFO_ROLE, SEEING_ROLE, DECIDING_ROLE',
  })
  source: string;
  @ApiProperty({ example: 'organization ticketAccess=ORG_COMMENT' })
  via: string;
  @ApiProperty({ type: [String], example: ['read', 'comment'] })
  capabilities: string[];
  @ApiProperty({ example: 'organization 0190b8a5-…' })
  scope: string;
}

export class ExplanationDto {
  @ApiProperty()
  allowed: boolean;
  @ApiProperty({ type: [GrantViewDto], description: 'The grants that allow the action (empty when refused)' })
  grants: GrantViewDto[];
  @ApiProperty({ example: 'allowed by organization ticketAccess=ORG_COMMENT' })
  reason: string;
}
