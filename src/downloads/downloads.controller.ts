import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiFileContent, ApiJsonOrMultipartBody, MULTIPART } from '../attachments/openapi.js';
import { RouteConfig } from '@nestjs/platform-fastify';
import { validateBody } from '../attachments/attachments.service.js';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated, StaffOnly } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { PageOf } from '../common/pagination.js';
import { UuidPipe } from '../common/validation.js';
import {
  CreateDownloadDto,
  CreateDownloadWithFileBody,
  DOWNLOAD_CONTENT_TYPES,
  DownloadDto,
  DownloadListQuery,
} from './dto/download.dto.js';
import { DownloadsService } from './downloads.service.js';
import { IdempotentCreate } from '../common/idempotency.js';

const DownloadPage = PageOf(DownloadDto, 'DownloadPage');

@ApiTags('downloads')
@Controller()
export class DownloadsController {
  constructor(private readonly downloads: DownloadsService) {}

  @Get('downloads')
  @Authenticated()
  @ApiOperation({
    summary: "Downloads published to the caller's organizations or their portals, newest first (staff: all)",
  })
  @ApiOkResponse({ type: DownloadPage })
  @ApiProblems(400)
  list(@CurrentPrincipal() p: Principal, @Query() q: DownloadListQuery) {
    return this.downloads.list(p, q);
  }

  @Post('downloads')
  @RouteConfig(MULTIPART)
  @StaffOnly()
  @ApiOperation({
    summary:
      'Publish a file to a portal or to one organization (staff; multipart/form-data, allow-listed content types)',
    description:
      'multipart/form-data: the fields, then the file as a part named `file` (at most ATTACHMENT_MAX_BYTES, streamed to the file store). ' +
      'The JSON body with `contentBase64` (at most 512 KiB) is deprecated and kept for one release.',
  })
  @ApiJsonOrMultipartBody(CreateDownloadDto, CreateDownloadWithFileBody)
  @ApiCreatedResponse({ type: DownloadDto })
  @ApiProblems(400, 413, 422)
  @IdempotentCreate()
  async create(@CurrentPrincipal() p: Principal, @Req() req: FastifyRequest) {
    if (req.isMultipart()) return this.downloads.createFromForm(p, req);
    return this.downloads.create(p, await validateBody(CreateDownloadDto, req.body));
  }

  @Get('downloads/:id')
  @Authenticated()
  @ApiOperation({ summary: "A download's metadata" })
  @ApiOkResponse({ type: DownloadDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.downloads.get(p, id);
  }

  @Get('downloads/:id/content')
  @Authenticated()
  @ApiOperation({
    summary:
      'Download the file, always as an attachment (Content-Disposition: attachment, X-Content-Type-Options: nosniff; Range, If-None-Match)',
  })
  @ApiProduces(...DOWNLOAD_CONTENT_TYPES)
  @ApiFileContent(DOWNLOAD_CONTENT_TYPES)
  async content(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.downloads.send(p, id, req, reply);
  }

  @Delete('downloads/:id')
  @HttpCode(204)
  @StaffOnly()
  @ApiOperation({ summary: 'Withdraw a download (staff)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  remove(@Param('id', UuidPipe) id: string): Promise<void> {
    return this.downloads.remove(id);
  }
}
