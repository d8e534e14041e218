/**
 * Every mail the worker can send, rendered with a URL wherever a visitor (or a member of
 * staff) types text: only the portal's own URLs may become links. A template added to the
 * registry is covered here without a line of its own.
 */
import { describe, expect, it } from 'vitest';
import { linkedParagraphs, type MailContext } from '../mail/templates.ts';
import { mailTemplates } from './mail-templates.ts';

const typed = 'https://evil.example/inloggen';
const cancelUrl = 'https://portaal.example/po-test/oudercafe/afmelden/?code=abc123';
const reportLink = 'https://portaal.example/backoffice/rapportage/?swv=po-test&periode=2026-H1';
const onlineUrl = 'https://meet.example/oudercafe';
/** Parameters the portal writes itself; every other parameter reads as typed text. */
const own: Record<string, string> = {
  cancelUrl,
  link: reportLink,
  // A reminder for the meeting's own moment: none named, so the template applies.
  remindAt: '',
};
const ownUrls = [cancelUrl, reportLink, onlineUrl];

const params = new Proxy({} as Record<string, string>, {
  get: (_, name) => (typeof name === 'string' ? (own[name] ?? typed) : undefined),
});

const meeting = (cancelled: boolean, left: boolean): Record<string, unknown> => ({
  id: 'm1',
  title: typed,
  description: typed,
  startsAt: '2026-03-17T18:30:00Z',
  endsAt: '2026-03-17T20:00:00Z',
  locationKind: 'online',
  onlineUrl,
  steunpuntName: typed,
  version: 2,
  cancelled,
  cancelReason: typed,
  // The attendee's id is a parameter, so it reads as the typed text here too.
  // Placed, or (for the "je bent afgemeld" mail) left by the link.
  confirmed: left ? {} : { [typed]: 1 },
  waiting: [],
  left: left ? { [typed]: 1 } : {},
});

function contextFor(template: string): MailContext {
  const recipient = { personal: { name: typed, email: 'ouder@example.nl' } };
  if (!template.startsWith('meeting-')) return { source: { personal: { name: typed } }, recipient };
  return {
    source: meeting(template === 'meeting-cancelled', template === 'meeting-left'),
    recipient,
  };
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe('links in mails', () => {
  const names = Object.keys(mailTemplates);

  it('covers every template of the registry', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
  });

  it.each(names)('%s links only the portal’s own URLs, never typed text', (name) => {
    const rendered = mailTemplates[name]!(params, contextFor(name));
    const links = hrefs(rendered.html).map((href) => href!.replaceAll('&amp;', '&'));
    for (const href of links) expect(ownUrls).toContain(href);
    expect(rendered.html).not.toContain(`href="${typed}`);
    // The typed text is still there, as text: escaped, not dropped.
    if (rendered.text.includes(typed)) expect(rendered.html).toContain(typed);
  });

  it('still links the cancel link, the online address and the report link', () => {
    const signUp = mailTemplates['meeting-confirmed']!(params, contextFor('meeting-confirmed'));
    expect(hrefs(signUp.html)).toEqual(
      expect.arrayContaining([cancelUrl.replace('&', '&amp;'), onlineUrl]),
    );
    const report = mailTemplates['monitor-report-published']!(params, contextFor('report'));
    expect(hrefs(report.html)).toEqual([reportLink.replaceAll('&', '&amp;')]);
  });
});

describe('linkedParagraphs', () => {
  it('escapes everything and links only the given URLs, wherever they stand', () => {
    const [html] = linkedParagraphs(
      [`Hallo ${typed}, <b>hier</b>:\n${cancelUrl}. En ${typed}`],
      [cancelUrl],
    );
    expect(html).toBe(
      `Hallo ${typed}, &lt;b&gt;hier&lt;/b&gt;:<br><a href="${cancelUrl}">${cancelUrl}</a>. En ${typed}`,
    );
  });

  it('never links a URL of another scheme, nor an empty one', () => {
    const [html] = linkedParagraphs(['javascript:alert(1) en niets'], ['javascript:alert(1)', '']);
    expect(html).toBe('javascript:alert(1) en niets');
  });

  it('matches the longer of two URLs that start alike', () => {
    const short = 'https://portaal.example/a';
    const long = `${short}/b`;
    const [html] = linkedParagraphs([`${long} ${short}`], [short, long]);
    expect(hrefs(html!)).toEqual([long, short]);
  });
});
