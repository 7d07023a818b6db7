import { useApp } from '../helpers/setup.js';
import { ResponseContract, expectDocumented, loadContractDoc, type ContractDoc } from '../helpers/contract.js';
import { seedDemo } from '../../src/database/seed.js';

type Param = { name: string; in: string; required?: boolean; description?: string; schema?: { format?: string } };
type Example = { value: unknown; 'x-demo-caller'?: string; 'x-demo-runnable'?: boolean };
type Op = {
  operationId: string;
  parameters?: Param[];
  responses: Record<string, unknown>;
  requestBody?: { content: Record<string, { examples?: Record<string, Example> }> };
};

/**
 * The document says what the server does: optional preconditions are documented with their 412
 * (and an empty If-Match is no precondition), and every request example of the document works as
 * shipped for the demo user it names, against the demo data.
 */
describe('the OpenAPI document against the server', () => {
  const { ctx, f } = useApp({ RATE_LIMIT_ENABLED: 'false' }, { truncate: false });
  const doc = loadContractDoc() as ContractDoc & { paths: Record<string, Record<string, Op>> };
  const contract = new ResponseContract(doc);

  describe('optional If-Match', () => {
    beforeEach(() => ctx.truncate());

    it('documents If-Match and its 412 on ticket transitions and portal actions, and no 428 where the header is optional', () => {
      const ops = [
        doc.paths['/api/v1/tickets/{id}/transitions'].post,
        ...['enable', 'activate', 'deactivate', 'disable'].map((a) => doc.paths[`/api/v1/portals/{id}/${a}`].post),
        doc.paths['/api/v1/me'].patch,
      ];
      for (const op of ops) {
        const header = op.parameters?.find((p) => p.in === 'header' && p.name === 'If-Match');
        expect({
          op: op.operationId,
          header: header?.required,
          has412: '412' in op.responses,
          has428: '428' in op.responses,
        }).toEqual({ op: op.operationId, header: false, has412: true, has428: false });
      }
    });

    it('PATCH /me with an empty If-Match is an update without precondition (200, never 428)', async () => {
      const org = await f.org();
      const m = await f.member(org.id);
      const auth = `Bearer ${ctx.tokenFor(m)}`;
      const res = await ctx.http
        .patch('/api/v1/me')
        .set('authorization', auth)
        .set('if-match', '')
        .send({ name: 'Empty Precondition' });
      expect({ status: res.status, body: res.status === 200 ? '' : res.text }).toEqual({ status: 200, body: '' });
      expect(res.body.name).toBe('Empty Precondition');
      expectDocumented(contract, 'PATCH', '/api/v1/me', res);
      // A stale one is still refused, as documented.
      const stale = await ctx.http
        .patch('/api/v1/me')
        .set('authorization', auth)
        .set('if-match', '"999"')
        .send({ name: 'Stale' })
        .expect(412);
      expectDocumented(contract, 'PATCH', '/api/v1/me', stale);
    });

    it('a ticket transition and a portal action honour If-Match as documented (stale ⇒ 412, empty ⇒ none)', async () => {
      const org = await f.org();
      const m = await f.member(org.id);
      const agent = await f.staff('ADMIN');
      const auth = `Bearer ${ctx.tokenFor(agent)}`;
      const t = await f.ticket(org.id, m.id, { status: 'OPEN' });
      const url = `/api/v1/tickets/${t.id}/transitions`;
      const stale = await ctx.http
        .post(url)
        .set('authorization', auth)
        .set('if-match', '"999"')
        .send({ status: 'RESOLVED', comment: 'done' })
        .expect(412);
      expectDocumented(contract, 'POST', url, stale);
      const empty = await ctx.http
        .post(url)
        .set('authorization', auth)
        .set('if-match', '')
        .send({ status: 'RESOLVED', comment: 'done' });
      expect(empty.status).toBe(200);
      expectDocumented(contract, 'POST', url, empty);

      const portal = await f.portal({ status: 'DISABLED' });
      const enable = `/api/v1/portals/${portal.id}/enable`;
      expectDocumented(
        contract,
        'POST',
        enable,
        await ctx.http.post(enable).set('authorization', auth).set('if-match', '"999"').expect(412),
      );
      const ok = await ctx.http.post(enable).set('authorization', auth).set('if-match', '').expect(200);
      expectDocumented(contract, 'POST', enable, ok);
    });
  });

  it('describes every path id as a UUID', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const op of Object.values(item)) {
        for (const p of (op.parameters ?? []).filter((x) => x.in === 'path')) {
          expect({
            path,
            name: p.name,
            format: p.schema?.format,
            described: (p.description ?? '').length > 10,
          }).toEqual({ path, name: p.name, format: 'uuid', described: true });
        }
      }
    }
  });

  describe('request examples, sent as their demo caller against the demo data', () => {
    const runnable = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, op]) => {
        const example = op.requestBody?.content['application/json']?.examples?.demo;
        return example?.['x-demo-runnable'] ? [{ method: method.toUpperCase(), path, op, example }] : [];
      }),
    );
    // Changing the demo password or address last: the other examples sign in as the same users.
    const order = (id: string) => (['Me_changePassword', 'Me_changeEmail'].includes(id) ? 1 : 0);
    runnable.sort((a, b) => order(a.op.operationId) - order(b.op.operationId));

    beforeAll(async () => {
      await ctx.truncate();
      // The seed is one transaction with the client's default time limits: on a loaded machine, try again.
      for (let attempt = 1; ; attempt++) {
        try {
          await seedDemo(ctx.databaseUrl);
          break;
        } catch (err) {
          if (attempt === 3) throw err;
        }
      }
    }, 60_000);

    it('covers the creates a newcomer tries first', () => {
      expect(runnable.map((r) => r.op.operationId)).toEqual(
        expect.arrayContaining([
          'Tickets_create',
          'Auth_login',
          'Auth_register',
          'Portals_create',
          'Users_create',
          'Tenants_create',
          'Me_update',
        ]),
      );
    });

    it('every runnable example succeeds (2xx) for its caller and is answered as documented', async () => {
      const results: { op: string; status: number; body: string }[] = [];
      for (const { method, path, op, example } of runnable) {
        let req = ctx.http[method.toLowerCase() as 'post' | 'patch' | 'delete'](path);
        const caller = example['x-demo-caller'];
        if (caller) {
          const user = await ctx.prisma.user.findUniqueOrThrow({ where: { email: caller } });
          req = req.set('authorization', `Bearer ${ctx.tokenFor(user)}`);
        }
        const res = await req.send(example.value as object);
        results.push({ op: op.operationId, status: res.status, body: res.status < 300 ? '' : res.text.slice(0, 300) });
        if (res.status < 300) expectDocumented(contract, method, path, res);
      }
      expect(results.filter((r) => r.status >= 300)).toEqual([]);
      expect(results.length).toBe(runnable.length);
    }, 60_000);
  });
});
