import { Controller, Get, HttpCode, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import pg from 'pg';
import { Public } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { DomainError } from '../common/errors.js';
import { PG_POOL } from '../database/prisma.service.js';

export class HealthDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status: 'ok';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

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
  @ApiOperation({ summary: 'Readiness: the database answers' })
  @ApiOkResponse({ type: HealthDto })
  @ApiProblems(503)
  async ready(): Promise<HealthDto> {
    try {
      await Promise.race([
        this.pool.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return { status: 'ok' };
    } catch {
      throw new DomainError('SERVICE_UNAVAILABLE', 'The database is not reachable');
    }
  }
}
