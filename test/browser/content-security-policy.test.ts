/**
 * The whole site under its Content-Security-Policy, in real Chromium against the local
 * portal, which sends the very headers CloudFront sends (functions/lib/security-headers.ts):
 * every page one SWV builds, the national pages and every back-office page work, their
 * forms send, and the browser reports no violation. A positive control first: a script
 * slipped into a page is refused and reported, so "no violation" means something.
 */
import { readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDist } from '../../scripts/portal.ts';
import { PortalSite, visible } from '../support/portal-site.ts';

const swv = 'po-haarlemmermeer';
const steunpunt = 'amstel-en-meer';
const site = new PortalSite({ workerIntervalMs: 200 });

/** Every violation the pages of a context report, by event and on the console. */
const violations: string[] = [];

async function watchedContext(): Promise<BrowserContext> {
  const context = await site.browser.newContext({ locale: 'nl-NL' });
  await context.exposeBinding('reportCspViolation', ({ page }, line: string) => {
    violations.push(`${page.url()}: ${line}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(line: string): void })
        .reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) {
      violations.push(`console: ${message.text()}`);
    }
  });
  return context;
}

/** The paths of the built pages under `prefix` (directory URLs, as the site links them). */
function builtPages(prefix: string): string[] {
  return readdirSync(`${siteDist}${prefix}`, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${prefix}${file.replace(/index\.html$/, '')}`.replace(/\/+/g, '/'));
}

/**
 * Opens a page and lets its scripts run: by `load` the module scripts have run and started
 * their API calls, which is when the CSP checks them; a moment more lets the reports in.
 * `settle` waits for the network to be quiet too (the pages that fill in from the API).
 */
async function visit(page: Page, path: string, settle = false): Promise<void> {
  const response = await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
  expect(response?.status(), path).toBeLessThan(500);
  expect(response?.headers()['content-security-policy'], path).toContain("default-src 'self'");
  if (settle) await page.waitForLoadState('networkidle');
  else await page.waitForTimeout(100);
}

const amsterdamDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

let meetingId: string;

beforeAll(async () => {
  await site.start();
  const coordinator = site.userWithRole('coordinator', { steunpunt });
  const created = await site.api<{ meetings: { id: string }[] }>(
    coordinator.id,
    '/api/backoffice/bijeenkomsten',
    {
      method: 'POST',
      body: {
        title: 'Oudercafé onder de CSP',
        description: 'We praten over de overstap.',
        date: amsterdamDay(12),
        startTime: '19:30',
        endTime: '21:00',
        locationKind: 'plaats',
        location: 'Bibliotheek Hoofddorp',
        capacity: 10,
        audience: 'ouders',
        tenant: swv,
      },
    },
  );
  expect(created.status).toBe(201);
  meetingId = created.body.meetings[0]!.id;
});
afterAll(() => site.stop());

describe('the Content-Security-Policy', () => {
  it('refuses and reports a script slipped into a page (the control)', async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    await page.route(`${site.url}/${swv}/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '</body>',
        '<script>window.slippedIn = true</script></body>',
      );
      await route.fulfill({ response, body: html });
    });
    const before = violations.length;
    await visit(page, `/${swv}/`, true);
    expect(await page.evaluate(() => 'slippedIn' in window)).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(before);
    expect(violations.slice(before).join('\n')).toMatch(/script-src/);
    violations.length = before;
    await context.close();
  });

  it('lets every public page of an SWV and the national pages run without a violation', async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    const paths = [
      '/',
      ...builtPages('zoeken/'),
      ...builtPages(`${swv}/`),
      `/${swv}/oudercafe/aanmelden/?id=${meetingId}`,
      '/deze-pagina-bestaat-niet/',
    ];
    expect(paths.length).toBeGreaterThan(90);
    for (const path of paths) await visit(page, path);
    expect(violations).toEqual([]);
    await context.close();
  }, 300_000);

  it('lets the forms send: a question, a sign-up and a search', async () => {
    const context = await watchedContext();
    const page = await context.newPage();

    await visit(page, `/${swv}/vraag/`);
    await page.getByRole('radio', { name: 'Ouder of verzorger' }).check();
    await page.getByLabel('Waar gaat je vraag over?').selectOption('opp');
    await page
      .getByLabel('Wat is je vraag?')
      .fill('Mag de school het OPP aanpassen zonder gesprek met ons?');
    await page.getByRole('radio', { name: 'Basisschool', exact: true }).check();
    await page.getByLabel('In welke gemeente woon je?').selectOption('Haarlemmermeer');
    await page.getByRole('radio', { name: 'Per e-mail' }).check();
    await page.getByLabel('E-mailadres').fill('ouder.csp@example.nl');
    await page.getByRole('checkbox', { name: /privacyverklaring/ }).check();
    await page.getByRole('button', { name: 'Verstuur je vraag' }).click();
    await visible(page.getByText(/V-\d{4}-\d+/).first());

    await visit(page, `/${swv}/oudercafe/aanmelden/?id=${meetingId}`);
    await page.waitForSelector('[data-ready="true"]');
    await page
      .getByLabel(/Je naam/)
      .first()
      .fill('Ouder onder de CSP');
    await page
      .getByLabel(/E-mailadres/)
      .first()
      .fill('aanmelding.csp@example.nl');
    const consent = page.getByRole('checkbox', { name: /privacyverklaring/ });
    if (await consent.count()) await consent.check();
    await page.getByRole('button', { name: 'Meld je aan' }).click();
    await visible(page.getByRole('heading', { name: /aangemeld|wachtlijst/i }).first());

    await visit(page, `/${swv}/zoeken/?q=ondersteuning`);
    await visible(page.locator('#zoekresultaten li').first());

    expect(violations).toEqual([]);
    await context.close();
  });

  for (const [role, where] of [
    ['coordinator', { steunpunt }],
    ['beheerder', {}],
  ] as const) {
    it(`lets every back-office page run for a ${role}, from the sign-in on`, async () => {
      const context = await watchedContext();
      const page = await context.newPage();
      await site.signInAs(page, site.userWithRole(role, where));
      for (const path of builtPages('backoffice/')) await visit(page, path, true);
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});
