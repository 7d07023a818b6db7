import { ApiProperty } from '@nestjs/swagger';

export class AttachmentUploaderDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'Uma User' })
  name: string;
}

/** A file on a ticket or on one of its comments (metadata; the bytes are at `contentUrl`). */
export class AttachmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  ticketId: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The comment the file was sent with; null for a file on the ticket itself',
  })
  commentId: string | null;
  @ApiProperty({
    example: 'screenshot.png',
    description: 'As uploaded, sanitised: no path, control, bidirectional or zero-width characters',
  })
  fileName: string;
  @ApiProperty({
    example: 'image/png',
    description:
      'Sniffed from the bytes (a declared type that disagrees was refused); application/octet-stream when unknown',
  })
  contentType: string;
  @ApiProperty({ example: 48213, description: 'Bytes' })
  size: number;
  @ApiProperty({
    example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    description: 'SHA-256 of the bytes (hex); the content ETag',
  })
  sha256: string;
  @ApiProperty({ description: 'A file of an internal comment: staff-only' })
  internal: boolean;
  @ApiProperty({ type: AttachmentUploaderDto })
  uploader: AttachmentUploaderDto;
  @ApiProperty()
  createdAt: Date;
  @ApiProperty({
    example:
      '/api/v1/tickets/0190b8a5-0000-7000-8000-000000000000/attachments/0190b8a5-0000-7000-8000-000000000001/content',
    description: 'Where the bytes are downloaded (always as an attachment)',
  })
  contentUrl: string;
}

/** The multipart/form-data body of an upload (OpenAPI only: the body is streamed, never parsed into a DTO). */
export class UploadAttachmentBody {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      'The file (one per request). Its part `Content-Type` is checked against the bytes; without one it counts as text/plain (RFC 7578)',
  })
  file: unknown;
}

/** The multipart/form-data variant of a comment (OpenAPI only): the comment's fields first, then its files. */
export class CreateCommentWithFilesBody {
  @ApiProperty({ example: 'The screenshot of the error.', minLength: 1, maxLength: 20000 })
  body: string;
  @ApiProperty({ required: false, type: 'boolean', default: false, description: 'Staff only; `true` or `false`' })
  internal?: boolean;
  @ApiProperty({
    required: false,
    type: 'array',
    items: { type: 'string', format: 'binary' },
    maxItems: 10,
    description: 'Up to 10 files, each a part named `files`, after the fields',
  })
  files?: unknown[];
}
