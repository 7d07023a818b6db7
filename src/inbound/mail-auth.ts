import { promises as dns } from 'node:dns';
import { Injectable } from '@nestjs/common';
import { authenticate } from 'mailauth';

export type DnsResolver = (name: string, rrtype: string) => Promise<unknown>;

/**
 * DMARC for inbound mail (`INBOUND_REQUIRE_AUTH=true`): the From domain must be aligned with a
 * passing SPF or DKIM result (mailauth). The resolver is the system's; a deployment that needs
 * another (or a test with fixture records) replaces `resolver`.
 */
@Injectable()
export class MailAuthenticator {
  resolver: DnsResolver = (name, rrtype) => dns.resolve(name, rrtype);

  async dmarc(
    raw: Buffer,
    smtp: { ip: string | null; helo: string | null; mailFrom: string | null },
  ): Promise<{ pass: boolean; detail: string }> {
    const result = await authenticate(raw, {
      ip: smtp.ip ?? undefined,
      helo: smtp.helo ?? undefined,
      sender: smtp.mailFrom ?? undefined,
      mta: 'outpost',
      disableArc: true,
      disableBimi: true,
      resolver: this.resolver as never,
    });
    const dmarc = result.dmarc as { status?: { result?: string; comment?: string } } | false;
    const verdict = dmarc && dmarc.status ? (dmarc.status.result ?? 'none') : 'none';
    return { pass: verdict === 'pass', detail: `dmarc=${verdict}` };
  }
}
