import { describe, expect, it } from 'vitest';
import { renderMail, UnknownTemplateError } from './templates.ts';

describe('question-confirmation', () => {
  it('escapes every value in the HTML part', () => {
    const mail = renderMail('question-confirmation', {
      reference: 'V-2026-000001',
      steunpuntName: 'Steunpunt <b>&</b>',
      receivedAt: '24 november 2026 om 11:00',
      contactChannel: 'email',
    });
    expect(mail.html).toContain('Steunpunt &lt;b&gt;&amp;&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>&</b>');
    expect(mail.text).toContain('Steunpunt <b>&</b>');
    expect(mail.text).toContain('We sturen je een antwoord per e-mail.');
  });

  it('refuses a template that does not exist', () => {
    expect(() => renderMail('nope', {})).toThrow(UnknownTemplateError);
  });
});
