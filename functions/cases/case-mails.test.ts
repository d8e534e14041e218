import { describe, expect, it } from 'vitest';
import { UnknownTemplateError } from '../mail/templates.ts';
import { renderMail } from './case-mails.ts';

describe('question-confirmation', () => {
  it('escapes every value in the HTML part', () => {
    const mail = renderMail('question-confirmation', {
      reference: 'V-2026-000001',
      steunpuntName: 'Steunpunt <b>&</b>',
      receivedAt: '2026-11-24T10:00:00.000Z',
      contactChannel: 'email',
    });
    expect(mail.html).toContain('Steunpunt &lt;b&gt;&amp;&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>&</b>');
    expect(mail.text).toContain('Steunpunt <b>&</b>');
    expect(mail.text).toContain('We sturen je een antwoord per e-mail.');
    expect(mail.text).toContain('op dinsdag 24 november 2026, 11.00 uur');
  });

  it('greets by the name given and says by when the steunpunt answers', () => {
    const params = {
      reference: 'V-2026-000001',
      steunpuntName: 'Steunpunt Test',
      receivedAt: '2026-12-04T13:05:00.000Z',
      dueAt: '2026-12-11T13:05:00.000Z',
      contactChannel: 'telefoon',
    };
    const named = renderMail('question-confirmation', { ...params, name: ' Marieke <3 ' });
    expect(named.text.startsWith('Hallo Marieke <3,\n\n')).toBe(true);
    expect(named.html).toContain('<p>Hallo Marieke &lt;3,</p>');
    expect(named.text).toContain('Je krijgt uiterlijk op vrijdag 11 december 2026 een reactie.');
    expect(named.text).toContain('ontvangen op vrijdag 4 december 2026, 14.05 uur.');

    const anonymous = renderMail('question-confirmation', params);
    expect(anonymous.text.startsWith('Hallo,\n\n')).toBe(true);
    // A mail written before the answer date was kept still reads well.
    const older = renderMail('question-confirmation', { ...params, dueAt: '' });
    expect(older.text).toContain('Een medewerker leest je vraag en neemt contact met je op.');
    expect(older.text).not.toContain('uiterlijk');
  });

  it('refuses a template that does not exist', () => {
    expect(() => renderMail('nope', {})).toThrow(UnknownTemplateError);
  });
});
