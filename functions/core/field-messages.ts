/**
 * What the fields every public form shares say when they are wrong, in each language of
 * the portal (issue #14). The project's own words, not a library's generic ones: each
 * message says how to fix the input (GOV.UK style). The type makes every message exist in
 * every language; a form's own catalog extends this one.
 */
import type { Locale } from './locales.ts';

export interface FieldMessages {
  /** A field that must be filled in and has no message of its own. */
  required: string;
  email: string;
  emailTooLong: string;
  phone: string;
  consent: string;
  /** The channel is e-mail but no address was given. */
  emailForChannel: string;
  /** The channel is phone or WhatsApp but no number was given. */
  phoneForChannel: string;
}

/**
 * The Dutch messages on their own: what a form in the browser imports by default, so a page
 * carries only its own language (the others reach a translated page from the server).
 */
export const dutchFieldMessages: FieldMessages = {
  required: 'Vul dit veld in',
  email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl',
  emailTooLong: 'Dit e-mailadres is te lang',
  phone: 'Vul een telefoonnummer in zoals 06 12345678',
  consent: 'Geef aan dat je de privacyverklaring hebt gelezen',
  emailForChannel: 'Vul je e-mailadres in, want je wilt contact per e-mail',
  phoneForChannel: 'Vul je telefoonnummer in, want je wilt dat we bellen of appen',
};

export const fieldMessages: Record<Locale, FieldMessages> = {
  nl: dutchFieldMessages,
  en: {
    required: 'Fill in this field',
    email: 'Enter an email address like name@example.nl',
    emailTooLong: 'This email address is too long',
    phone: 'Enter a phone number like 06 12345678',
    consent: 'Confirm that you have read the privacy statement',
    emailForChannel: 'Enter your email address, because you want contact by email',
    phoneForChannel: 'Enter your phone number, because you want us to call or message you',
  },
  ar: {
    required: 'املأ هذا الحقل',
    email: 'اكتب عنوان بريد إلكتروني مثل name@example.nl',
    emailTooLong: 'عنوان البريد الإلكتروني هذا طويل جدًا',
    phone: 'اكتب رقم هاتف مثل 06 12345678',
    consent: 'أكّد أنك قرأت بيان الخصوصية',
    emailForChannel: 'اكتب عنوان بريدك الإلكتروني، لأنك تريد أن نتواصل معك عبر البريد الإلكتروني',
    phoneForChannel: 'اكتب رقم هاتفك، لأنك تريد أن نتصل بك أو نرسل لك رسالة',
  },
  tr: {
    required: 'Bu alanı doldurun',
    email: 'ad@ornek.nl gibi bir e-posta adresi yazın',
    emailTooLong: 'Bu e-posta adresi çok uzun',
    phone: '06 12345678 gibi bir telefon numarası yazın',
    consent: 'Gizlilik bildirimini okuduğunuzu belirtin',
    emailForChannel: 'E-posta adresinizi yazın, çünkü e-posta ile iletişim istiyorsunuz',
    phoneForChannel:
      'Telefon numaranızı yazın, çünkü sizi aramamızı veya mesaj atmamızı istiyorsunuz',
  },
  pl: {
    required: 'Wypełnij to pole',
    email: 'Wpisz adres e-mail, na przykład imie@przyklad.nl',
    emailTooLong: 'Ten adres e-mail jest za długi',
    phone: 'Wpisz numer telefonu, na przykład 06 12345678',
    consent: 'Potwierdź, że przeczytałeś/przeczytałaś oświadczenie o prywatności',
    emailForChannel: 'Wpisz swój adres e-mail, bo chcesz kontaktu przez e-mail',
    phoneForChannel: 'Wpisz swój numer telefonu, bo chcesz, żebyśmy zadzwonili lub napisali',
  },
  uk: {
    required: 'Заповніть це поле',
    email: 'Напишіть адресу електронної пошти, наприклад imya@pryklad.nl',
    emailTooLong: 'Ця адреса електронної пошти задовга',
    phone: 'Напишіть номер телефону, наприклад 06 12345678',
    consent: 'Підтвердіть, що ви прочитали заяву про конфіденційність',
    emailForChannel:
      'Напишіть свою адресу електронної пошти, бо ви хочете контакт електронною поштою',
    phoneForChannel:
      'Напишіть свій номер телефону, бо ви хочете, щоб ми зателефонували або написали',
  },
};

/** Fills the placeholders of a message: `fill('At most {max}', { max: 80 })`. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
