import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { keysetPage } from '../common/keyset.js';
import { PageOf, type Page } from '../common/pagination.js';
import { PrismaService } from '../database/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';
import { InboundListQuery, InboundMessageDto } from './dto/inbound.dto.js';

const InboundPage = PageOf(InboundMessageDto, 'InboundMessagePage');

interface Row {
  id: string;
  message_id: string;
  transport: string;
  from_address: string | null;
  envelope_to: string[];
  subject: string | null;
  size_bytes: number;
  status: string;
  reason: string | null;
  detail: string | null;
  ticket_id: string | null;
  comment_id: string | null;
  received_at: Date;
  processed_at: Date | null;
}

@ApiTags('admin')
@Controller('inbound-messages')
export class InboundController {
  constructor(private readonly prisma: PrismaService) {}

  @Get()
  @StaffOnly('ADMIN')
  @ApiOperation({
    summary: 'Received mail and what became of it, newest first (ADMIN)',
    description:
      'Every message the SMTP listener stored, with its status: PROCESSED (the ticket and comment it became), DROPPED (with the reason; nothing is ever sent back), or PENDING. The message bodies are not returned.',
  })
  @ApiOkResponse({ type: InboundPage })
  @ApiProblems(400, 403)
  async list(@Query() q: InboundListQuery): Promise<Page<InboundMessageDto>> {
    const page = keysetPage(q);
    const after = page.after
      ? Prisma.sql`WHERE (received_at, id) < (${page.after.createdAt}::timestamptz, ${page.after.id}::uuid)`
      : Prisma.empty;
    const rows = await this.prisma.$queryRaw<Row[]>`
      SELECT id, message_id, transport, from_address, envelope_to, subject, size_bytes, status::text AS status,
             reason, detail, ticket_id, comment_id, received_at, processed_at
        FROM inbound_messages ${after}
       ORDER BY received_at DESC, id DESC
       LIMIT ${page.take}`;
    const result = page.of(rows, (r) => ({ createdAt: r.received_at, id: r.id }));
    return {
      nextCursor: result.nextCursor,
      data: result.data.map((r) => ({
        id: r.id,
        messageId: r.message_id,
        transport: r.transport,
        from: r.from_address,
        to: r.envelope_to,
        subject: r.subject,
        sizeBytes: r.size_bytes,
        status: r.status,
        reason: r.reason,
        detail: r.detail,
        ticketId: r.ticket_id,
        commentId: r.comment_id,
        receivedAt: r.received_at,
        processedAt: r.processed_at,
      })),
    };
  }
}
