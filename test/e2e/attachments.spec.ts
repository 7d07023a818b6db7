import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { useApp } from '../helpers/setup.js';
import { sleep } from '../helpers/identity.js';

const MAX_BYTES = 1024 * 1024;
const MAX_PER_TICKET = 3;
const MISSING = '0190b8a5-0000-7000-8000-000000000000';
const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined, instance: undefined });
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A supertest parser keeping the body as bytes. */
const binary = ((res: NodeJS.ReadableStream, cb: (e: Error | null, b: Buffer) => void) => {
  const parts: Buffer[] = [];
  res.on('data', (c: Buffer) => parts.push(c));
  res.on('end', () => cb(null, Buffer.concat(parts)));
}) as never;

/** The first bytes of a PNG (signature and an IHDR chunk): enough for the type to be sniffed. */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from([0, 0, 0, 13]),
  Buffer.from('IHDR'),
  Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]),
  Buffer.from([0, 0, 0, 0]),
  Buffer.from('IEND'),
  Buffer.from([0xae, 0x42, 0x60, 0x82]),
]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('ticket attachments', () => {
  const { ctx, f, as } = useApp({
    RATE_LIMIT_ENABLED: 'false',
    ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
    ATTACHMENT_MAX_PER_TICKET: String(MAX_PER_TICKET),
  });

  async function world() {
    const portal = await f.portal();
    const org = await f.org({ portalId: portal.id });
    const other = await f.org({ portalId: portal.id });
    const requester = await f.member(org.id);
    const colleague = await f.member(org.id);
    const plus = await f.member(org.id, { roles: ['PORTAL_USER_PLUS'] });
    const reader = await f.member(org.id, { ticketAccess: 'ORG_READ' });
    const cc = await f.member(org.id);
    const foreign = await f.member(other.id, { roles: ['PORTAL_USER_PLUS'] });
    const agent = await f.staff('AGENT');
    const ticket = await f.ticket(org.id, requester.id);
    await f.cc(ticket, cc.id);
    const foreignTicket = await f.ticket(other.id, foreign.id);
    return { org, other, requester, colleague, plus, reader, cc, foreign, agent, ticket, foreignTicket };
  }

  const upload = (
    user: { id: string },
    ticketId: string,
    content: Buffer,
    opts: { filename?: string; contentType?: string } = {},
  ) =>
    ctx.http
      .post(`/api/v1/tickets/${ticketId}/attachments`)
      .set(as(user))
      .attach('file', content, {
        filename: opts.filename ?? 'screenshot.png',
        contentType: opts.contentType ?? 'image/png',
      });

  const counts = async () => {
    const { rows } = await ctx.pool.query<{ files: number; chunks: number }>(
      'SELECT (SELECT count(*) FROM ticket_attachments) AS files, (SELECT count(*) FROM file_chunks) AS chunks',
    );
    return rows[0];
  };

  it('uploads a screenshot, lists it, shows it on the ticket and downloads it as an attachment', async () => {
    const w = await world();
    const res = await upload(w.requester, w.ticket.id, PNG).expect(201);
    expect(res.body).toMatchObject({
      ticketId: w.ticket.id,
      commentId: null,
      fileName: 'screenshot.png',
      contentType: 'image/png',
      size: PNG.length,
      sha256: sha(PNG),
      internal: false,
      uploader: { id: w.requester.id, name: w.requester.name },
    });
    const id = res.body.id as string;
    expect(res.body.contentUrl).toBe(`/api/v1/tickets/${w.ticket.id}/attachments/${id}/content`);

    const list = await ctx.http.get(`/api/v1/tickets/${w.ticket.id}/attachments`).set(as(w.cc)).expect(200);
    expect(list.body).toEqual({ data: [res.body], nextCursor: null });
    const ticket = await ctx.http.get(`/api/v1/tickets/${w.ticket.id}`).set(as(w.plus)).expect(200);
    expect(ticket.body.attachments).toEqual([res.body]);

    for (const url of [res.body.contentUrl as string, `/api/v1/attachments/${id}/content`]) {
      const dl = await ctx.http.get(url).set(as(w.cc)).buffer(true).parse(binary).expect(200);
      expect(Buffer.compare(dl.body as Buffer, PNG)).toBe(0);
      expect(dl.headers).toMatchObject({
        'content-type': 'image/png',
        'content-disposition': 'attachment; filename=screenshot.png',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        etag: `"${sha(PNG)}"`,
        'accept-ranges': 'bytes',
        'content-length': String(PNG.length),
        'cache-control': 'private, no-cache',
      });
    }
    const history = await ctx.http.get(`/api/v1/tickets/${w.ticket.id}/history`).set(as(w.requester)).expect(200);
    expect(history.body.data.map((h: { action: string }) => h.action)).toContain('attachment_added');
  });

  it('answers Range with 206, a range beyond the end with 416, If-None-Match with 304, across chunks', async () => {
    const w = await world();
    const big = randomBytes(700 * 1024);
    const res = await upload(w.requester, w.ticket.id, big, {
      filename: 'dump.bin',
      contentType: 'application/octet-stream',
    }).expect(201);
    expect(res.body.contentType).toBe('application/octet-stream');
    expect(await counts()).toEqual({ files: 1, chunks: 3 });
    const url = res.body.contentUrl as string;
    const whole = await ctx.http.get(url).set(as(w.requester)).buffer(true).parse(binary).expect(200);
    expect(sha(whole.body as Buffer)).toBe(sha(big));
    const from = 256 * 1024 - 10;
    const part = await ctx.http
      .get(url)
      .set(as(w.requester))
      .set('range', `bytes=${from}-${from + 99}`)
      .buffer(true)
      .parse(binary)
      .expect(206);
    expect(part.headers['content-range']).toBe(`bytes ${from}-${from + 99}/${big.length}`);
    expect(Buffer.compare(part.body as Buffer, big.subarray(from, from + 100))).toBe(0);
    const tail = await ctx.http
      .get(url)
      .set(as(w.requester))
      .set('range', 'bytes=-5')
      .buffer(true)
      .parse(binary)
      .expect(206);
    expect(Buffer.compare(tail.body as Buffer, big.subarray(big.length - 5))).toBe(0);
    const beyond = await ctx.http.get(url).set(as(w.requester)).set('range', `bytes=${big.length}-`).expect(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${big.length}`);
    expect(beyond.headers['content-type']).toMatch(/^application\/problem\+json/);
    const etag = whole.headers.etag as string;
    const cached = await ctx.http.get(url).set(as(w.requester)).set('if-none-match', etag).expect(304);
    expect(cached.headers.etag).toBe(etag);
    // A stale If-Range: the whole file.
    await ctx.http.get(url).set(as(w.requester)).set('range', 'bytes=0-9').set('if-range', '"stale"').expect(200);
  });

  describe('bad input leaves nothing stored', () => {
    it('too large: 413 naming the limit', async () => {
      const w = await world();
      const res = await upload(w.requester, w.ticket.id, randomBytes(MAX_BYTES + 1), {
        filename: 'big.bin',
        contentType: 'application/octet-stream',
      }).expect(413);
      expect(res.body.detail).toContain(`${MAX_BYTES} bytes (ATTACHMENT_MAX_BYTES)`);
      expect(await counts()).toEqual({ files: 0, chunks: 0 });
      await upload(w.requester, w.ticket.id, randomBytes(MAX_BYTES), {
        contentType: 'application/octet-stream',
      }).expect(201);
    });

    it('too many on one ticket: 422 naming the limit', async () => {
      const w = await world();
      for (let i = 0; i < MAX_PER_TICKET; i++) await upload(w.requester, w.ticket.id, PNG).expect(201);
      const res = await upload(w.requester, w.ticket.id, PNG).expect(422);
      expect(res.body.errors).toEqual([
        { field: 'file', message: `a ticket has at most ${MAX_PER_TICKET} files (ATTACHMENT_MAX_PER_TICKET)` },
      ]);
      expect(await counts()).toEqual({ files: MAX_PER_TICKET, chunks: MAX_PER_TICKET });
    });

    it.each([
      ['a PDF declared as PNG', PDF, 'image/png', /declared as image\/png, but the bytes are application\/pdf/],
      ['PNG bytes declared as text', PNG, 'text/plain', /declared as text\/plain, but the bytes are image\/png/],
      ['HTML posing as text', Buffer.from('<!DOCTYPE html><script>alert(1)</script>'), 'text/plain', /HTML, SVG/],
      [
        'an SVG',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>'),
        'image/svg+xml',
        /not accepted/,
      ],
      [
        'an executable',
        Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0')]),
        'application/octet-stream',
        /not accepted/,
      ],
      ['zero bytes', Buffer.alloc(0), 'image/png', /the file is empty/],
    ])('wrong type: %s ⇒ 422', async (_label, content, contentType, reason) => {
      const w = await world();
      const res = await upload(w.requester, w.ticket.id, content, { filename: 'x.png', contentType }).expect(422);
      expect(res.body.errors[0].field).toBe('file');
      expect(res.body.errors[0].message).toMatch(reason);
      expect(await counts()).toEqual({ files: 0, chunks: 0 });
    });

    it('keeps a text file with its declared type, and unknown bytes as application/octet-stream', async () => {
      const w = await world();
      const log = await upload(w.requester, w.ticket.id, Buffer.from('12:00 error: disk full\n'), {
        filename: 'app.log',
        contentType: 'text/plain',
      }).expect(201);
      expect(log.body.contentType).toBe('text/plain');
      const unknown = await upload(w.requester, w.ticket.id, Buffer.from([1, 2, 3, 0, 4]), {
        filename: 'data.dat',
        contentType: 'application/octet-stream',
      }).expect(201);
      expect(unknown.body.contentType).toBe('application/octet-stream');
    });

    it('a file name with a path, control and bidirectional characters is kept without them', async () => {
      const w = await world();
      const res = await upload(w.requester, w.ticket.id, PNG, {
        filename: '..\\..\\windows\\evil\u0007\u202Egnp.exe',
      }).expect(201);
      expect(res.body.fileName).toBe('evilgnp.exe');
      const slashed = await upload(w.requester, w.ticket.id, PNG, { filename: '../../etc/shot\u0001.png' }).expect(201);
      expect(slashed.body.fileName).toBe('shot.png');
      const dl = await ctx.http.get(slashed.body.contentUrl).set(as(w.requester)).expect(200);
      expect(dl.headers['content-disposition']).toBe('attachment; filename=shot.png');
      const unicode = await upload(w.requester, w.ticket.id, PNG, { filename: 'Übersicht straße.png' }).expect(201);
      const dl2 = await ctx.http.get(unicode.body.contentUrl).set(as(w.requester)).expect(200);
      expect(dl2.headers['content-disposition']).toBe(
        `attachment; filename="?bersicht stra?e.png"; filename*=UTF-8''%C3%9Cbersicht%20stra%C3%9Fe.png`,
      );
    });

    it('a truncated multipart body ⇒ 400', async () => {
      const w = await world();
      const body =
        '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n' +
        PNG.toString('latin1');
      const res = await ctx.http
        .post(`/api/v1/tickets/${w.ticket.id}/attachments`)
        .set(as(w.requester))
        .set('content-type', 'multipart/form-data; boundary=xyz')
        .send(Buffer.from(body, 'latin1'))
        .expect(400);
      expect(res.body.detail).toMatch(/malformed or was cut off/);
      expect(await counts()).toEqual({ files: 0, chunks: 0 });
    });

    it('a client that disconnects mid-upload leaves no row and no chunk', async () => {
      const w = await world();
      const server = ctx.app.getHttpServer() as http.Server;
      if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const { port } = server.address() as AddressInfo;
      const head =
        '--xyz\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n';
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
      req.write(head);
      req.write(randomBytes(600 * 1024)); // more than two chunks already written to the database
      await sleep(300);
      req.destroy();
      await sleep(300);
      expect(await counts()).toEqual({ files: 0, chunks: 0 });
      // The server is fine afterwards.
      await upload(w.requester, w.ticket.id, PNG).expect(201);
    });

    it('only multipart/form-data: JSON on the upload route and multipart on a JSON route ⇒ 415', async () => {
      const w = await world();
      await ctx.http
        .post(`/api/v1/tickets/${w.ticket.id}/attachments`)
        .set(as(w.requester))
        .send({ file: 'x' })
        .expect(415);
      const res = await ctx.http
        .post(`/api/v1/tickets/${w.ticket.id}/transitions`)
        .set(as(w.agent))
        .attach('file', PNG, 'a.png')
        .expect(415);
      expect(res.body.title).toBe('Unsupported media type');
    });

    it('a second file or a stray field ⇒ 400, and a missing file ⇒ 400', async () => {
      const w = await world();
      await ctx.http
        .post(`/api/v1/tickets/${w.ticket.id}/attachments`)
        .set(as(w.requester))
        .field('note', 'x')
        .attach('file', PNG, 'a.png')
        .expect(400);
      await ctx.http
        .post(`/api/v1/tickets/${w.ticket.id}/attachments`)
        .set(as(w.requester))
        .attach('other', PNG, 'a.png')
        .expect(400);
      expect(await counts()).toEqual({ files: 0, chunks: 0 });
    });
  });

  describe('access follows the ticket', () => {
    it('who may comment may attach: a reader gets 403, a stranger and another tenant 404', async () => {
      const w = await world();
      await upload(w.cc, w.ticket.id, PNG).expect(201);
      await upload(w.plus, w.ticket.id, PNG).expect(201);
      await upload(w.agent, w.ticket.id, PNG).expect(201);
      const read = await upload(w.reader, w.ticket.id, PNG).expect(403);
      expect(read.body.detail).toBeTruthy();
      await upload(w.colleague, w.ticket.id, PNG).expect(404);
      await upload(w.foreign, w.ticket.id, PNG).expect(404);
      await ctx.http.get(`/api/v1/tickets/${w.ticket.id}/attachments`).set(as(w.colleague)).expect(404);
      const list = await ctx.http.get(`/api/v1/tickets/${w.ticket.id}/attachments`).set(as(w.reader)).expect(200);
      expect(list.body.data).toHaveLength(3);
    });

    it("another tenant's file is a 404 identical to a random id; under another ticket's path, a 404", async () => {
      const w = await world();
      const mine = await upload(w.foreign, w.foreignTicket.id, PNG).expect(201);
      const theirs = await ctx.http.get(`/api/v1/attachments/${mine.body.id}/content`).set(as(w.plus)).expect(404);
      const random = await ctx.http.get(`/api/v1/attachments/${MISSING}/content`).set(as(w.plus)).expect(404);
      expect(strip(theirs.body)).toEqual(strip(random.body));
      // The id under a ticket the caller can see, but not the file's ticket.
      const other = await ctx.http
        .get(`/api/v1/tickets/${w.ticket.id}/attachments/${mine.body.id}/content`)
        .set(as(w.agent))
        .expect(404);
      const otherRandom = await ctx.http
        .get(`/api/v1/tickets/${w.ticket.id}/attachments/${MISSING}/content`)
        .set(as(w.agent))
        .expect(404);
      expect(strip(other.body)).toEqual(strip(otherRandom.body));
      await ctx.http.get(`/api/v1/tickets/${w.ticket.id}/attachments/${mine.body.id}`).set(as(w.agent)).expect(404);
      await ctx.http.delete(`/api/v1/tickets/${w.ticket.id}/attachments/${mine.body.id}`).set(as(w.agent)).expect(404);
      expect(await counts()).toEqual({ files: 1, chunks: 1 });
    });

    it("an internal comment's file is staff-only", async () => {
      const w = await world();
      const internal = await ctx.http
        .post(`/api/v1/tickets/${w.ticket.id}/comments`)
        .set(as(w.agent))
        .field('body', 'Vendor logs, do not share')
        .field('internal', 'true')
        .attach('files', Buffer.from('secret log\n'), { filename: 'vendor.log', contentType: 'text/plain' })
        .expect(201);
      expect(internal.body.attachments).toHaveLength(1);
      const file = internal.body.attachments[0];
      expect(file).toMatchObject({ internal: true, commentId: internal.body.id, fileName: 'vendor.log' });
      const customer = await ctx.http
        .get(`/api/v1/tickets/${w.ticket.id}/attachments`)
        .set(as(w.requester))
        .expect(200);
      expect(customer.body.data).toEqual([]);
      const t = await ctx.http.get(`/api/v1/tickets/${w.ticket.id}`).set(as(w.requester)).expect(200);
      expect(t.body.attachments).toEqual([]);
      const hidden = await ctx.http.get(`/api/v1/attachments/${file.id}/content`).set(as(w.requester)).expect(404);
      const random = await ctx.http.get(`/api/v1/attachments/${MISSING}/content`).set(as(w.requester)).expect(404);
      expect(strip(hidden.body)).toEqual(strip(random.body));
      const staff = await ctx.http.get(`/api/v1/tickets/${w.ticket.id}/attachments`).set(as(w.agent)).expect(200);
      expect(staff.body.data.map((a: { id: string }) => a.id)).toEqual([file.id]);
      const history = await ctx.http.get(`/api/v1/tickets/${w.ticket.id}/history`).set(as(w.requester)).expect(200);
      expect(history.body.data.map((h: { action: string }) => h.action)).not.toContain('attachment_added');
    });
  });

  describe('removal', () => {
    it('the uploader and staff remove a file while the ticket is open; recorded in history', async () => {
      const w = await world();
      const a = await upload(w.requester, w.ticket.id, PNG).expect(201);
      const b = await upload(w.plus, w.ticket.id, PNG).expect(201);
      const refused = await ctx.http
        .delete(`/api/v1/tickets/${w.ticket.id}/attachments/${b.body.id}`)
        .set(as(w.requester))
        .expect(403);
      expect(refused.body.detail).toMatch(/staff or the uploader/);
      await ctx.http.delete(`/api/v1/tickets/${w.ticket.id}/attachments/${a.body.id}`).set(as(w.requester)).expect(204);
      await ctx.http.get(a.body.contentUrl).set(as(w.requester)).expect(404);
      expect(await counts()).toEqual({ files: 1, chunks: 1 });
      const history = await ctx.http.get(`/api/v1/tickets/${w.ticket.id}/history`).set(as(w.agent)).expect(200);
      const removed = history.body.data.find((h: { action: string }) => h.action === 'attachment_removed');
      expect(removed.before).toMatchObject({ attachmentId: a.body.id, fileName: 'screenshot.png', size: PNG.length });
      await ctx.prisma.ticket.update({ where: { id: w.ticket.id }, data: { status: 'RESOLVED' } });
      const closed = await ctx.http
        .delete(`/api/v1/tickets/${w.ticket.id}/attachments/${b.body.id}`)
        .set(as(w.agent))
        .expect(409);
      expect(closed.body.detail).toMatch(/RESOLVED/);
      await ctx.prisma.ticket.update({ where: { id: w.ticket.id }, data: { status: 'OPEN' } });
      await ctx.http.delete(`/api/v1/tickets/${w.ticket.id}/attachments/${b.body.id}`).set(as(w.agent)).expect(204);
      expect(await counts()).toEqual({ files: 0, chunks: 0 });
    });
  });

  describe('downloads take the same upload path', () => {
    it('staff publish a download as multipart/form-data; members download it', async () => {
      const w = await world();
      const res = await ctx.http
        .post('/api/v1/downloads')
        .set(as(w.agent))
        .field('organizationId', w.org.id)
        .field('title', 'VPN (Linux)')
        .field('platform', 'LINUX')
        .attach('file', Buffer.from('#!/bin/sh\necho vpn\n'), {
          filename: 'vpn-linux.sh',
          contentType: 'application/x-sh',
        })
        .expect(201);
      expect(res.body).toMatchObject({
        fileName: 'vpn-linux.sh',
        contentType: 'application/x-sh',
        platform: 'LINUX',
        size: 19,
      });
      const dl = await ctx.http.get(`/api/v1/downloads/${res.body.id}/content`).set(as(w.requester)).expect(200);
      expect(dl.text).toBe('#!/bin/sh\necho vpn\n');
      expect(dl.headers['cache-control']).toBe('private, no-store');
      const bad = await ctx.http
        .post('/api/v1/downloads')
        .set(as(w.agent))
        .field('organizationId', w.org.id)
        .field('title', 'Not a PDF')
        .attach('file', PNG, { filename: 'guide.pdf', contentType: 'application/pdf' })
        .expect(422);
      expect(bad.body.errors[0].message).toMatch(/declared as application\/pdf, but the bytes are image\/png/);
      await ctx.http
        .post('/api/v1/downloads')
        .set(as(w.agent))
        .field('organizationId', w.org.id)
        .field('title', 'Path')
        .attach('file', PNG, { filename: 'x$(id).bin', contentType: 'application/octet-stream' })
        .expect(422);
      await ctx.http
        .post('/api/v1/downloads')
        .set(as(w.requester))
        .field('organizationId', w.org.id)
        .field('title', 'x')
        .attach('file', PNG, { filename: 'x.bin', contentType: 'application/octet-stream' })
        .expect(403);
      expect(await ctx.prisma.download.count()).toBe(1);
    });
  });
});
