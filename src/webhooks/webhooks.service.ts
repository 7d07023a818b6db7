import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { decideWebhookCreate, decideWebhookList, webhooks, type WebhookAction } from '../access/webhook-grants.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { conflict, forbidden, notFound, unprocessable } from '../common/errors.js';
import { stalePrecondition, versioned } from '../common/etag.js';
import { afterCursor, afterCursorSql, keysetPage, mapPage, NEWEST_FIRST } from '../common/keyset.js';
import type { Page } from '../common/pagination.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { recordEvent } from '../events/event-log.js';
import { Prisma, type WebhookEndpoint } from '../generated/prisma/client.js';
import type {
  CreateWebhookDto,
  DeliveryListQuery,
  UpdateWebhookDto,
  WebhookCreatedDto,
  WebhookDeliveryDto,
  WebhookDto,
  WebhookListQuery,
  WebhookSecretDto,
} from './dto/webhook.dto.js';
import { newWebhookSecret, WebhookSecretBox } from './webhook-secrets.js';
import { WebhookSender } from './webhook-sender.js';
import { resolveTarget, TargetRefused } from './ssrf.js';
import { toDeliveryDto, toWebhookDto } from './webhooks.mapper.js';

/** The previous secret keeps signing this long after a rotation. */
export const PREVIOUS_SECRET_HOURS = 24;

@Injectable()
export class WebhooksService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly box: WebhookSecretBox,
    private readonly sender: WebhookSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** https only (http when WEBHOOK_ALLOW_INSECURE), no credentials, and a target the SSRF guard accepts now. */
  private async assertUrl(raw: string): Promise<string> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw unprocessable('url', 'must be an absolute URL');
    }
    const insecure = this.config.webhooks.allowInsecure;
    if (url.protocol !== 'https:' && !(insecure && url.protocol === 'http:'))
      throw unprocessable('url', insecure ? 'must use https or http' : 'must use https');
    if (url.username || url.password) throw unprocessable('url', 'must not contain credentials');
    if (url.hash) throw unprocessable('url', 'must not contain a fragment');
    try {
      await resolveTarget(url, this.sender.resolver, this.config.webhooks.allowPrivate);
    } catch (err) {
      if (err instanceof TargetRefused) throw unprocessable('url', err.message);
      throw err;
    }
    return url.toString();
  }

  /** Loads an endpoint and decides `action`: not visible ⇒ 404, visible but refused ⇒ 403. */
  private async load(p: Principal, id: string, action: WebhookAction, db: Tx = this.prisma): Promise<WebhookEndpoint> {
    const w = await db.webhookEndpoint.findUnique({ where: { id } });
    if (!w) throw notFound('webhook endpoint');
    const d = webhooks.decide(p, action, w);
    if (!d.visible) throw notFound('webhook endpoint');
    if (!d.allowed) throw forbidden(d.reason);
    return w;
  }

  async create(p: Principal, dto: CreateWebhookDto): Promise<WebhookCreatedDto> {
    const organizationId = dto.organizationId ?? null;
    const d = decideWebhookCreate(p, organizationId);
    if (!d.visible) throw unprocessable('organizationId', 'no such organization');
    if (!d.allowed) throw forbidden(d.reason);
    const url = await this.assertUrl(dto.url);
    return this.prisma.$transaction(async (tx) => {
      if (
        organizationId &&
        !(await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } }))
      )
        throw unprocessable('organizationId', 'no such organization');
      const secret = newWebhookSecret();
      const row = await tx.webhookEndpoint.create({
        data: {
          organizationId,
          ownerId: p.userId,
          url,
          description: dto.description ?? '',
          eventTypes: dto.eventTypes,
          enabled: dto.enabled ?? true,
          secretEnc: 'pending',
        },
      });
      const sealed = await tx.webhookEndpoint.update({
        where: { id: row.id },
        data: { secretEnc: this.box.seal(secret, row.id) },
      });
      return { ...toWebhookDto(sealed), secret };
    });
  }

  async list(p: Principal, q: WebhookListQuery): Promise<Page<WebhookDto>> {
    const allowed = decideWebhookList(p);
    if (!allowed.allowed) throw forbidden(allowed.reason);
    const page = keysetPage(q);
    if (!webhooks.mayAny(p, 'read')) return { data: [], nextCursor: null };
    const where: Prisma.Sql[] = [webhooks.predicate(p, 'read', q.organizationId)];
    if (q.organizationId) where.push(Prisma.sql`w.organization_id = ${q.organizationId}::uuid`);
    if (page.after) where.push(afterCursorSql('w', page.after));
    const ids = await this.prisma.$queryRaw<{ id: string; created_at: Date }[]>`
      SELECT w.id, w.created_at FROM webhook_endpoints w WHERE ${Prisma.join(where, ' AND ')}
       ORDER BY w.created_at DESC, w.id DESC LIMIT ${page.take}`;
    const kept = page.of(ids, (r) => ({ createdAt: r.created_at, id: r.id }));
    const full = await this.prisma.webhookEndpoint.findMany({ where: { id: { in: kept.data.map((r) => r.id) } } });
    const byId = new Map(full.map((w) => [w.id, w]));
    return mapPage(kept, (r) => toWebhookDto(byId.get(r.id)!));
  }

  async get(p: Principal, id: string): Promise<WebhookDto> {
    return toWebhookDto(await this.load(p, id, 'read'));
  }

  async update(p: Principal, id: string, dto: UpdateWebhookDto, expectedVersion: number): Promise<WebhookDto> {
    const url = dto.url !== undefined ? await this.assertUrl(dto.url) : undefined;
    return this.prisma.$transaction(async (tx) => {
      const w = await this.load(p, id, 'manage', tx);
      if (w.version !== expectedVersion) throw stalePrecondition();
      const reenabled = dto.enabled === true && !w.enabled;
      const updated = await versioned(
        tx.webhookEndpoint.update({
          where: { id, version: w.version },
          data: {
            url,
            eventTypes: dto.eventTypes,
            description: dto.description,
            enabled: dto.enabled,
            ...(reenabled ? { disabledReason: null, failingSince: null } : {}),
            version: { increment: 1 },
          },
        }),
      );
      return toWebhookDto(updated);
    });
  }

  async remove(p: Principal, id: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.load(p, id, 'manage', tx);
      await tx.webhookEndpoint.delete({ where: { id } });
    });
  }

  /** A new secret, shown once; the previous one keeps signing for PREVIOUS_SECRET_HOURS. */
  async rotateSecret(p: Principal, id: string, expectedVersion?: number): Promise<WebhookSecretDto> {
    return this.prisma.$transaction(async (tx) => {
      const w = await this.load(p, id, 'manage', tx);
      if (expectedVersion !== undefined && w.version !== expectedVersion) throw stalePrecondition();
      const secret = newWebhookSecret();
      const expires = new Date(Date.now() + PREVIOUS_SECRET_HOURS * 3600_000);
      const updated = await versioned(
        tx.webhookEndpoint.update({
          where: { id, version: w.version },
          data: {
            secretEnc: this.box.seal(secret, id),
            previousSecretEnc: w.secretEnc,
            previousSecretExpiresAt: expires,
            version: { increment: 1 },
          },
        }),
      );
      return { id, secret, previousSecretExpiresAt: expires, version: updated.version };
    });
  }

  /** Queues a `ping` to this endpoint only (delivered by the worker like any event). */
  async test(p: Principal, id: string): Promise<WebhookDeliveryDto> {
    const deliveryId = await this.prisma.$transaction(async (tx) => {
      const w = await this.load(p, id, 'manage', tx);
      if (!w.enabled) throw conflict('the endpoint is disabled: enable it first');
      const eventId = await recordEvent(tx, {
        type: 'ping',
        organizationId: w.organizationId,
        actorId: p.userId,
        data: { webhookId: w.id },
        endpointId: w.id,
      });
      const d = await tx.webhookDelivery.findFirstOrThrow({
        where: { endpointId: id, eventId: BigInt(eventId) },
        select: { id: true },
      });
      return d.id;
    });
    return this.delivery(deliveryId);
  }

  private async delivery(id: string): Promise<WebhookDeliveryDto> {
    const d = await this.prisma.webhookDelivery.findUniqueOrThrow({
      where: { id },
      include: { attemptsLog: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
    });
    return toDeliveryDto(d);
  }

  async deliveries(p: Principal, id: string, q: DeliveryListQuery): Promise<Page<WebhookDeliveryDto>> {
    await this.load(p, id, 'read');
    const page = keysetPage(q);
    const rows = await this.prisma.webhookDelivery.findMany({
      where: { endpointId: id, ...(q.status ? { status: q.status } : {}), ...afterCursor(page.after) },
      include: { attemptsLog: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
      orderBy: NEWEST_FIRST,
      take: page.take,
    });
    return mapPage(page.of(rows), toDeliveryDto);
  }

  /** Sends a delivery again (same `webhook-id`): back to PENDING, due now. */
  async replay(p: Principal, id: string, deliveryId: string): Promise<WebhookDeliveryDto> {
    await this.prisma.$transaction(async (tx) => {
      const w = await this.load(p, id, 'manage', tx);
      const d = await tx.webhookDelivery.findFirst({ where: { id: deliveryId, endpointId: id } });
      if (!d) throw notFound('delivery');
      if (!w.enabled) throw conflict('the endpoint is disabled: enable it first');
      const event = await tx.event.findUnique({ where: { id: d.eventId }, select: { id: true } });
      if (!event) throw conflict('the event is no longer in the event log: it cannot be replayed');
      await tx.webhookDelivery.update({
        where: { id: deliveryId },
        data: { status: 'PENDING', nextAttemptAt: new Date(), deliveredAt: null },
      });
    });
    return this.delivery(deliveryId);
  }
}
