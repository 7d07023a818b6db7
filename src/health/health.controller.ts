import { Controller, Get, HttpCode, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import pg from 'pg';
import { Public } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { DomainError } from '../common/errors.js';
import { PG_POOL } from '../database/prisma.service.js';
import { ReadReplicas, type ReplicaState } from '../database/replicas.js';
import { Readiness } from './readiness.js';

/** JSON has no Infinity: a replica behind everything tracked reports the largest safe integer. */
const finiteOrNull = (n: number | null) =>
  n === null ? null : Number.isFinite(n) ? Math.round(n) : Number.MAX_SAFE_INTEGER;

export class HealthDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status: 'ok';
}

export class ReplicaHealthDto {
  @ApiProperty({ example: 'replica-1', description: 'replica-N: the N-th URL of DATABASE_REPLICA_URLS' })
  name: string;

  @ApiProperty({
    enum: ['starting', 'up', 'lagging', 'down', 'not-a-standby'],
    description:
      'up: takes list reads; lagging: further behind the primary than REPLICA_MAX_LAG_MS; down: does not answer; not-a-standby: not in recovery; starting: not probed yet. Only `up` replicas serve reads.',
  })
  state: ReplicaState;

  @ApiProperty({
    type: 'number',
    nullable: true,
    example: 12,
    description:
      'Replay lag behind the primary at the last probe (ms); null when unknown, 9007199254740991 when behind everything the probe still tracks',
  })
  lagMs: number | null;
}

export class ReadinessDto extends HealthDto {
  @ApiProperty({
    type: [ReplicaHealthDto],
    required: false,
    description:
      'Each read replica (only with DATABASE_REPLICA_URLS). A replica that is down or lagging does not make the instance unready: its reads go to the primary.',
  })
  replicas?: ReplicaHealthDto[];
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly readiness: Readiness,
    private readonly replicas: ReadReplicas,
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
  @ApiOkResponse({ type: ReadinessDto })
  @ApiProblems(503)
  async ready(): Promise<ReadinessDto> {
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
    } catch {
      throw new DomainError('SERVICE_UNAVAILABLE', 'The database is not reachable', [], { 'retry-after': '5' });
    }
    return this.replicas.enabled
      ? { status: 'ok', replicas: this.replicas.status().map((r) => ({ ...r, lagMs: finiteOrNull(r.lagMs) })) }
      : { status: 'ok' };
  }
}
