import { Controller, Get, HttpCode, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import pg from 'pg';
import { Public } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { DomainError } from '../common/errors.js';
import { PG_POOL } from '../database/prisma.service.js';
import { Readiness } from './readiness.js';

export class HealthDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status: 'ok';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly readiness: Readiness,
  ) {}

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ type: HealthDto })
  live(): HealthDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Readiness: this instance takes traffic and the database answers',
    description:
      '503 while migrations run at start, while shutting down, or when the database does not answer within 2 s.',
  })
  @ApiOkResponse({ type: HealthDto })
  @ApiProblems(503)
  async ready(): Promise<HealthDto> {
    if (!this.readiness.ready) {
      throw new DomainError('SERVICE_UNAVAILABLE', `Not ready: ${this.readiness.notReadyReason}`, [], {
        'retry-after': '5',
      });
    }
    try {
      await Promise.race([
        this.pool.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return { status: 'ok' };
    } catch {
      throw new DomainError('SERVICE_UNAVAILABLE', 'The database is not reachable', [], { 'retry-after': '5' });
    }
  }
}
