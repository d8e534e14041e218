import { describe, expect, it } from 'vitest';
import { renderMail } from './case-mails.ts';

describe('the case-reply mail', () => {
  const params = {
    subject: 'Je vraag\nBcc: iemand@example.nl',
    body: 'Hallo <b>Anna</b> & co,\n\nRegel een\nregel twee.',
    reference: 'V-2026-000042',
    steunpuntName: 'Steunpunt <Test>',
  };

  it('keeps the subject on one line and adds the reference', () => {
    expect(renderMail('case-reply', params).subject).toBe(
      'Je vraag Bcc: iemand@example.nl (V-2026-000042)',
    );
    expect(renderMail('case-reply', { ...params, subject: 'Over V-2026-000042' }).subject).toBe(
      'Over V-2026-000042',
    );
  });

  it('shows the medewerker’s text as written, escaped in HTML, with the steunpunt and reference', () => {
    const mail = renderMail('case-reply', params);
    expect(mail.text).toContain('Hallo <b>Anna</b> & co,\n\nRegel een\nregel twee.');
    expect(mail.text).toContain('Steunpunt <Test>\nReferentienummer: V-2026-000042.');
    expect(mail.html).toContain('<p>Hallo &lt;b&gt;Anna&lt;/b&gt; &amp; co,</p>');
    expect(mail.html).toContain('<p>Regel een<br>regel twee.</p>');
    expect(mail.html).toContain('Steunpunt &lt;Test&gt;');
    expect(mail.html).not.toContain('<b>Anna</b>');
    expect(mail.html).toContain('<strong>V-2026-000042</strong>');
  });
});
