import { Injectable } from '@nestjs/common';

/**
 * Whether this instance should receive traffic. main.ts marks it not ready while migrations run
 * and while shutting down; /health/ready answers 503 then (and whenever the database is
 * unreachable), and API requests are refused with 503 until it is ready (not while draining:
 * requests that reach a draining instance on an open connection are still served).
 */
@Injectable()
export class Readiness {
  private reason: string | null = null;
  private drainingSince: number | null = null;

  get ready(): boolean {
    return this.reason === null;
  }

  get notReadyReason(): string | null {
    return this.reason;
  }

  setNotReady(reason: string): void {
    this.reason = reason;
  }

  setReady(): void {
    this.reason = null;
  }

  /** Shutting down: not ready; requests already on open connections are still served, each connection closed after its response. */
  setDraining(): void {
    this.reason = 'shutting down';
    this.drainingSince ??= Date.now();
  }

  get draining(): boolean {
    return this.drainingSince !== null;
  }
}
