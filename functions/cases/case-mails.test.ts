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

  it('refuses a template that does not exist', () => {
    expect(() => renderMail('nope', {})).toThrow(UnknownTemplateError);
  });
});
