import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { IdempotentCreate } from '../common/idempotency.js';
import { PageOf, PageQuery } from '../common/pagination.js';
import { UuidPipe } from '../common/validation.js';
import { AttachmentsService } from './attachments.service.js';
import { AttachmentDto, UploadAttachmentBody } from './dto/attachment.dto.js';
import { ApiFileContent, MULTIPART } from './openapi.js';

const AttachmentPage = PageOf(AttachmentDto, 'AttachmentPage');

@ApiTags('attachments')
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('tickets/:id/attachments')
  @RouteConfig(MULTIPART)
  @Authenticated()
  @ApiOperation({
    summary: 'Attach a file to a ticket (multipart/form-data, streamed; whoever may comment may attach)',
    description:
      'One part named `file`. At most ATTACHMENT_MAX_BYTES (413) and ATTACHMENT_MAX_PER_TICKET files per ticket (422). ' +
      'The type is sniffed from the bytes: a declared part Content-Type that disagrees, executables, HTML, SVG and scripts ' +
      'are refused (422); an empty file is refused (422). The file name is kept without path, control or bidirectional characters.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadAttachmentBody })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiProblems(400, 403, 404, 413, 422)
  @IdempotentCreate()
  upload(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Req() req: FastifyRequest) {
    return this.attachments.upload(p, id, req);
  }

  @Get('tickets/:id/attachments')
  @Authenticated()
  @ApiOperation({ summary: 'Files of a ticket, oldest first (those of internal comments for staff only)' })
  @ApiOkResponse({ type: AttachmentPage })
  @ApiProblems(400, 404)
  list(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Query() q: PageQuery) {
    return this.attachments.list(p, id, q.limit, q.cursor);
  }

  @Get('tickets/:id/attachments/:attachmentId')
  @Authenticated()
  @ApiOperation({ summary: "A file's metadata" })
  @ApiOkResponse({ type: AttachmentDto })
  @ApiProblems(400, 404)
  get(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('attachmentId', UuidPipe) attachmentId: string,
  ) {
    return this.attachments.get(p, id, attachmentId);
  }

  @Get('tickets/:id/attachments/:attachmentId/content')
  @Authenticated()
  @ApiOperation({
    summary: 'Download a file of a ticket (always as an attachment; Range, If-None-Match)',
  })
  @ApiProduces('*/*')
  @ApiFileContent()
  async content(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('attachmentId', UuidPipe) attachmentId: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.attachments.send(p, id, attachmentId, req, reply);
  }

  @Get('attachments/:id/content')
  @Authenticated()
  @ApiOperation({
    summary: 'Download a file by its own id (as `tickets/{id}/attachments/{attachmentId}/content`)',
  })
  @ApiProduces('*/*')
  @ApiFileContent()
  async contentById(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.attachments.send(p, null, id, req, reply);
  }

  @Delete('tickets/:id/attachments/:attachmentId')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({
    summary:
      'Remove a file (staff or its uploader, while the ticket is not RESOLVED, CLOSED or CANCELLED); kept in history',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 403, 404, 409)
  remove(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('attachmentId', UuidPipe) attachmentId: string,
  ): Promise<void> {
    return this.attachments.remove(p, id, attachmentId);
  }
}
