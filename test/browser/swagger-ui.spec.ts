import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { Factory } from '../factories/index.js';

/** Swagger UI as operators use it, in Debian's Chromium (installed by .ci/run). */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const artifacts = join(import.meta.dirname, '..', 'artifacts');

describe('Swagger UI in a real browser', () => {
  let ctx: TestContext;
  let browser: BrowserContext;
  let profile: string;
  let baseUrl: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (.ci/run does it before npm test)`,
      );
    }
    ctx = await createTestApp();
    await ctx.app.listen(0, '127.0.0.1');
    baseUrl = (await ctx.app.getUrl()).replace('[::1]', '127.0.0.1');
    profile = mkdtempSync(join(tmpdir(), 'outpost-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 1600 },
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await ctx?.close();
  });

  it('authorizes with a token and runs "Try it out" on GET /api/v1/tickets (200 with the caller’s ticket)', async () => {
    const f = new Factory(ctx.prisma);
    const portal = await f.portal();
    const org = await f.org({ portalId: portal.id });
    const user = await f.member(org.id);
    const ticket = await f.ticket(org.id, user.id, { subject: 'Seen through Swagger UI' });
    const other = await f.org({ portalId: portal.id });
    const stranger = await f.member(other.id);
    await f.ticket(other.id, stranger.id, { subject: 'Someone else’s ticket' });

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/docs`, { waitUntil: 'networkidle' });
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'Outpost API' }).waitFor({ timeout: 20_000 });

    // Authorize: the bearer scheme's value field, then Authorize and Close.
    await page.locator('.auth-wrapper button.authorize').click();
    const modal = page.locator('.dialog-ux .modal-ux');
    await modal.locator('input[type=text], input[type=password]').first().fill(ctx.tokenFor(user));
    await modal.locator('.auth-btn-wrapper button.authorize').first().click();
    await modal.locator('button.btn-done').first().click();

    // Expand GET /api/v1/tickets, Try it out, Execute.
    const op = page.locator('#operations-tickets-Tickets_list');
    await op.locator('.opblock-summary').first().click();
    await op.locator('button.try-out__btn').click();
    // Swagger UI pre-fills parameters from their examples (q=printer): clear the text search.
    await op.locator('tr[data-param-name="q"] input').fill('');
    await op.locator('button.execute').click();
    const status = op.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ timeout: 20_000 });
    expect((await status.innerText()).trim()).toBe('200');
    const body = await op
      .locator(
        '.live-responses-table .response-col_description .microlight, .live-responses-table .response-col_description pre',
      )
      .first()
      .innerText();
    expect(body).toContain(ticket.id);
    expect(body).toContain('Seen through Swagger UI');
    expect(body).not.toContain('Someone else');
    // The curl line Swagger UI shows carries the bearer token.
    expect(await op.locator('.curl-command, .curl').first().innerText()).toContain('Authorization: Bearer');

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'swagger-ui-tickets.png'), fullPage: false });
    expect(existsSync(join(artifacts, 'swagger-ui-tickets.png'))).toBe(true);
    expect(errors).toEqual([]);
  }, 90_000);

  it('renders the file picker of POST /api/v1/tickets/{id}/attachments and uploads a screenshot through it (201)', async () => {
    const f = new Factory(ctx.prisma);
    const portal = await f.portal();
    const org = await f.org({ portalId: portal.id });
    const user = await f.member(org.id);
    const ticket = await f.ticket(org.id, user.id);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/docs`, { waitUntil: 'networkidle' });
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'Outpost API' }).waitFor({ timeout: 20_000 });
    // This user's token (the previous test's authorization persists): through Swagger UI's own API.
    await page.evaluate((token) => {
      (globalThis as unknown as { ui: { preauthorizeApiKey(k: string, v: string): void } }).ui.preauthorizeApiKey(
        'bearer',
        token,
      );
    }, ctx.tokenFor(user));

    const op = page.locator('#operations-attachments-Attachments_upload');
    await op.locator('.opblock-summary').first().click();
    await op.locator('button.try-out__btn').click();
    await op.locator('tr[data-param-name="id"] input').fill(ticket.id);
    const picker = op.locator('input[type=file]');
    expect(await picker.count()).toBe(1);
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(17, 1)]);
    await picker.setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: png });
    await op.locator('button.execute').click();
    const status = op.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ timeout: 20_000 });
    expect((await status.innerText()).trim()).toBe('201');
    const stored = await ctx.prisma.ticketAttachment.findMany({ where: { ticketId: ticket.id } });
    expect(stored.map((a) => [a.fileName, a.contentType, a.size])).toEqual([
      ['screenshot.png', 'image/png', png.length],
    ]);
    await page.screenshot({ path: join(artifacts, 'swagger-ui-attachment.png'), fullPage: false });
    expect(errors).toEqual([]);
  }, 90_000);
});
