/**
 * The browser tests' fixture: the local portal (dynalite, local SES, the mail worker, the
 * local sign-in) with Debian's Chromium in front of it, the axe check every page state gets
 * (WCAG 2.0/2.1/2.2 A and AA) and the keyboard helpers. One site per test file:
 *
 *   const site = new PortalSite({ workerIntervalMs: 200 });
 *   beforeAll(() => site.start());
 *   afterAll(() => site.stop());
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoUser, type DemoUser } from '../../scripts/local/demo-users.ts';
import { startPortal, type Portal, type PortalOptions } from '../../scripts/portal.ts';
import { launchBrowser } from './browser.ts';
import { captureLogs, type LogCapture } from './capture-logs.ts';
import { signIn, signInInBrowser } from './sign-in.ts';
import { formProofHeaders } from './form-proof.ts';

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

export interface PortalSiteOptions extends Omit<PortalOptions, 'port'> {
  /** Keep what the portal logs, to prove no personal data ends up there (`site.logs`). */
  captureLogs?: boolean;
}

/** A demo user as the local sign-in lists it (including accounts made during the test). */
export type ListedUser = Pick<DemoUser, 'id' | 'name' | 'role' | 'steunpunt' | 'swv'>;

export class PortalSite {
  #portal?: Portal;
  #browser?: Browser;
  #logs?: LogCapture;
  #users: ListedUser[] = [];

  constructor(private readonly options: PortalSiteOptions = {}) {}

  async start(): Promise<void> {
    const { captureLogs: keepLogs, ...portalOptions } = this.options;
    if (keepLogs) this.#logs = captureLogs();
    this.#portal = await startPortal({ port: 0, ...portalOptions });
    this.#browser = await launchBrowser();
    this.#users = await this.users();
  }

  async stop(): Promise<void> {
    await this.#browser?.close();
    await this.#portal?.stop();
    this.#logs?.stop();
  }

  get portal(): Portal {
    if (!this.#portal) throw new Error('the site has not started: call site.start() first');
    return this.#portal;
  }

  get url(): string {
    return this.portal.url;
  }

  get browser(): Browser {
    if (!this.#browser) throw new Error('the site has not started: call site.start() first');
    return this.#browser;
  }

  get logs(): LogCapture {
    if (!this.#logs) throw new Error('start the site with { captureLogs: true }');
    return this.#logs;
  }

  /** A page in a fresh context: a Dutch visitor on a desktop screen unless told otherwise. */
  async newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await this.browser.newContext({
      locale: 'nl-NL',
      viewport: desktop,
      acceptDownloads: true,
      ...options,
    });
    return context.newPage();
  }

  /** The demo users the local sign-in offers now. */
  async users(): Promise<ListedUser[]> {
    const response = await fetch(`${this.url}/lokaal/idp/gebruikers`);
    return ((await response.json()) as { users: ListedUser[] }).users;
  }

  /** The first demo user (as listed at the start) with this role, steunpunt and SWV. */
  userWithRole(role: string, where: { steunpunt?: string; swv?: string } = {}): ListedUser {
    const found = this.#users.find(
      (u) =>
        u.role === role &&
        (!where.steunpunt || u.steunpunt === where.steunpunt) &&
        (!where.swv || u.swv === where.swv),
    );
    if (!found) throw new Error(`no demo user with role ${role}`);
    return found;
  }

  /**
   * Signs in as people do, through the local issuer's sign-in page; waits for `landing`
   * (any back-office page unless told).
   */
  signInAs(
    page: Page,
    who: Pick<DemoUser, 'name'> | string,
    landing = /\/backoffice\/[a-z]+\/$/,
  ): Promise<void> {
    return signInInBrowser(page, this.url, typeof who === 'string' ? who : who.name, landing);
  }

  /**
   * A new question on the public site's API, as a parent of a primary school in
   * Haarlemmermeer sends it by the form; `answers` overrides the form's fields.
   */
  async askQuestion(swv: string, answers: Record<string, unknown>): Promise<string> {
    const response = await fetch(`${this.url}/api/swv/${swv}/vragen`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
        ...(await formProofHeaders(this.url)),
      },
      body: JSON.stringify({
        role: 'ouder',
        topic: 'thuiszitten',
        schoolType: 'po',
        gemeente: 'Haarlemmermeer',
        contactChannel: 'email',
        phone: '',
        consent: true,
        ...answers,
      }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { reference: string }).reference;
  }

  /**
   * A complaint on the public site's API, as a parent sends it by "Hulp bij een klacht of
   * geschil" (a bezwaar about a TLV, no date); `answers` overrides the form's fields.
   */
  async complain(swv: string, answers: Record<string, unknown> = {}): Promise<string> {
    const response = await fetch(`${this.url}/api/swv/${swv}/klachten`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
        ...(await formProofHeaders(this.url)),
      },
      body: JSON.stringify({
        role: 'ouder',
        route: 'bezwaar-tlv',
        about: 'Het samenwerkingsverband',
        whatHappened: 'Het samenwerkingsverband geeft mijn kind geen TLV.',
        outcomeWanted: 'Dat het besluit verandert.',
        wantsLetterHelp: false,
        contactChannel: 'email',
        email: 'ouder@example.nl',
        phone: '',
        reminder: false,
        consent: true,
        ...answers,
      }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { reference: string }).reference;
  }

  /** A back-office API call as a demo user, outside the browser. */
  async api<T = Record<string, unknown>>(
    userId: string,
    path: string,
    options: { method?: string; body?: unknown } = {},
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.url}${path}`, {
      method: options.method ?? 'GET',
      headers: {
        authorization: `Bearer ${await signIn(this.url, userId)}`,
        'idempotency-key': crypto.randomUUID(),
        ...(options.body ? { 'content-type': 'application/json' } : {}),
      },
      ...(options.body ? { body: JSON.stringify(options.body) } : {}),
    });
    return {
      status: response.status,
      body: (await response.json().catch(() => ({}))) as T,
    };
  }
}

/** A demo user of scripts/local/demo-users.ts by id; an unknown id fails loudly. */
export function knownDemoUser(id: string): DemoUser {
  const found = demoUser(id);
  if (!found) throw new Error(`no demo user ${id}`);
  return found;
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function axeScan(page: Page) {
  return new AxeBuilder({ page }).withTags(wcagTags).analyze();
}

type AxeResults = Awaited<ReturnType<typeof axeScan>>;

/** One line per violation, with the elements it was found on. */
const violationLines = (results: AxeResults) =>
  results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );

/** The page's axe violations, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  return violationLines(await axeScan(page));
}

/** No axe violations on the page, and a scan that did check something; `lang` too if given. */
export async function expectNoAxeViolations(
  page: Page,
  where: string,
  options: { lang?: string } = {},
): Promise<void> {
  const results = await axeScan(page);
  expect(results.passes.length, `axe found nothing to check on ${where}`).toBeGreaterThan(0);
  expect(violationLines(results), `axe violations on ${where}`).toEqual([]);
  if (options.lang) {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(options.lang);
  }
}

export const visible = (locator: Locator, timeout = 10_000) =>
  expect.poll(() => locator.isVisible(), { timeout }).toBe(true);

/** Waits for the outcome message of an action (they live in role="status" regions). */
export async function expectOutcome(page: Page, text: string | RegExp): Promise<void> {
  await visible(page.getByRole('status').filter({ hasText: text }));
}

export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

/**
 * Presses Tab until the locator's element has focus, or Shift+Tab when it comes before
 * the focused element (as a keyboard user goes back up the page).
 */
export async function tabTo(page: Page, locator: Locator): Promise<void> {
  const backwards = await locator.evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    return Boolean(el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  for (let step = 0; step < 150; step++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${locator.toString()}`);
}
