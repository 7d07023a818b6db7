import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { RESOURCE_NAMES, RESOURCES } from '../access/resources.js';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const ACTIONS = [...new Set(RESOURCES.flatMap((r) => r.actions))];

export class ExplainQuery {
  /** Whose access to explain; default: the caller. Only admins may ask about someone else. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  /** `<kind>:<id>`, e.g. `ticket:0190b8a5-…`; kinds: every resource of the policy engine. */
  @ApiProperty({
    example: 'ticket:0190b8a5-0000-7000-8000-000000000000',
    description: `\`<kind>:<uuid>\`; kinds: ${RESOURCE_NAMES.join(', ')}`,
  })
  @IsString()
  @Matches(new RegExp(`^(${RESOURCE_NAMES.join('|')}):${UUID}$`), {
    message: `resource must be <kind>:<uuid>, kind one of ${RESOURCE_NAMES.join(', ')}`,
  })
  resource: string;

  @ApiProperty({
    example: 'comment',
    description: RESOURCES.map((r) => `${r.name}: ${r.actions.join(', ')}`).join('; '),
  })
  @IsString()
  @Matches(new RegExp(`^(${ACTIONS.join('|')})$`), { message: `action must be one of ${ACTIONS.join(', ')}` })
  action: string;
}

export class GrantViewDto {
  @ApiProperty({
    example: 'ORGANIZATION_SETTING',
    description:
      'STAFF, REQUESTER, CC, ORGANIZATION_SETTING, USER_SETTING, ROLE, READ_SITE, WRITE_SITE, MEMBER_SITES, SYSTEM_INFO_ROLE, SEEING_ROLE, DECIDING_ROLE, SLA_ROLE, MEMBER, ADMIN, SELF',
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
