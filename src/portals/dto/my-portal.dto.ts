import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PORTAL_ROLES, type PortalRole } from '../../access/principal.js';
import { PageDetailDto } from './portal.dto.js';

export class MyPortalQuery {
  /** One organisation of the caller; absent = every organisation whose portal is ACTIVE. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

/** Portal tiles (SPEC §1): which areas the member's roles open in this organisation. */
export class TilesDto {
  @ApiProperty({ enum: ['own', 'all'] })
  tickets: 'own' | 'all';
  @ApiProperty({ enum: ['own', 'all'] })
  contacts: 'own' | 'all';
  @ApiProperty()
  systemInfo: boolean;
  @ApiProperty()
  sla: boolean;
  @ApiProperty()
  changes: boolean;
  @ApiProperty()
  invoices: boolean;
  @ApiProperty()
  validations: boolean;
  /** Whether the organisation has downloads (utilities) the member may see. */
  @ApiProperty()
  utilities: boolean;
}

export class MyPortalOrganizationDto {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ example: 'Acme Industries' })
  organizationName: string;
  @ApiProperty({ description: "Whether this is the caller's default organisation" })
  isDefault: boolean;
  @ApiProperty({ enum: PORTAL_ROLES, enumName: 'PortalRole', isArray: true })
  roles: PortalRole[];
  @ApiProperty({ format: 'uuid' })
  portalId: string;
  @ApiProperty({ example: 'Customer service desk' })
  portalName: string;
  @ApiProperty({ enum: ['DISABLED', 'ENABLED', 'ACTIVE'] })
  portalStatus: 'DISABLED' | 'ENABLED' | 'ACTIVE';
  @ApiProperty({ type: TilesDto })
  tiles: TilesDto;
  /** The pages whose every widget the caller's roles allow, in order, with what the caller may do with each. */
  @ApiProperty({ type: [PageDetailDto] })
  pages: PageDetailDto[];
}

export class MyPortalDto {
  @ApiProperty({ type: [MyPortalOrganizationDto] })
  organizations: MyPortalOrganizationDto[];
}
