import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { IfMatchVersion, OptionalIfMatchVersion } from '../common/etag.js';
import { ResourceLocation } from '../common/location.js';
import { PageOf } from '../common/pagination.js';
import { UuidPipe } from '../common/validation.js';
import {
  CreateWebhookDto,
  DeliveryListQuery,
  UpdateWebhookDto,
  WebhookCreatedDto,
  WebhookDeliveryDto,
  WebhookDto,
  WebhookListQuery,
  WebhookSecretDto,
} from './dto/webhook.dto.js';
import { WebhooksService } from './webhooks.service.js';

const WebhookPage = PageOf(WebhookDto, 'WebhookPage');
const DeliveryPage = PageOf(WebhookDeliveryDto, 'WebhookDeliveryPage');

@ApiTags('webhooks')
@Controller()
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get('webhooks')
  @Authenticated()
  @ApiOperation({
    summary: "Webhook endpoints the caller manages, newest first (staff: all; approvers: their organizations')",
  })
  @ApiOkResponse({ type: WebhookPage })
  @ApiProblems(400, 403)
  list(@CurrentPrincipal() p: Principal, @Query() q: WebhookListQuery) {
    return this.webhooks.list(p, q);
  }

  @Post('webhooks')
  @ResourceLocation('webhooks')
  @Authenticated()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary:
      'Register a webhook endpoint (staff: any organization or all of them; CUSTOMER_APPROVER and CHANGE_MANAGER: their organization). The signing secret is in this answer only',
  })
  @ApiCreatedResponse({ type: WebhookCreatedDto })
  @ApiProblems(400, 403, 422)
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateWebhookDto) {
    return this.webhooks.create(p, dto);
  }

  @Get('webhooks/:id')
  @Authenticated()
  @ApiOperation({ summary: 'A webhook endpoint (never its secret)' })
  @ApiOkResponse({ type: WebhookDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.webhooks.get(p, id);
  }

  @Patch('webhooks/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Change a webhook endpoint (URL, event types, description, enabled); needs If-Match' })
  @ApiOkResponse({ type: WebhookDto })
  @ApiProblems(400, 403, 404, 422)
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateWebhookDto,
    @IfMatchVersion() version: number,
  ) {
    return this.webhooks.update(p, id, dto, version);
  }

  @Delete('webhooks/:id')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Delete a webhook endpoint and its delivery log' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 403, 404)
  remove(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.webhooks.remove(p, id);
  }

  @Post('webhooks/:id/rotate-secret')
  @HttpCode(200)
  @Authenticated()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary:
      'A new signing secret, shown once; the previous one also signs for 24 h (webhook-signature then carries both)',
  })
  @ApiOkResponse({ type: WebhookSecretDto })
  @ApiProblems(400, 403, 404)
  rotate(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @OptionalIfMatchVersion() version?: number,
  ) {
    return this.webhooks.rotateSecret(p, id, version);
  }

  @Post('webhooks/:id/test')
  @HttpCode(202)
  @Authenticated()
  @ApiOperation({ summary: 'Send a `ping` event to the endpoint (queued like any delivery; see its deliveries)' })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  @ApiProblems(400, 403, 404, 409)
  test(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.webhooks.test(p, id);
  }

  @Get('webhooks/:id/deliveries')
  @Authenticated()
  @ApiOperation({
    summary: 'Deliveries to the endpoint, newest first, each with every attempt (status, latency, answer)',
  })
  @ApiOkResponse({ type: DeliveryPage })
  @ApiProblems(400, 404)
  deliveries(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Query() q: DeliveryListQuery) {
    return this.webhooks.deliveries(p, id, q);
  }

  @Post('webhooks/:id/deliveries/:deliveryId/replay')
  @HttpCode(202)
  @Authenticated()
  @ApiOperation({
    summary:
      'Send a delivery again, with the same webhook-id (its payload built anew for the owner, as the owner may see it now)',
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  @ApiProblems(400, 403, 404, 409)
  replay(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('deliveryId', UuidPipe) deliveryId: string,
  ) {
    return this.webhooks.replay(p, id, deliveryId);
  }
}
