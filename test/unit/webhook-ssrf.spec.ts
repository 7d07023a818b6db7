import { addressRefusal, resolveTarget, TargetRefused, type Resolver } from '../../src/webhooks/ssrf.js';
import { WebhookSender } from '../../src/webhooks/webhook-sender.js';
import { startReceiver, type Receiver } from '../helpers/webhook-receiver.js';

/** The SSRF guard with a fake resolver (DNS answers are the test's), and the pinned connection. */
describe('webhook SSRF guard', () => {
  const refused = [
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.3.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'], // cloud metadata
    ['100.100.100.200', 'carrierGradeNat'], // metadata of some clouds
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.10', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd00:ec2::254', 'uniqueLocal'], // AWS IPv6 metadata
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'], // IPv4-mapped
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['64:ff9b::a00:1', 'rfc6052'], // NAT64 of 10.0.0.1
    ['2002:a00:1::', '6to4'],
  ] as const;

  it.each(refused)('refuses %s (%s)', (address, range) => {
    expect(addressRefusal(address)).toBe(`${address} is a ${range} address`);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'accepts the public address %s',
    (a) => {
      expect(addressRefusal(a)).toBeNull();
    },
  );

  const fake =
    (answers: Record<string, string[]>): Resolver =>
    async (host) => {
      const list = answers[host];
      if (!list) throw new Error('ENOTFOUND');
      return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    };

  it('resolves names and refuses any private answer, IP literals too', async () => {
    const r = fake({
      'hooks.example.com': ['93.184.215.14'],
      'evil.example.com': ['93.184.215.14', '10.0.0.1'],
      'meta.example.com': ['169.254.169.254'],
    });
    await expect(resolveTarget(new URL('https://hooks.example.com/x'), r, false)).resolves.toEqual({
      address: '93.184.215.14',
      family: 4,
    });
    await expect(resolveTarget(new URL('https://evil.example.com/x'), r, false)).rejects.toThrow(
      'evil.example.com: 10.0.0.1 is a private address',
    );
    await expect(resolveTarget(new URL('https://meta.example.com/'), r, false)).rejects.toThrow(TargetRefused);
    await expect(resolveTarget(new URL('https://[::ffff:7f00:1]/'), r, false)).rejects.toThrow('loopback');
    await expect(resolveTarget(new URL('https://0x7f.1/'), r, false)).rejects.toThrow('127.0.0.1 is a loopback'); // URL normalises it
    await expect(resolveTarget(new URL('https://nowhere.example.com/'), r, false)).rejects.toThrow('does not resolve');
    // WEBHOOK_ALLOW_PRIVATE: the same answers are accepted.
    await expect(resolveTarget(new URL('https://meta.example.com/'), r, true)).resolves.toMatchObject({
      address: '169.254.169.254',
    });
  });

  describe('the connection goes to the checked address (no second lookup: DNS rebinding cannot move it)', () => {
    let rx: Receiver;
    beforeAll(async () => {
      rx = await startReceiver();
    });
    afterAll(() => rx.close());
    beforeEach(() => (rx.received.length = 0));

    it('a name that only the fake resolver knows reaches the receiver: the pinned address is used', async () => {
      let lookups = 0;
      const sender = new WebhookSender({ allowPrivate: true, timeoutMs: 2000 });
      sender.resolver = async () => {
        lookups++;
        // A rebinding resolver: the first answer is checked and pinned; a second would point elsewhere.
        return [{ address: lookups === 1 ? '127.0.0.1' : '10.9.9.9', family: 4 }];
      };
      const port = new URL(rx.url).port;
      const r = await sender.send(`http://hooks.rebind.test:${port}/hook`, '{}', {});
      expect(r).toMatchObject({ statusCode: 204, error: null, refused: false });
      expect(lookups).toBe(1);
      expect(rx.received).toHaveLength(1);
      expect(rx.received[0].headers.host).toBe(`hooks.rebind.test:${port}`);
    });

    it('without WEBHOOK_ALLOW_PRIVATE the same target is refused before anything is sent', async () => {
      const sender = new WebhookSender({ allowPrivate: false, timeoutMs: 2000 });
      sender.resolver = async () => [{ address: '127.0.0.1', family: 4 }];
      const r = await sender.send(`http://hooks.rebind.test:${new URL(rx.url).port}/hook`, '{}', {});
      expect(r).toMatchObject({ statusCode: null, refused: true, error: expect.stringContaining('loopback') });
      expect(rx.received).toHaveLength(0);
    });

    it('a receiver that does not answer is cut at the timeout', async () => {
      rx.respond = () => 'hang';
      const sender = new WebhookSender({ allowPrivate: true, timeoutMs: 300 });
      const r = await sender.send(rx.url, '{}', {});
      expect(r).toMatchObject({ statusCode: null, error: 'no answer within 300 ms' });
      expect(r.latencyMs).toBeGreaterThanOrEqual(290);
      rx.respond = () => ({ status: 204 });
    });
  });
});
