import { createTestApp, type TestContext } from '../helpers/app.js';
import { Factory } from '../factories/index.js';

describe('ticket CC rows follow their ticket (composite foreign key)', () => {
  let ctx: TestContext;
  let f: Factory;
  const auth = (u: { id: string }) => ({ authorization: `Bearer ${ctx.tokenFor(u)}` });

  beforeAll(async () => {
    ctx = await createTestApp();
    f = new Factory(ctx.prisma);
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.truncate());

  async function world() {
    const portal = await f.portal();
    const org = await f.org({ portalId: portal.id });
    const other = await f.org({ portalId: portal.id });
    const user = await f.member(org.id);
    await f.addMembership(user.id, other.id);
    const colleague = await f.member(org.id);
    const agent = await f.staff('AGENT');
    const ticket = await f.ticket(org.id, user.id);
    await f.cc(ticket, colleague.id);
    return { org, other, user, colleague, agent, ticket };
  }

  it('moving a ticket to another organisation moves its CC rows with it', async () => {
    const w = await world();
    await ctx.http
      .patch(`/api/v1/tickets/${w.ticket.id}`)
      .set(auth(w.agent))
      .set('if-match', '"1"')
      .send({ organizationId: w.other.id })
      .expect(200);
    const ccs = await ctx.prisma.ticketCc.findMany({ where: { ticketId: w.ticket.id } });
    expect(ccs.map((c) => [c.userId, c.organizationId, c.ticketCreatedAt.toISOString()])).toEqual([
      [w.colleague.id, w.other.id, w.ticket.createdAt.toISOString()],
    ]);
  });

  it('a move outside the API (plain SQL) moves the CC rows too', async () => {
    const w = await world();
    await ctx.prisma
      .$executeRaw`UPDATE tickets SET organization_id = ${w.other.id}::uuid WHERE id = ${w.ticket.id}::uuid`;
    const cc = await ctx.prisma.ticketCc.findFirstOrThrow({ where: { ticketId: w.ticket.id } });
    expect(cc.organizationId).toBe(w.other.id);
  });

  it('refuses a CC row whose organisation or created_at is not its ticket’s', async () => {
    const w = await world();
    const wrongOrg = ctx.prisma.ticketCc.create({
      data: {
        ticketId: w.ticket.id,
        userId: w.user.id,
        organizationId: w.other.id,
        ticketCreatedAt: w.ticket.createdAt,
      },
    });
    await expect(wrongOrg).rejects.toMatchObject({ code: 'P2003' });
    const wrongTime = ctx.prisma.ticketCc.create({
      data: {
        ticketId: w.ticket.id,
        userId: w.user.id,
        organizationId: w.org.id,
        ticketCreatedAt: new Date(w.ticket.createdAt.getTime() - 1000),
      },
    });
    await expect(wrongTime).rejects.toMatchObject({ code: 'P2003' });
    await expect(
      ctx.prisma
        .$executeRaw`UPDATE ticket_ccs SET organization_id = ${w.other.id}::uuid WHERE ticket_id = ${w.ticket.id}::uuid`,
    ).rejects.toThrow(/foreign key/);
    expect(await ctx.prisma.ticketCc.count({ where: { ticketId: w.ticket.id, organizationId: w.org.id } })).toBe(1);
  });

  it('deleting a ticket deletes its CC rows', async () => {
    const w = await world();
    await ctx.prisma.ticket.delete({ where: { id: w.ticket.id } });
    expect(await ctx.prisma.ticketCc.count()).toBe(0);
  });
});
