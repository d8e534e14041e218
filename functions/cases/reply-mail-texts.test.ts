import { describe, expect, it } from 'vitest';
import { localeCodes } from '../core/locales.ts';
import { unreadParam } from './case-reply-address.ts';
import { caseReply } from './case-reply-mail.ts';
import { asksForReply, templatesFor } from './templates-input.ts';

const params = {
  subject: 'Sorunuz',
  body: 'Merhaba,\n\nSorunuz için teşekkürler.',
  reference: 'V-2026-000042',
  steunpuntName: 'Steunpunt Test',
};

describe('a reply mail in the language of its template', () => {
  it('is Dutch without a language, or with one the portal does not speak', () => {
    for (const lang of [undefined, 'fr', '']) {
      const mail = caseReply(lang === undefined ? params : { ...params, lang });
      expect(mail.html).toContain('<html lang="nl" dir="ltr">');
      expect(mail.text).toContain(
        'Referentienummer: V-2026-000042. Noem dit nummer als je reageert.',
      );
    }
  });

  it('sets lang and dir and writes its own words in each language; the steunpunt stays Dutch', () => {
    for (const lang of localeCodes.filter((code) => code !== 'nl')) {
      const mail = caseReply({ ...params, lang });
      expect(mail.html, lang).toContain(
        `<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`,
      );
      expect(mail.html, lang).toContain('<span lang="nl">Steunpunt Test</span>');
      expect(mail.text, lang).not.toContain('Referentienummer');
      expect(mail.text, lang).toContain('V-2026-000042');
    }
    expect(caseReply({ ...params, lang: 'tr' }).text).toContain(
      'Referans numarası: V-2026-000042. Yanıt verirken bu numarayı yazın.',
    );
  });

  it('says in its language that an answer is not read, with the national line', () => {
    const mail = caseReply({ ...params, lang: 'ar', [unreadParam]: 'ja' });
    expect(mail.text).toContain('لا ترد على هذا البريد الإلكتروني');
    expect(mail.text).toContain('0800-5010');
    expect(mail.text).not.toContain('Reageer niet');
  });
});

describe('the templates offered for a case', () => {
  const templates = [
    { name: 'Afronding', lang: 'nl' as const },
    { name: 'İlk yanıt', lang: 'tr' as const },
    { name: 'Eerste reactie', lang: 'nl' as const },
    { name: 'رد أول', lang: 'ar' as const },
    { name: 'Bilgi', lang: 'tr' as const },
  ];

  it('puts the case’s language first, then Dutch, then the others', () => {
    expect(templatesFor(templates, 'tr').map((t) => t.name)).toEqual([
      'Bilgi',
      'İlk yanıt',
      'Afronding',
      'Eerste reactie',
      'رد أول',
    ]);
    expect(templatesFor(templates, 'nl').map((t) => t.lang)).toEqual([
      'nl',
      'nl',
      'tr',
      'tr',
      'ar',
    ]);
    // No template in the case's language: Dutch first.
    expect(templatesFor(templates, 'pl')[0]!.lang).toBe('nl');
  });
});

describe('a reply that asks for an answer by e-mail, in each language', () => {
  it('is recognised in the usual phrasings', () => {
    for (const text of [
      'Heb je nog een vraag? Beantwoord dan deze e-mail.',
      'Do you have another question? Please reply to this e-mail.',
      'Başka bir sorunuz var mı? Bu e-postayı yanıtlayın.',
      'Masz pytanie? Odpowiedz na tego e-maila.',
      'Маєте питання? Відповідайте на цей лист.',
      'هل لديك سؤال آخر؟ رُدّ على هذا البريد الإلكتروني.',
      'هل لديك سؤال آخر؟ رد على هذا البريد.',
    ]) {
      expect(asksForReply(text), text).toBe(true);
    }
  });

  it('is not seen in a text that asks for a call or names an address', () => {
    for (const text of [
      'Bel ons gerust. Je kunt ook mailen naar info@steunpunt.nl.',
      'Please call us. This e-mail is about your question.',
      'Başka bir sorunuz var mı? Bizi arayabilirsiniz.',
      'Zadzwoń do nas.',
      'Зателефонуйте нам.',
      'هل لديك سؤال آخر؟ يمكنك الاتصال بنا.',
    ]) {
      expect(asksForReply(text), text).toBe(false);
    }
  });
});
