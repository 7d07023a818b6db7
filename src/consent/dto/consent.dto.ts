import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TICKET_ACCESS_LEVELS, type TicketAccess } from '../../access/principal.js';
import { PartnerLinkDto } from '../../partners/dto/partner-link.dto.js';

export class PermissionContactDto {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ format: 'uuid' })
  userId: string;
  @ApiProperty({ format: 'uuid' })
  membershipId: string;
  @ApiProperty({ example: 'Jane Doe' })
  name: string;
  @ApiProperty({ example: 'jane.doe@acme.example' })
  email: string;
  @ApiProperty()
  createdAt: Date;
}

export class TicketReachGrantDto {
  @ApiProperty({
    enum: ['ORGANIZATION_SETTING', 'USER_SETTING', 'ROLE', 'READ_SITE', 'WRITE_SITE'],
    description: 'Where the grant comes from',
  })
  source: string;
  @ApiProperty({ example: 'organization ticketAccess=ORG_READ' })
  via: string;
  @ApiProperty({ type: [String], example: ['read', 'comment'] })
  capabilities: string[];
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The site the grant reaches; absent for the whole organization, null for tickets without site',
  })
  siteId?: string | null;
  @ApiProperty({ example: 'organization …' })
  scope: string;
}

export class TicketReaderDto {
  @ApiProperty({ format: 'uuid' })
  membershipId: string;
  @ApiProperty({ format: 'uuid' })
  userId: string;
  @ApiProperty({ example: 'Ada Lovelace' })
  name: string;
  @ApiProperty({ example: 'ada@acme.example' })
  email: string;
  @ApiProperty({
    enum: ['ALL_TICKETS', 'SITE_TICKETS'],
    description:
      "ALL_TICKETS: every ticket of the organization; SITE_TICKETS: its sites' tickets (external support mode)",
  })
  reach: 'ALL_TICKETS' | 'SITE_TICKETS';
  @ApiProperty({ type: [TicketReachGrantDto] })
  grants: TicketReachGrantDto[];
}

export class AccessSummaryDto {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ example: 'Acme Industries' })
  name: string;
  @ApiProperty({ enum: TICKET_ACCESS_LEVELS, enumName: 'TicketAccess' })
  ticketAccess: TicketAccess;
  @ApiProperty({ description: "The portal's external support mode (grants reach the members' sites only)" })
  externalSupportMode: boolean;
  @ApiProperty({ type: [PermissionContactDto] })
  permissionContacts: PermissionContactDto[];
  @ApiProperty({ type: [PartnerLinkDto], description: 'Partner links with their consent' })
  partnerLinks: PartnerLinkDto[];
  @ApiProperty({
    type: [TicketReaderDto],
    description:
      "Every active member who sees all of the organization's tickets (in external support mode: its sites' tickets), with the grants that give it",
  })
  ticketReaders: TicketReaderDto[];
}
