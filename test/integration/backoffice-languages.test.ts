/**
 * Issue #14 in the back office: a case's language and tolk wish in the inbox (filters that
 * keep paging right), on the case page, set by a medewerker for a contact by phone, and
 * reply templates per language whose mails are in that language.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../functions/cases/case.ts';
import type { Locale } from '../../functions/core/locales.ts';
import type { ReplyTemplate } from '../../functions/cases/templates-input.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';
import { startHarness, type Harness, type User } from '../support/api-harness.ts';

let h: Harness;
interface Made {
  caseId: string;
  tenant: string;
  createdAt: string;
  language?: Locale;
  tolk?: boolean;
}
const made: Made[] = [];
const languageCycle: (Locale | undefined)[] = [undefined, 'tr', 'ar', 'tr', 'nl', 'pl', undefined];

/** A question from the form in `language` (none: the Dutch form), with its tolk answer. */
const askIn = (tenant: Tenant, language?: Locale, tolk?: boolean, overrides = {}) =>
  h.ask(tenant, {
    ...overrides,
    ...(language ? { lang: language } : {}),
    ...(tolk === undefined ? {} : { tolk }),
  });

beforeAll(async () => {
  // A read limit so small that filtered pages query more than once, and come back short.
  h = await startHarness({ inboxReadLimit: 8 });
  const start = new Date('2026-11-02T08:00:00Z').getTime();
  for (let i = 0; i < 35; i++) {
    h.setNow(new Date(start + i * 41 * 60_000));
    const tenant = i % 3 === 0 ? h.tenants.b : h.tenants.a;
    const language = languageCycle[i % languageCycle.length];
    // Some say no to a tolk, some yes, most (as before #14) nothing.
    const tolk = i % 4 === 1 ? true : i % 4 === 2 ? false : undefined;
    const { caseId } = await askIn(tenant, language, tolk);
    made.push({
      caseId,
      tenant: tenant.slug,
      createdAt: h.now().toISOString(),
      ...(language ? { language } : {}),
      ...(tolk === undefined ? {} : { tolk }),
    });
  }
  // Another steunpunt's Turkish cases with a tolk wish never show up.
  for (let i = 0; i < 4; i++) {
    await askIn(h.tenants.x, 'tr', true);
  }
});
afterAll(() => h.stop());

const newestFirst = (a: Made, b: Made) => b.createdAt.localeCompare(a.createdAt);
const ids = (items: { caseId: string }[]) => items.map((item) => item.caseId);

async function all(user: User, query: string) {
  const items: CaseSummary[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const response = await h.call(
      user,
      'GET',
      `/backoffice/cases?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(response.status, query).toBe(200);
    const page = (await response.json()) as { items: CaseSummary[]; cursor?: string };
    items.push(...page.items);
    cursor = page.cursor;
    pages++;
    expect(pages).toBeLessThan(100);
  } while (cursor);
  return { items, pages };
}

describe('the inbox by language and tolk wish', () => {
  it('carries each case’s language (nl when it has none) and tolk wish on its line', async () => {
    const { items } = await all('anna', 'status=nieuw&limit=100');
    expect(items).toHaveLength(made.length);
    for (const m of made) {
      expect(
        items.find((item) => item.caseId === m.caseId),
        m.caseId,
      ).toMatchObject({
        language: m.language ?? 'nl',
        tolk: m.tolk === true,
      });
    }
  });

  it('filters on language, on tolk wish and on both, page by page, each case once', async () => {
    const check = async (query: string, keep: (m: Made) => boolean) => {
      const expected = made.filter(keep).sort(newestFirst);
      expect(expected.length, query).toBeGreaterThan(0);
      const { items, pages } = await all('anna', `${query}&limit=2`);
      expect(ids(items), query).toEqual(ids(expected));
      expect(pages, query).toBeGreaterThanOrEqual(Math.ceil(expected.length / 2));
    };
    await check('status=open&lang=tr', (m) => m.language === 'tr');
    await check('status=open&lang=ar', (m) => m.language === 'ar');
    // Dutch is also every case that carries no language.
    await check('status=nieuw&lang=nl', (m) => (m.language ?? 'nl') === 'nl');
    await check('status=open&tolk=1', (m) => m.tolk === true);
    await check('status=open&tolk=0', (m) => m.tolk !== true);
    await check('status=open&lang=tr&tolk=1', (m) => m.language === 'tr' && m.tolk === true);
    await check(
      'status=nieuw&lang=tr&tolk=0&swv=swv-a',
      (m) => m.language === 'tr' && m.tolk !== true && m.tenant === 'swv-a',
    );
  });

  it('ends cleanly when no case matches', async () => {
    expect((await all('anna', 'status=open&lang=uk&limit=2')).items).toEqual([]);
    expect((await all('anna', 'status=afgerond&lang=tr&tolk=1')).items).toEqual([]);
  });

  it('keeps the tenants apart', async () => {
    const theirs = (await all('xander', 'status=open&lang=tr&tolk=1')).items;
    expect(theirs).toHaveLength(4);
    expect(theirs.every((item) => item.tenant === 'swv-x')).toBe(true);
    const ours = (await all('anna', 'status=open&lang=tr&tolk=1')).items;
    expect(ours.some((item) => item.tenant === 'swv-x')).toBe(false);
  });

  it('answers an unknown language or tolk value with 400 and a Dutch message, never 500', async () => {
    for (const query of ['lang=xx', 'lang=NL', 'tolk=ja', 'tolk=2']) {
      const response = await h.call('anna', 'GET', `/backoffice/cases?${query}`);
      expect(response.status, query).toBe(400);
      const problem = (await response.json()) as { errors: { field: string; message: string }[] };
      expect(problem.errors[0]!.message, query).toMatch(/^(Kies|Gebruik)/);
    }
  });
});

describe('the case page', () => {
  it('shows the language and the tolk wish', async () => {
    const turkish = made.find((m) => m.language === 'tr' && m.tolk === true)!;
    expect(await h.detail('anna', turkish.tenant, turkish.caseId)).toMatchObject({
      language: 'tr',
      tolk: true,
    });
    const dutch = made.find((m) => !m.language && m.tolk === undefined)!;
    expect(await h.detail('anna', dutch.tenant, dutch.caseId)).toMatchObject({
      language: 'nl',
      tolk: false,
    });
  });
});

describe('a contact registered by phone', () => {
  const contact = (overrides: Record<string, unknown> = {}) => ({
    swv: 'swv-a',
    channel: 'telefoon',
    role: 'ouder',
    topic: 'thuiszitten',
    schoolType: 'vo',
    gemeente: 'Haarlemmermeer',
    summary: 'Moeder belde met een tolk: dochter zit thuis.',
    phone: '06 1234 5678',
    ...overrides,
  });

  it('takes the language and tolk wish the medewerker sets', async () => {
    const key = randomUUID();
    const response = await h.call(
      'anna',
      'POST',
      '/backoffice/contacts',
      contact({ language: 'ar', tolk: true }),
      key,
    );
    expect(response.status).toBe(201);
    expect(await h.item('swv-a', key)).toMatchObject({ language: 'ar', tolk: true });
    expect(await h.detail('anna', 'swv-a', key)).toMatchObject({ language: 'ar', tolk: true });
  });

  it('is Dutch without a tolk wish when neither is set, and refuses an unknown language', async () => {
    const key = randomUUID();
    expect((await h.call('anna', 'POST', '/backoffice/contacts', contact(), key)).status).toBe(201);
    const item = await h.item('swv-a', key);
    expect(item).not.toHaveProperty('language');
    expect(item).not.toHaveProperty('tolk');
    const bad = await h.call('anna', 'POST', '/backoffice/contacts', contact({ language: 'xx' }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      errors: [{ field: 'language', message: 'Kies een taal uit de lijst' }],
    });
  });
});

describe('reply templates per language', () => {
  const turkishTemplate = {
    name: 'İlk yanıt',
    subject: '{steunpunt} sorunuz hakkında',
    body: 'Merhaba {naam},\n\nSorunuz için teşekkürler. Size yardım ediyorum.\n\nSaygılarımla,\n{medewerker}',
    lang: 'tr',
  };

  it('keeps a template’s language (Dutch when none is given) and refuses an unknown one', async () => {
    const created = await h.call('cora', 'POST', '/backoffice/templates', turkishTemplate);
    expect(created.status).toBe(201);
    const template = (await created.json()) as ReplyTemplate;
    expect(template.lang).toBe('tr');

    const dutch = await h.call('cora', 'POST', '/backoffice/templates', {
      name: 'Kort antwoord',
      subject: 'Je vraag',
      body: 'Hallo {naam},\n\nBedankt voor je vraag.',
    });
    expect(((await dutch.json()) as ReplyTemplate).lang).toBe('nl');

    const listed = await h.call('anna', 'GET', '/backoffice/templates');
    const items = ((await listed.json()) as { items: ReplyTemplate[] }).items;
    expect(items.find((t) => t.id === template.id)).toMatchObject({ lang: 'tr' });

    const changed = await h.call('cora', 'PUT', `/backoffice/templates/${template.id}`, {
      ...turkishTemplate,
      lang: 'ar',
      version: 1,
    });
    expect(((await changed.json()) as ReplyTemplate).lang).toBe('ar');
    await h.call('cora', 'PUT', `/backoffice/templates/${template.id}`, {
      ...turkishTemplate,
      version: 2,
    });

    const bad = await h.call('cora', 'POST', '/backoffice/templates', {
      ...turkishTemplate,
      lang: 'fr',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      errors: [{ field: 'lang', message: 'Kies een taal uit de lijst' }],
    });
  });

  it('sends a reply written from a Turkish template as a Turkish mail (lang="tr"), a Dutch one as Dutch', async () => {
    const listed = await h.call('anna', 'GET', '/backoffice/templates');
    const items = ((await listed.json()) as { items: ReplyTemplate[] }).items;
    const turkish = items.find((t) => t.lang === 'tr')!;
    const dutch = items.find((t) => t.lang === 'nl')!;

    const send = async (templateId: string, email: string) => {
      const { caseId } = await askIn(h.tenants.a, 'tr', true, { email, name: 'Ayşe' });
      const draft = await h.call(
        'anna',
        'GET',
        `/backoffice/cases/swv-a/${caseId}/reply-draft?templateId=${templateId}`,
      );
      const filled = (await draft.json()) as { subject: string; body: string; lang: Locale };
      const response = await h.call('anna', 'POST', `/backoffice/cases/swv-a/${caseId}/replies`, {
        templateId,
        subject: filled.subject,
        body: filled.body,
      });
      expect(response.status).toBe(200);
      await h.drainMail();
      const mails = (await h.aws.localSes.mails()).filter((m) => m.destination.to.includes(email));
      const reply = mails.find((m) => m.subject.startsWith(filled.subject));
      expect(reply, email).toBeDefined();
      const sent = (await h.detail('anna', 'swv-a', caseId)).mails.find((m) =>
        m.id.startsWith('reply-'),
      );
      return { filled, reply: reply!, sent: sent! };
    };

    const inTurkish = await send(turkish.id, `ouder-${randomUUID()}@example.nl`);
    expect(inTurkish.filled.lang).toBe('tr');
    expect(inTurkish.filled.body).toContain('Merhaba Ayşe,');
    expect(inTurkish.reply.body.html).toContain('<html lang="tr" dir="ltr">');
    expect(inTurkish.reply.body.text).toContain('Referans numarası: V-');
    expect(inTurkish.reply.body.text).not.toContain('Referentienummer');
    // The case page shows the sent text with its language.
    expect(inTurkish.sent.lang).toBe('tr');

    const inDutch = await send(dutch.id, `ouder-${randomUUID()}@example.nl`);
    expect(inDutch.filled.lang).toBe('nl');
    expect(inDutch.reply.body.html).toContain('<html lang="nl" dir="ltr">');
    expect(inDutch.reply.body.text).toContain('Referentienummer: V-');
    expect(inDutch.sent).not.toHaveProperty('lang');
  });
});
