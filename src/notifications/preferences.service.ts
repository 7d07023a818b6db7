import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { stalePrecondition } from '../common/etag.js';
import { notFound } from '../common/errors.js';
import type { NotificationPreferencesDto, UpdateNotificationPreferencesDto } from './dto/preferences.dto.js';
import { readUnsubscribeToken } from './mail-channel.js';
import { PREFERENCE_NAMES, preferenceOf, type PreferenceName } from './preferences.js';

@Injectable()
export class PreferencesService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The switches and their version (the `ETag`). */
  async get(userId: string, db: Tx = this.prisma): Promise<{ dto: NotificationPreferencesDto; version: number }> {
    const [rows, user] = await Promise.all([
      db.notificationPreference.findMany({ where: { userId } }),
      db.user.findUniqueOrThrow({ where: { id: userId }, select: { notificationVersion: true } }),
    ]);
    const off = new Set(rows.filter((r) => !r.enabled).map((r) => r.kind));
    const dto = Object.fromEntries(
      PREFERENCE_NAMES.map((n) => [n, !off.has(n)]),
    ) as unknown as NotificationPreferencesDto;
    return { dto, version: user.notificationVersion };
  }

  /** Changes the switches sent; with `expectedVersion` only while it is current (412 otherwise). */
  async update(
    userId: string,
    dto: UpdateNotificationPreferencesDto,
    expectedVersion: number | undefined,
  ): Promise<{ dto: NotificationPreferencesDto; version: number }> {
    const changes = PREFERENCE_NAMES.filter((n) => typeof dto[n] === 'boolean').map(
      (n) => [n, dto[n] as boolean] as const,
    );
    return this.prisma.$transaction(async (tx) => {
      // The version is the lock: of two updates sent with one ETag, one wins.
      const expected = expectedVersion ?? null;
      const bumped = await tx.$executeRaw`
        UPDATE users SET notification_version = notification_version + 1
         WHERE id = ${userId}::uuid AND (${expected}::int IS NULL OR notification_version = ${expected}::int)`;
      if (bumped === 0) throw stalePrecondition();
      for (const [kind, enabled] of changes) {
        await tx.notificationPreference.upsert({
          where: { userId_kind: { userId, kind } },
          create: { userId, kind, enabled },
          update: { enabled },
        });
      }
      return this.get(userId, tx);
    });
  }

  /** A forged, foreign or unknown token is the same 404: it reveals nothing about users. */
  async unsubscribe(token: string): Promise<{ preference: PreferenceName }> {
    const t = readUnsubscribeToken(this.config.mail, token);
    const preference = t ? preferenceOf(t.kind) : null;
    if (!t || !preference) throw notFound('Subscription');
    const user = await this.prisma.user.findUnique({ where: { id: t.userId }, select: { id: true } });
    if (!user) throw notFound('Subscription');
    await this.prisma.$transaction(async (tx) => {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: t.userId, kind: preference } },
        create: { userId: t.userId, kind: preference, enabled: false },
        update: { enabled: false },
      });
      await tx.user.update({ where: { id: t.userId }, data: { notificationVersion: { increment: 1 } } });
    });
    return { preference };
  }
}
