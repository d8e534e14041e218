/**
 * What the question form's own fields say when they are wrong, in each language of the
 * portal (issue #14); the fields every form shares say it in core/field-messages.ts. The
 * type makes every message exist in every language. {min} and {max} come from
 * questionLimits, never typed in a translation.
 */
import { fieldMessages, type FieldMessages } from '../../core/field-messages.ts';
import type { Locale } from '../../core/locales.ts';

export interface QuestionOwnMessages {
  role: string;
  topic: string;
  question: string;
  /** With {min}. */
  questionTooShort: string;
  /** With {max}. */
  questionTooLong: string;
  schoolType: string;
  gemeente: string;
  /** A gemeente that is not one of the SWV's. */
  gemeenteFromList: string;
  /** With {max}. */
  nameTooLong: string;
  contactChannel: string;
  /** The answer's message when a field is wrong (the errors say which). */
  invalidInput: string;
  /** The retry's key belongs to another question. */
  keyReused: string;
}

/** The Dutch messages on their own, for the form in the browser (as dutchFieldMessages). */
export const dutchQuestionMessages: QuestionOwnMessages = {
  role: 'Kies wie de vraag stelt',
  topic: 'Kies waar je vraag over gaat',
  question: 'Schrijf je vraag op',
  questionTooShort: 'Je vraag is te kort. Schrijf minstens {min} tekens',
  questionTooLong: 'Je vraag is te lang. Gebruik hoogstens {max} tekens',
  schoolType: 'Kies het soort school',
  gemeente: 'Kies je gemeente',
  gemeenteFromList: 'Kies je gemeente uit de lijst',
  nameTooLong: 'Je naam is te lang. Gebruik hoogstens {max} tekens',
  contactChannel: 'Kies hoe we contact met je opnemen',
  invalidInput: 'Er is een probleem met de gegevens die je stuurde',
  keyReused: 'Deze sleutel is al gebruikt voor een andere vraag. Laad de pagina opnieuw.',
};

export const questionOwnMessages: Record<Locale, QuestionOwnMessages> = {
  nl: dutchQuestionMessages,
  en: {
    role: 'Choose who is asking the question',
    topic: 'Choose what your question is about',
    question: 'Write down your question',
    questionTooShort: 'Your question is too short. Write at least {min} characters',
    questionTooLong: 'Your question is too long. Use at most {max} characters',
    schoolType: 'Choose the type of school',
    gemeente: 'Choose your municipality',
    gemeenteFromList: 'Choose your municipality from the list',
    nameTooLong: 'Your name is too long. Use at most {max} characters',
    contactChannel: 'Choose how we contact you',
    invalidInput: 'There is a problem with what you sent',
    keyReused: 'This key was already used for another question. Reload the page.',
  },
  ar: {
    role: 'اختر من يطرح السؤال',
    topic: 'اختر موضوع سؤالك',
    question: 'اكتب سؤالك',
    questionTooShort: 'سؤالك قصير جدًا. اكتب {min} حرفًا على الأقل',
    questionTooLong: 'سؤالك طويل جدًا. استخدم {max} حرفًا على الأكثر',
    schoolType: 'اختر نوع المدرسة',
    gemeente: 'اختر بلديتك',
    gemeenteFromList: 'اختر بلديتك من القائمة',
    nameTooLong: 'اسمك طويل جدًا. استخدم {max} حرفًا على الأكثر',
    contactChannel: 'اختر كيف نتواصل معك',
    invalidInput: 'هناك مشكلة في البيانات التي أرسلتها',
    keyReused: 'هذا المفتاح مستخدم بالفعل لسؤال آخر. أعد تحميل الصفحة.',
  },
  tr: {
    role: 'Soruyu kimin sorduğunu seçin',
    topic: 'Sorunuzun konusunu seçin',
    question: 'Sorunuzu yazın',
    questionTooShort: 'Sorunuz çok kısa. En az {min} karakter yazın',
    questionTooLong: 'Sorunuz çok uzun. En fazla {max} karakter kullanın',
    schoolType: 'Okul türünü seçin',
    gemeente: 'Belediyenizi seçin',
    gemeenteFromList: 'Belediyenizi listeden seçin',
    nameTooLong: 'Adınız çok uzun. En fazla {max} karakter kullanın',
    contactChannel: 'Sizinle nasıl iletişime geçeceğimizi seçin',
    invalidInput: 'Gönderdiğiniz bilgilerde bir sorun var',
    keyReused: 'Bu anahtar başka bir soru için kullanıldı. Sayfayı yeniden yükleyin.',
  },
  pl: {
    role: 'Wybierz, kto zadaje pytanie',
    topic: 'Wybierz, czego dotyczy Twoje pytanie',
    question: 'Napisz swoje pytanie',
    questionTooShort: 'Twoje pytanie jest za krótkie. Napisz co najmniej {min} znaków',
    questionTooLong: 'Twoje pytanie jest za długie. Użyj najwyżej {max} znaków',
    schoolType: 'Wybierz rodzaj szkoły',
    gemeente: 'Wybierz swoją gminę',
    gemeenteFromList: 'Wybierz swoją gminę z listy',
    nameTooLong: 'Twoje imię jest za długie. Użyj najwyżej {max} znaków',
    contactChannel: 'Wybierz, jak mamy się z Tobą skontaktować',
    invalidInput: 'Wystąpił problem z wysłanymi danymi',
    keyReused: 'Ten klucz został już użyty dla innego pytania. Odśwież stronę.',
  },
  uk: {
    role: 'Виберіть, хто ставить запитання',
    topic: 'Виберіть, про що ваше запитання',
    question: 'Напишіть своє запитання',
    questionTooShort: 'Ваше запитання закоротке. Напишіть щонайменше {min} символів',
    questionTooLong: 'Ваше запитання задовге. Використайте щонайбільше {max} символів',
    schoolType: 'Виберіть тип школи',
    gemeente: 'Виберіть свою громаду',
    gemeenteFromList: 'Виберіть свою громаду зі списку',
    nameTooLong: "Ваше ім'я задовге. Використайте щонайбільше {max} символів",
    contactChannel: "Виберіть, як нам з вами зв'язатися",
    invalidInput: 'Є проблема з даними, які ви надіслали',
    keyReused: 'Цей ключ уже використано для іншого запитання. Перезавантажте сторінку.',
  },
};

/** Every message the question form shows: the shared fields' and its own. */
export type QuestionMessages = FieldMessages & QuestionOwnMessages;

export const questionMessagesIn = (lang: Locale): QuestionMessages => ({
  ...fieldMessages[lang],
  ...questionOwnMessages[lang],
});
