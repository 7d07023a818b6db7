import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PrismaService } from '../database/prisma.service.js';
import { classifyRecipient } from '../notifications/mail-channel.js';
import { InboundProcessor } from './inbound-processor.service.js';
import { storeInbound } from './inbound-store.js';

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/**
 * The SMTP listener (`INBOUND_SMTP_PORT`): accepts mail for the support address and its reply
 * sub-addresses only (anything else is 550 at RCPT: no relay), at most `INBOUND_MAX_RECIPIENTS`
 * recipients (452 beyond) and `INBOUND_MAX_BYTES` (552, nothing stored). A message is answered
 * 250 only once it is stored; everything after that happens from the table, never in the SMTP
 * session, so nothing the message does can be learned from the SMTP dialogue.
 */
@Injectable()
export class SmtpListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('InboundSmtp');
  private server: SMTPServer | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly processor: InboundProcessor,
  ) {}

  /** The port listened on (useful with INBOUND_SMTP_PORT=0), or null. */
  port(): number | null {
    const s = this.server as unknown as { server?: { address(): AddressInfo | null } } | null;
    return s?.server?.address()?.port ?? null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const c = this.config.inbound;
    if (c.smtpPort === null) {
      this.logger.log('inbound mail is off; set INBOUND_SMTP_PORT (e.g. 2525) to take replies and new tickets by SMTP');
      return;
    }
    const tls = c.tlsKeyFile && c.tlsCertFile;
    const options: SMTPServerOptions = {
      name: this.config.mail.domain,
      banner: 'Outpost',
      size: c.maxBytes,
      authOptional: true,
      disabledCommands: tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
      ...(tls ? { key: readFileSync(c.tlsKeyFile!), cert: readFileSync(c.tlsCertFile!) } : {}),
      logger: false,
      socketTimeout: 60_000,
      closeTimeout: 5_000,
      onRcptTo: (address, session, callback) => {
        if (session.envelope.rcptTo.length >= c.maxRecipients) return callback(smtpError(452, 'Too many recipients'));
        if (classifyRecipient(this.config.mail, address.address).kind === 'other')
          return callback(smtpError(550, 'No such mailbox here'));
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', () => undefined);
        stream.on('end', () => {
          if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded)
            return callback(smtpError(552, `Message exceeds the limit of ${c.maxBytes} bytes`));
          storeInbound(this.prisma, Buffer.concat(chunks), {
            transport: 'SMTP',
            remoteIp: session.remoteAddress,
            helo: session.hostNameAppearsAs,
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            rcptTo: session.envelope.rcptTo.map((r) => r.address),
          }).then(
            () => {
              callback();
              this.processor.kick();
            },
            (err: unknown) => {
              this.logger.warn(`could not store a message: ${err instanceof Error ? err.message : String(err)}`);
              callback(smtpError(451, 'Try again later'));
            },
          );
        });
      },
    };
    this.server = new SMTPServer(options);
    this.server.on('error', (err) => this.logger.warn(`smtp: ${err.message}`));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(c.smtpPort!, c.smtpHost, () => resolve());
    });
    this.logger.log(`inbound SMTP listening on ${c.smtpHost}:${this.port()}${tls ? ' (STARTTLS)' : ''}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((r) => s.close(() => r()));
  }
}
