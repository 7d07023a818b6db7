import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { TICKET_PRIORITIES, type TicketPriority } from '../../access/principal.js';

export class SlaSummaryQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;

  /** Start of the window (tickets created at or after it); default: 30 days before `to`. */
  @ApiPropertyOptional({ type: String, format: 'date-time', example: '2026-11-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  /** End of the window (tickets created before it); default: now. At most 366 days after `from`. */
  @ApiPropertyOptional({ type: String, format: 'date-time', example: '2026-12-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class SlaPrioritySummaryDto {
  @ApiProperty({ enum: TICKET_PRIORITIES, enumName: 'TicketPriority' })
  priority: TicketPriority;
  @ApiProperty({ description: 'Tickets with SLA targets created in the window' })
  tickets: number;
  @ApiProperty({ description: 'First responses in time' })
  responseMet: number;
  @ApiProperty({ description: 'First responses late, or still missing past their due time' })
  responseMissed: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'responseMet of the decided ones in percent; null when none is decided',
  })
  responseMetPercent: number | null;
  @ApiProperty({ description: 'Resolved in time' })
  resolutionMet: number;
  @ApiProperty({ description: 'Resolved late, or still open past their due time' })
  resolutionMissed: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'resolutionMet of the decided ones in percent; null when none is decided',
  })
  resolutionMetPercent: number | null;
  @ApiProperty({ description: 'Open tickets whose SLA is breached now' })
  openBreached: number;
  @ApiProperty({ description: 'Open tickets at risk now (80 % of a target used)' })
  openAtRisk: number;
}

export class SlaSummaryDto {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty()
  from: Date;
  @ApiProperty()
  to: Date;
  @ApiProperty({ type: [SlaPrioritySummaryDto], description: 'One row per priority, in priority order' })
  priorities: SlaPrioritySummaryDto[];
  @ApiProperty({ description: 'Open tickets breached now, all priorities' })
  openBreached: number;
  @ApiProperty({ description: 'Open tickets at risk now, all priorities' })
  openAtRisk: number;
}
