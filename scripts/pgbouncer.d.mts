export interface PgBouncer {
  /** The direct URL with the pooler's host and port (same database, user and password). */
  url: string;
  port: number;
  stop(): Promise<void>;
  /** The pooler's recent log lines. */
  log(): string;
  exited(): boolean;
}

export function startPgBouncer(opts: {
  directUrl: string;
  poolSize?: number;
  maxServerConnections?: number;
  verbose?: boolean;
}): Promise<PgBouncer>;
