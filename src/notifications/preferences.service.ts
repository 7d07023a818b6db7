import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PrismaService } from '../database/prisma.service.js';
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

  async get(userId: string): Promise<NotificationPreferencesDto> {
    const rows = await this.prisma.notificationPreference.findMany({ where: { userId } });
    const off = new Set(rows.filter((r) => !r.enabled).map((r) => r.kind));
    return Object.fromEntries(PREFERENCE_NAMES.map((n) => [n, !off.has(n)])) as unknown as NotificationPreferencesDto;
  }

  async update(userId: string, dto: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    const changes = PREFERENCE_NAMES.filter((n) => typeof dto[n] === 'boolean').map(
      (n) => [n, dto[n] as boolean] as const,
    );
    await this.prisma.$transaction(async (tx) => {
      for (const [kind, enabled] of changes) {
        await tx.notificationPreference.upsert({
          where: { userId_kind: { userId, kind } },
          create: { userId, kind, enabled },
          update: { enabled },
        });
      }
    });
    return this.get(userId);
  }

  /** A forged, foreign or unknown token is the same 404: it reveals nothing about users. */
  async unsubscribe(token: string): Promise<{ preference: PreferenceName }> {
    const t = readUnsubscribeToken(this.config.mail, token);
    const preference = t ? preferenceOf(t.kind) : null;
    if (!t || !preference) throw notFound('Subscription');
    const user = await this.prisma.user.findUnique({ where: { id: t.userId }, select: { id: true } });
    if (!user) throw notFound('Subscription');
    await this.prisma.notificationPreference.upsert({
      where: { userId_kind: { userId: t.userId, kind: preference } },
      create: { userId: t.userId, kind: preference, enabled: false },
      update: { enabled: false },
    });
    return { preference };
  }
}
