/**
 * The words a reply mail adds around the medewerker's own text (its footer and a subject
 * when none is given), in each of the portal's languages: a reply written with a template in
 * the parent's language (issue #14) should not end in Dutch. The type forces every key in
 * every language. The translations were made by an AI assistant and are not checked by a
 * person; the medewerker's own text is theirs, in whatever language they wrote it.
 */
import type { Locale } from '../core/locales.ts';

export interface ReplyMailTexts {
  /** The subject when the medewerker left it empty. */
  answerFrom: (steunpunt: string) => string;
  /** The steunpunt's name when the tenant carries none. */
  steunpuntFallback: string;
  referenceLabel: string;
  /** After the reference: mention it when you answer (or, when answers are not read, call). */
  mentionWhenReplying: string;
  mentionWhenContacting: string;
  /** A restricted case without its own reply address: an answer is not read. */
  unread: (line: { name: string; phone: string }) => [string, string];
}

export const replyMailTexts: Record<Locale, ReplyMailTexts> = {
  nl: {
    answerFrom: (steunpunt) => `Antwoord van ${steunpunt}`,
    steunpuntFallback: 'het steunpunt',
    referenceLabel: 'Referentienummer',
    mentionWhenReplying: 'Noem dit nummer als je reageert.',
    mentionWhenContacting: 'Noem dit nummer als je contact opneemt.',
    unread: ({ name, phone }) => [
      'Reageer niet op deze e-mail. Een antwoord op deze e-mail lezen we niet.',
      `Het steunpunt neemt zelf contact met je op. Wil je eerder iemand spreken? Bel dan gratis met ${name}: ${phone}.`,
    ],
  },
  en: {
    answerFrom: (steunpunt) => `Answer from ${steunpunt}`,
    steunpuntFallback: 'the support centre',
    referenceLabel: 'Reference number',
    mentionWhenReplying: 'Please mention this number when you reply.',
    mentionWhenContacting: 'Please mention this number when you contact us.',
    unread: ({ name, phone }) => [
      'Please do not reply to this e-mail. We do not read answers to this e-mail.',
      `The support centre will contact you. Do you want to talk to someone sooner? Call ${name} for free: ${phone}.`,
    ],
  },
  ar: {
    answerFrom: (steunpunt) => `رد من ${steunpunt}`,
    steunpuntFallback: 'مركز الدعم',
    referenceLabel: 'رقم المرجع',
    mentionWhenReplying: 'اذكر هذا الرقم عندما ترد.',
    mentionWhenContacting: 'اذكر هذا الرقم عندما تتواصل معنا.',
    unread: ({ name, phone }) => [
      'لا ترد على هذا البريد الإلكتروني. نحن لا نقرأ الردود على هذا البريد.',
      `سيتواصل معك مركز الدعم. هل تريد التحدث مع شخص قبل ذلك؟ اتصل مجانًا بـ ${name}: ${phone}.`,
    ],
  },
  tr: {
    answerFrom: (steunpunt) => `${steunpunt} yanıtı`,
    steunpuntFallback: 'destek noktası',
    referenceLabel: 'Referans numarası',
    mentionWhenReplying: 'Yanıt verirken bu numarayı yazın.',
    mentionWhenContacting: 'Bizimle iletişime geçerken bu numarayı söyleyin.',
    unread: ({ name, phone }) => [
      'Bu e-postayı yanıtlamayın. Bu e-postaya gelen yanıtları okumuyoruz.',
      `Destek noktası sizinle iletişime geçecek. Daha önce biriyle konuşmak mı istiyorsunuz? ${name} hattını ücretsiz arayın: ${phone}.`,
    ],
  },
  pl: {
    answerFrom: (steunpunt) => `Odpowiedź od ${steunpunt}`,
    steunpuntFallback: 'punkt wsparcia',
    referenceLabel: 'Numer referencyjny',
    mentionWhenReplying: 'Podaj ten numer, gdy odpowiadasz.',
    mentionWhenContacting: 'Podaj ten numer, gdy się z nami kontaktujesz.',
    unread: ({ name, phone }) => [
      'Nie odpowiadaj na tego e-maila. Nie czytamy odpowiedzi na tego e-maila.',
      `Punkt wsparcia sam się z Tobą skontaktuje. Chcesz porozmawiać z kimś wcześniej? Zadzwoń bezpłatnie do ${name}: ${phone}.`,
    ],
  },
  uk: {
    answerFrom: (steunpunt) => `Відповідь від ${steunpunt}`,
    steunpuntFallback: 'пункт підтримки',
    referenceLabel: 'Номер звернення',
    mentionWhenReplying: 'Вкажіть цей номер, коли відповідаєте.',
    mentionWhenContacting: 'Вкажіть цей номер, коли звертаєтеся до нас.',
    unread: ({ name, phone }) => [
      'Не відповідайте на цей лист. Ми не читаємо відповіді на цей лист.',
      `Пункт підтримки сам зв’яжеться з вами. Хочете поговорити з кимось раніше? Зателефонуйте безкоштовно до ${name}: ${phone}.`,
    ],
  },
};
