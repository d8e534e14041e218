import { describe, expect, it } from 'vitest';
import { caseReply } from './case-reply-mail.ts';
import { mailAbout, replyAddressFor, unreadParam } from './case-reply-address.ts';
import { complaintReminder } from './intakes/complaint-mail.ts';

const shared = { steunpuntEmail: 'info@steunpunt.example' };
const notRead = 'Een antwoord op deze e-mail lezen we niet.';
const nationalLine = 'Ouders & Onderwijs: 0800-5010';

describe('replyAddressFor', () => {
  it('gives an ordinary case the steunpunt’s address, or none while it has none', () => {
    expect(replyAddressFor(shared)).toEqual({ replyTo: 'info@steunpunt.example' });
    expect(replyAddressFor({})).toEqual({});
  });

  it('gives a restricted case the address set for it, never the shared one', () => {
    expect(replyAddressFor(shared, { complaintsEmail: 'klacht@elders.example' })).toEqual({
      replyTo: 'klacht@elders.example',
    });
    expect(replyAddressFor(shared, {})).toEqual({ unread: true });
    expect(replyAddressFor({}, { complaintsEmail: undefined })).toEqual({ unread: true });
    // Set to the shared address after all (the register changed since): still not that.
    expect(replyAddressFor(shared, { complaintsEmail: ' Info@Steunpunt.example' })).toEqual({
      unread: true,
    });
  });
});

describe('mailAbout', () => {
  const now = new Date('2026-11-24T10:00:00Z');

  it('writes the Reply-To with the mail, and marks a mail whose answer is not read', () => {
    const withAddress = mailAbout('x', 'ouder@example.nl', { a: '1' }, now, {
      replyTo: 'klacht@elders.example',
    });
    expect(withAddress).toMatchObject({ replyTo: 'klacht@elders.example', params: { a: '1' } });
    const unread = mailAbout('x', 'ouder@example.nl', { a: '1' }, now, { unread: true });
    expect(unread.replyTo).toBeUndefined();
    expect(unread.params).toEqual({ a: '1', [unreadParam]: 'ja' });
    expect(mailAbout('x', 'ouder@example.nl', {}, now, {}).params).toEqual({});
  });
});

describe('the mails say when an answer is not read', () => {
  const reminder = {
    reference: 'K-2026-000001',
    steunpuntName: 'Steunpunt Test',
    route: 'klacht-over-steunpunt',
    filingDeadline: '2026-12-01',
  };
  const reply = {
    reference: 'K-2026-000001',
    steunpuntName: 'Steunpunt Test',
    subject: 'Je klacht',
    body: 'Ik bel je morgen.',
  };

  it('in the reminder and a medewerker’s reply, text and HTML, with the national line', () => {
    for (const template of [complaintReminder, caseReply]) {
      const params = template === caseReply ? reply : reminder;
      const marked = template({ ...params, [unreadParam]: 'ja' });
      expect(marked.text).toContain(notRead);
      expect(marked.text).toContain(nationalLine);
      expect(marked.html).toContain('Ouders &amp; Onderwijs: 0800-5010');
      const plain = template(params);
      expect(plain.text).not.toContain(notRead);
      expect(plain.html).not.toContain('0800-5010');
    }
  });

  it('and a reply without it does not ask the parent to answer', () => {
    expect(caseReply({ ...reply, [unreadParam]: 'ja' }).text).toContain(
      'Noem dit nummer als je contact opneemt.',
    );
    expect(caseReply(reply).text).toContain('Noem dit nummer als je reageert.');
  });
});
