import { ApiProperty } from '@nestjs/swagger';
import { PageQuery } from '../../common/pagination.js';

export class InboundMessageDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({
    example: '<CAF=abc@mail.example.com>',
    description: 'The Message-ID (or a hash of the message without one)',
  })
  messageId: string;
  @ApiProperty({ enum: ['SMTP'], description: 'How it arrived' })
  transport: string;
  @ApiProperty({ type: String, nullable: true, example: 'ada@acme.example' })
  from: string | null;
  @ApiProperty({ type: [String], example: ['support+r-…@outpost.example'] })
  to: string[];
  @ApiProperty({ type: String, nullable: true })
  subject: string | null;
  @ApiProperty({ example: 2048 })
  sizeBytes: number;
  @ApiProperty({ enum: ['PENDING', 'PROCESSED', 'DROPPED'] })
  status: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'sender-mismatch',
    description:
      'Why it was dropped: unknown-sender, unknown-recipient, unknown-token, revoked-token, sender-mismatch, sender-not-allowed, not-allowed, staff-sender, empty, no-decision, decide-by-email-off, auto-submitted, auto-reply, bulk, loop, too-many-recipients, sender-budget, not-authenticated, malformed, failed',
  })
  reason: string | null;
  @ApiProperty({ type: String, nullable: true })
  detail: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  ticketId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  commentId: string | null;
  @ApiProperty()
  receivedAt: Date;
  @ApiProperty({ type: Date, nullable: true })
  processedAt: Date | null;
}

export class InboundListQuery extends PageQuery {}
