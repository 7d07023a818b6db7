import { useApp } from '../helpers/setup.js';
import { bearer, codeAt, stepSafeBase } from '../helpers/identity.js';
import { PASSWORD } from '../factories/index.js';

describe('identity: TOTP two-factor authentication', () => {
  const { ctx, f } = useApp();

  const login = (email: string, password = PASSWORD) => ctx.http.post('/api/v1/auth/login').send({ email, password });
  const second = (mfaToken: string, code: string) => ctx.http.post('/api/v1/auth/login/2fa').send({ mfaToken, code });

  /** Enrols and confirms with the code of step base-1, so base and base+1 remain for logins. */
  async function enrolled(base: number) {
    const u = await f.staff();
    const token = ctx.tokenFor(u);
    const enrol = await ctx.http.post('/api/v1/me/2fa/enrol').set(bearer(token)).expect(200);
    const secret: string = enrol.body.secret;
    const confirm = await ctx.http
      .post('/api/v1/me/2fa/confirm')
      .set(bearer(token))
      .send({ code: await codeAt(secret, base, -1) })
      .expect(200);
    return { u, token, secret, recoveryCodes: confirm.body.recoveryCodes as string[] };
  }

  it('enrol returns the secret, an otpauth URI and a PNG QR code (data URL and download); the secret is encrypted at rest', async () => {
    const u = await f.staff();
    const res = await ctx.http
      .post('/api/v1/me/2fa/enrol')
      .set(bearer(ctx.tokenFor(u)))
      .expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(res.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Outpost:.*secret=/);
    expect(res.body.otpauthUri).toContain(res.body.secret);
    expect(res.body.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const png = await ctx.http
      .get('/api/v1/me/2fa/qr.png')
      .set(bearer(ctx.tokenFor(u)))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect((png.body as Buffer).subarray(1, 4).toString()).toBe('PNG');
    const row = await ctx.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.totpSecretEnc).toBeTruthy();
    expect(row.totpSecretEnc).not.toContain(res.body.secret);
    expect(row.totpEnabledAt).toBeNull(); // nothing changes before confirm
    await login(u.email)
      .expect(200)
      .expect((r) => expect(r.body.accessToken).toBeDefined());
  });

  it('confirm turns 2FA on, returns 10 recovery codes stored hashed, audits and notifies; a wrong code is refused', async () => {
    const base = await stepSafeBase();
    const u = await f.staff();
    const token = ctx.tokenFor(u);
    const { body } = await ctx.http.post('/api/v1/me/2fa/enrol').set(bearer(token)).expect(200);
    await ctx.http
      .post('/api/v1/me/2fa/confirm')
      .set(bearer(token))
      .send({ code: await codeAt(body.secret, base, 5) })
      .expect(403);
    await ctx.http.post('/api/v1/me/2fa/confirm').set(bearer(token)).send({ code: 'abcdef' }).expect(400);
    const ok = await ctx.http
      .post('/api/v1/me/2fa/confirm')
      .set(bearer(token))
      .send({ code: await codeAt(body.secret, base) })
      .expect(200);
    expect(ok.body.recoveryCodes).toHaveLength(10);
    expect(new Set(ok.body.recoveryCodes).size).toBe(10);
    const stored = await ctx.prisma.recoveryCode.findMany({ where: { userId: u.id } });
    expect(stored).toHaveLength(10);
    for (const c of ok.body.recoveryCodes as string[])
      expect(stored.some((s) => s.codeHash.includes(c.replace('-', '')))).toBe(false);
    const me = await ctx.http.get('/api/v1/me').set(bearer(token)).expect(200);
    expect(me.body.totpEnabled).toBe(true);
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'user.2fa.enabled', targetId: u.id } })).toBe(1);
    expect(await ctx.prisma.outboxMessage.count({ where: { toEmail: u.email, kind: 'identity.2fa-enabled' } })).toBe(1);
    // enrolling again while on is refused; the QR of an active secret is never shown again
    await ctx.http.post('/api/v1/me/2fa/enrol').set(bearer(token)).expect(409);
    await ctx.http.get('/api/v1/me/2fa/qr.png').set(bearer(token)).expect(409);
  });

  it('login needs a code; the same code twice ⇒ the second is 401 (replay), an older step too', async () => {
    const base = await stepSafeBase();
    const { u, secret } = await enrolled(base);
    const first = await login(u.email).expect(200);
    expect(first.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String), mfaEnrolmentRequired: false });
    expect(first.body.accessToken).toBeUndefined();
    // the mfaToken is not an access token
    await ctx.http.get('/api/v1/me').set(bearer(first.body.mfaToken)).expect(401);
    const code = await codeAt(secret, base);
    const ok = await second(first.body.mfaToken, code).expect(200);
    await ctx.http.get('/api/v1/me').set(bearer(ok.body.accessToken)).expect(200);
    const again = await login(u.email).expect(200);
    const replay = await second(again.body.mfaToken, code).expect(401);
    expect(replay.body.type).toMatch(/unauthenticated$/);
    // the confirm step (base-1) is older than the last accepted one: refused too
    await second(again.body.mfaToken, await codeAt(secret, base, -1)).expect(401);
    // the next step is still fine (±1 tolerance)
    await second(again.body.mfaToken, await codeAt(secret, base, 1)).expect(200);
  });

  it('accepts ±1 step and rejects ±2', async () => {
    const base = await stepSafeBase();
    const u = await f.staff();
    const token = ctx.tokenFor(u);
    const { body } = await ctx.http.post('/api/v1/me/2fa/enrol').set(bearer(token)).expect(200);
    // confirm with -2: refused; -1: accepted
    await ctx.http
      .post('/api/v1/me/2fa/confirm')
      .set(bearer(token))
      .send({ code: await codeAt(body.secret, base, -2) })
      .expect(403);
    await ctx.http
      .post('/api/v1/me/2fa/confirm')
      .set(bearer(token))
      .send({ code: await codeAt(body.secret, base, -1) })
      .expect(200);
    const m = (await login(u.email).expect(200)).body.mfaToken;
    await second(m, await codeAt(body.secret, base, 2)).expect(401);
    await second(m, await codeAt(body.secret, base, 1)).expect(200);
  });

  it('a recovery code works once', async () => {
    const base = await stepSafeBase();
    const { u, recoveryCodes } = await enrolled(base);
    const m1 = (await login(u.email).expect(200)).body.mfaToken;
    await second(m1, recoveryCodes[0].toLowerCase()).expect(200);
    const m2 = (await login(u.email).expect(200)).body.mfaToken;
    await second(m2, recoveryCodes[0]).expect(401);
    await second(m2, recoveryCodes[1]).expect(200);
    expect(await ctx.prisma.recoveryCode.count({ where: { userId: u.id, usedAt: null } })).toBe(8);
  });

  it('refuses a forged, expired or stale mfaToken', async () => {
    const base = await stepSafeBase();
    const { u, secret } = await enrolled(base);
    const m = (await login(u.email).expect(200)).body.mfaToken;
    await second('not-a-token', await codeAt(secret, base)).expect(401);
    await ctx.prisma.user.update({ where: { id: u.id }, data: { sessionEpoch: { increment: 1 } } });
    await second(m, await codeAt(secret, base)).expect(401);
  });

  it('50 parallel wrong codes: at most MFA_MAX_FAILURES are checked, then 429 with Retry-After, even for a right code', async () => {
    const base = await stepSafeBase();
    const { u, secret } = await enrolled(base);
    const m = (await login(u.email).expect(200)).body.mfaToken;
    const results = await Promise.all(Array.from({ length: 50 }, () => second(m, '000000')));
    expect(results.filter((r) => r.status === 401)).toHaveLength(ctx.config.mfaMaxFailures);
    const limited = results.filter((r) => r.status === 429);
    expect(limited).toHaveLength(50 - ctx.config.mfaMaxFailures);
    expect(Number(limited[0].headers['retry-after'])).toBeGreaterThan(0);
    await second(m, await codeAt(secret, base)).expect(429);
  });

  it('DELETE me/2fa needs the password and a current code; then login is password-only again', async () => {
    const base = await stepSafeBase();
    const { u, token, secret } = await enrolled(base);
    await ctx.http.delete('/api/v1/me/2fa').set(bearer(token)).send({ password: PASSWORD }).expect(400);
    await ctx.http
      .delete('/api/v1/me/2fa')
      .set(bearer(token))
      .send({ password: 'wrong-password-1', code: await codeAt(secret, base) })
      .expect(403);
    await ctx.http
      .delete('/api/v1/me/2fa')
      .set(bearer(token))
      .send({ password: PASSWORD, code: '123456' === (await codeAt(secret, base)) ? '654321' : '123456' })
      .expect(403);
    await ctx.http
      .delete('/api/v1/me/2fa')
      .set(bearer(token))
      .send({ password: PASSWORD, code: await codeAt(secret, base) })
      .expect(204);
    const row = await ctx.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row).toMatchObject({ totpEnabledAt: null, totpSecretEnc: null });
    expect(await ctx.prisma.recoveryCode.count({ where: { userId: u.id } })).toBe(0);
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'user.2fa.disabled', targetId: u.id } })).toBe(1);
    const res = await login(u.email).expect(200);
    expect(res.body.accessToken).toBeDefined();
  });

  it('require2fa: a member without 2FA may only enrol; after confirming, everything else opens', async () => {
    const base = await stepSafeBase();
    const portal = await f.portal({ require2fa: true });
    const org = await f.org({ portalId: portal.id });
    const m = await f.member(org.id);
    const token = (await login(m.email).expect(200)).body.accessToken;
    const blocked = await ctx.http.patch('/api/v1/me').set(bearer(token)).send({ name: 'New Name' }).expect(403);
    expect(blocked.body.detail).toMatch(/2fa\/enrol/);
    await ctx.http.get('/api/v1/me').set(bearer(token)).expect(200);
    const { body } = await ctx.http.post('/api/v1/me/2fa/enrol').set(bearer(token)).expect(200);
    await ctx.http
      .post('/api/v1/me/2fa/confirm')
      .set(bearer(token))
      .send({ code: await codeAt(body.secret, base) })
      .expect(200);
    await ctx.http.patch('/api/v1/me').set(bearer(token)).send({ name: 'New Name' }).expect(200);
    // a member of a portal without the option is not affected
    const free = await f.member((await f.org()).id);
    await ctx.http
      .patch('/api/v1/me')
      .set(bearer(ctx.tokenFor(free)))
      .send({ name: 'Free Name' })
      .expect(200);
  });
});
