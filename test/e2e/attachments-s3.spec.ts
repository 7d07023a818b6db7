import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { FileStores } from '../../src/attachments/file-stores.js';
import { sleep } from '../helpers/identity.js';
import { startS3Server, TEST_BUCKET, type TestS3Server } from '../helpers/s3-server.js';
import { useApp } from '../helpers/setup.js';

const MAX_BYTES = 8 * 1024 * 1024;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const binary = ((res: NodeJS.ReadableStream, cb: (e: Error | null, b: Buffer) => void) => {
  const parts: Buffer[] = [];
  res.on('data', (c: Buffer) => parts.push(c));
  res.on('end', () => cb(null, Buffer.concat(parts)));
}) as never;

describe('attachments in an S3-compatible bucket', () => {
  let s3: TestS3Server;
  const env: Record<string, string> = { RATE_LIMIT_ENABLED: 'false', ATTACHMENT_MAX_BYTES: String(MAX_BYTES) };
  // Before the app's beforeAll (registered by useApp below): the app is built with this server's address.
  beforeAll(async () => {
    s3 = await startS3Server();
    Object.assign(env, s3.env);
  });
  afterAll(() => s3?.close());
  const { ctx, f, as } = useApp(env);

  const stores = () => ctx.app.get(FileStores);
  const objects = async () => {
    const res = await stores().s3!.client.send(new ListObjectsV2Command({ Bucket: TEST_BUCKET }));
    return (res.Contents ?? []).map((o) => o.Key!).sort();
  };
  const rows = async () => {
    const { rows } = await ctx.pool.query<{ files: number; chunks: number; pending: number }>(
      `SELECT (SELECT count(*) FROM ticket_attachments) AS files, (SELECT count(*) FROM file_chunks) AS chunks,
              (SELECT count(*) FROM pending_objects) AS pending`,
    );
    return rows[0];
  };

  beforeEach(async () => {
    for (const key of await objects()) await stores().s3!.discard('', key);
  });

  async function world() {
    const portal = await f.portal();
    const org = await f.org({ portalId: portal.id });
    const requester = await f.member(org.id);
    const agent = await f.staff('ADMIN');
    const ticket = await f.ticket(org.id, requester.id);
    return { portal, org, requester, agent, ticket };
  }

  it('streams a multi-part upload into the bucket and serves it back, ranges included; removal deletes the object', async () => {
    const w = await world();
    const big = randomBytes(6 * 1024 * 1024 + 123); // over one 5 MiB part
    const res = await ctx.http
      .post(`/api/v1/tickets/${w.ticket.id}/attachments`)
      .set(as(w.requester))
      .attach('file', big, { filename: 'capture.bin', contentType: 'application/octet-stream' })
      .expect(201);
    expect(res.body).toMatchObject({ size: big.length, sha256: sha(big) });
    const row = await ctx.prisma.ticketAttachment.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row).toMatchObject({ storage: 'S3', storageKey: `attachments/${res.body.id}` });
    expect(await objects()).toEqual([`attachments/${res.body.id}`]);
    expect(await rows()).toEqual({ files: 1, chunks: 0, pending: 0 });

    const whole = await ctx.http.get(res.body.contentUrl).set(as(w.requester)).buffer(true).parse(binary).expect(200);
    expect(sha(whole.body as Buffer)).toBe(sha(big));
    const part = await ctx.http
      .get(res.body.contentUrl)
      .set(as(w.requester))
      .set('range', 'bytes=5242870-5242899')
      .buffer(true)
      .parse(binary)
      .expect(206);
    expect(Buffer.compare(part.body as Buffer, big.subarray(5242870, 5242900))).toBe(0);

    await ctx.http.delete(`/api/v1/tickets/${w.ticket.id}/attachments/${res.body.id}`).set(as(w.requester)).expect(204);
    expect(await objects()).toEqual([]);
    expect(await rows()).toEqual({ files: 0, chunks: 0, pending: 0 });
  });

  it('a refused upload (too large) leaves no object, no row and no pending key', async () => {
    const w = await world();
    await ctx.http
      .post(`/api/v1/tickets/${w.ticket.id}/attachments`)
      .set(as(w.requester))
      .attach('file', randomBytes(MAX_BYTES + 1), { filename: 'big.bin', contentType: 'application/octet-stream' })
      .expect(413);
    expect(await objects()).toEqual([]);
    expect(await rows()).toEqual({ files: 0, chunks: 0, pending: 0 });
  });

  it('a client that disconnects mid-upload leaves nothing', async () => {
    const w = await world();
    const server = ctx.app.getHttpServer() as http.Server;
    if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/api/v1/tickets/${w.ticket.id}/attachments`,
      headers: {
        ...as(w.requester),
        'content-type': 'multipart/form-data; boundary=xyz',
        'content-length': String(MAX_BYTES),
      },
    });
    req.on('error', () => {});
    req.write(
      '--xyz\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n',
    );
    req.write(randomBytes(5 * 1024 * 1024 + 1000)); // one part sent to the bucket already
    await sleep(500);
    req.destroy();
    for (let i = 0; i < 20 && (await rows()).pending > 0; i++) await sleep(100);
    expect(await rows()).toEqual({ files: 0, chunks: 0, pending: 0 });
    expect(await objects()).toEqual([]);
  });

  it('the orphan sweep deletes objects whose upload never committed, never those a row names', async () => {
    const w = await world();
    const kept = await ctx.http
      .post(`/api/v1/tickets/${w.ticket.id}/attachments`)
      .set(as(w.requester))
      .attach('file', Buffer.from('kept\n'), { filename: 'kept.txt', contentType: 'text/plain' })
      .expect(201);
    const client = stores().s3!.client;
    // A process that died between writing the object and committing its row.
    await ctx.pool.query(
      `INSERT INTO pending_objects (key, created_at) VALUES ('attachments/orphan', now() - interval '2 hours')`,
    );
    await client.send(new PutObjectCommand({ Bucket: TEST_BUCKET, Key: 'attachments/orphan', Body: 'x' }));
    // A key still pending for a live row (cannot normally happen) is not deleted, only forgotten.
    await ctx.pool.query(`INSERT INTO pending_objects (key, created_at) VALUES ($1, now() - interval '2 hours')`, [
      `attachments/${kept.body.id}`,
    ]);
    // A young pending key may be an upload in progress: left alone.
    await ctx.pool.query(`INSERT INTO pending_objects (key) VALUES ('attachments/in-progress')`);
    await client.send(new PutObjectCommand({ Bucket: TEST_BUCKET, Key: 'attachments/in-progress', Body: 'y' }));
    expect(await stores().s3!.sweep(stores().orphanAgeMs)).toBe(1);
    expect(await objects()).toEqual([`attachments/${kept.body.id}`, 'attachments/in-progress'].sort());
    const { rows: pending } = await ctx.pool.query<{ key: string }>('SELECT key FROM pending_objects');
    expect(pending.map((r) => r.key)).toEqual(['attachments/in-progress']);
    await ctx.http.get(kept.body.contentUrl).set(as(w.requester)).expect(200);
  });

  it('downloads are stored in the bucket too', async () => {
    const w = await world();
    const created = await ctx.http
      .post('/api/v1/downloads')
      .set(as(w.agent))
      .send({
        portalId: w.portal.id,
        title: 'VPN',
        fileName: 'vpn.sh',
        contentType: 'application/x-sh',
        contentBase64: Buffer.from('#!/bin/sh\necho vpn\n').toString('base64'),
      })
      .expect(201);
    expect(await objects()).toEqual([`attachments/${created.body.id}`]);
    const dl = await ctx.http.get(`/api/v1/downloads/${created.body.id}/content`).set(as(w.requester)).expect(200);
    expect(dl.text).toBe('#!/bin/sh\necho vpn\n');
    await ctx.http.delete(`/api/v1/downloads/${created.body.id}`).set(as(w.agent)).expect(204);
    expect(await objects()).toEqual([]);
  });
});
