import { Injectable } from '@nestjs/common';

/**
 * Whether this instance should receive traffic. main.ts marks it not ready while migrations run
 * and while shutting down; /health/ready answers 503 then (and whenever the database is
 * unreachable), and API requests are refused with 503 until it is ready.
 */
@Injectable()
export class Readiness {
  private reason: string | null = null;

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
}
