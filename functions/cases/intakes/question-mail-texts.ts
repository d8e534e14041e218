/**
 * The words of the mail that confirms a question (question-mail.ts), in each language of
 * the portal (issue #14). Facts come from the case (the reference, the steunpunt's name, the
 * dates written in the language by core/locale-dates.ts), never typed in here.
 */
import type { Locale } from '../../core/locales.ts';

export interface QuestionMailTexts {
  /** With {reference}. */
  subject: string;
  /** With {name}. */
  helloName: string;
  hello: string;
  /** With {steunpunt} and {received}. */
  receivedOn: string;
  /** With {steunpunt}. */
  received: string;
  /** With {reference}. */
  reference: string;
  /** With {date} and {contact}. */
  dueBy: string;
  /** With {contact}. */
  dueSoon: string;
  byEmail: string;
  byWhatsapp: string;
  byPhone: string;
  /** The parent asked for a tolk (interpreter). */
  tolk: string;
  notYou: string;
  /** With {steunpunt}; a line break before the name. */
  signOff: string;
  /** The steunpunt's name when the case has none. */
  theSteunpunt: string;
}

export const questionMailTexts: Record<Locale, QuestionMailTexts> = {
  nl: {
    subject: 'We hebben je vraag ontvangen ({reference})',
    helloName: 'Hallo {name},',
    hello: 'Hallo,',
    receivedOn: 'Bedankt voor je vraag. {steunpunt} heeft je vraag ontvangen op {received}.',
    received: 'Bedankt voor je vraag. {steunpunt} heeft je vraag ontvangen.',
    reference:
      'Je referentienummer is {reference}. Noem dit nummer als je contact met ons opneemt.',
    dueBy: 'Een medewerker leest je vraag. Je krijgt uiterlijk op {date} een reactie. {contact}',
    dueSoon: 'Een medewerker leest je vraag en neemt contact met je op. {contact}',
    byEmail: 'We sturen je een antwoord per e-mail.',
    byWhatsapp: 'We sturen je een bericht via WhatsApp.',
    byPhone: 'We bellen je op het nummer dat je gaf.',
    tolk: 'Je hebt gevraagd om een tolk bij een gesprek. Daar houden we rekening mee.',
    notYou: 'Heb je deze vraag niet gesteld? Dan kun je deze e-mail negeren.',
    signOff: 'Met vriendelijke groet,\n{steunpunt}',
    theSteunpunt: 'het steunpunt',
  },
  en: {
    subject: 'We have received your question ({reference})',
    helloName: 'Hello {name},',
    hello: 'Hello,',
    receivedOn: 'Thank you for your question. {steunpunt} received your question on {received}.',
    received: 'Thank you for your question. {steunpunt} received your question.',
    reference: 'Your reference number is {reference}. Mention this number when you contact us.',
    dueBy:
      'A staff member reads your question. You will get a reply by {date} at the latest. {contact}',
    dueSoon: 'A staff member reads your question and contacts you. {contact}',
    byEmail: 'We will send you an answer by email.',
    byWhatsapp: 'We will send you a message on WhatsApp.',
    byPhone: 'We will call you on the number you gave.',
    tolk: 'You asked for an interpreter (tolk) for a conversation. We will take this into account.',
    notYou: 'Did you not ask this question? Then you can ignore this email.',
    signOff: 'Kind regards,\n{steunpunt}',
    theSteunpunt: 'the support centre',
  },
  ar: {
    subject: 'لقد استلمنا سؤالك ({reference})',
    helloName: 'مرحبًا {name}،',
    hello: 'مرحبًا،',
    receivedOn: 'شكرًا على سؤالك. استلم {steunpunt} سؤالك في {received}.',
    received: 'شكرًا على سؤالك. استلم {steunpunt} سؤالك.',
    reference: 'رقمك المرجعي هو {reference}. اذكر هذا الرقم عندما تتواصل معنا.',
    dueBy: 'سيقرأ أحد الموظفين سؤالك. ستحصل على رد في موعد أقصاه {date}. {contact}',
    dueSoon: 'سيقرأ أحد الموظفين سؤالك ويتواصل معك. {contact}',
    byEmail: 'سنرسل لك الرد عبر البريد الإلكتروني.',
    byWhatsapp: 'سنرسل لك رسالة عبر واتساب.',
    byPhone: 'سنتصل بك على الرقم الذي أعطيته.',
    tolk: 'لقد طلبت مترجمًا فوريًا (tolk) للمحادثة. سنأخذ ذلك في الاعتبار.',
    notYou: 'ألم تطرح هذا السؤال؟ إذن يمكنك تجاهل هذه الرسالة.',
    signOff: 'مع أطيب التحيات،\n{steunpunt}',
    theSteunpunt: 'مركز الدعم',
  },
  tr: {
    subject: 'Sorunuzu aldık ({reference})',
    helloName: 'Merhaba {name},',
    hello: 'Merhaba,',
    receivedOn: 'Sorunuz için teşekkürler. {steunpunt} sorunuzu {received} tarihinde aldı.',
    received: 'Sorunuz için teşekkürler. {steunpunt} sorunuzu aldı.',
    reference:
      'Referans numaranız {reference}. Bizimle iletişime geçtiğinizde bu numarayı söyleyin.',
    dueBy:
      'Bir çalışanımız sorunuzu okuyacak. En geç {date} tarihinde cevap alacaksınız. {contact}',
    dueSoon: 'Bir çalışanımız sorunuzu okuyacak ve sizinle iletişime geçecek. {contact}',
    byEmail: 'Size cevabı e-posta ile göndereceğiz.',
    byWhatsapp: 'Size WhatsApp ile mesaj göndereceğiz.',
    byPhone: 'Verdiğiniz numaradan sizi arayacağız.',
    tolk: 'Bir görüşme için tercüman (tolk) istediniz. Bunu dikkate alacağız.',
    notYou: 'Bu soruyu siz sormadınız mı? O zaman bu e-postayı dikkate almayın.',
    signOff: 'Saygılarımızla,\n{steunpunt}',
    theSteunpunt: 'destek merkezi',
  },
  pl: {
    subject: 'Otrzymaliśmy Twoje pytanie ({reference})',
    helloName: 'Dzień dobry {name},',
    hello: 'Dzień dobry,',
    receivedOn: 'Dziękujemy za pytanie. {steunpunt} otrzymał Twoje pytanie {received}.',
    received: 'Dziękujemy za pytanie. {steunpunt} otrzymał Twoje pytanie.',
    reference:
      'Twój numer referencyjny to {reference}. Podaj ten numer, gdy się z nami kontaktujesz.',
    dueBy: 'Pracownik przeczyta Twoje pytanie. Odpowiedź dostaniesz najpóźniej {date}. {contact}',
    dueSoon: 'Pracownik przeczyta Twoje pytanie i skontaktuje się z Tobą. {contact}',
    byEmail: 'Wyślemy Ci odpowiedź e-mailem.',
    byWhatsapp: 'Wyślemy Ci wiadomość przez WhatsApp.',
    byPhone: 'Zadzwonimy pod numer, który podałeś/podałaś.',
    tolk: 'Poprosiłeś/poprosiłaś o tłumacza (tolk) na rozmowę. Weźmiemy to pod uwagę.',
    notYou: 'Nie zadawałeś/zadawałaś tego pytania? W takim razie zignoruj tę wiadomość.',
    signOff: 'Z pozdrowieniami,\n{steunpunt}',
    theSteunpunt: 'punkt wsparcia',
  },
  uk: {
    subject: 'Ми отримали ваше запитання ({reference})',
    helloName: 'Вітаємо, {name}!',
    hello: 'Вітаємо!',
    receivedOn: 'Дякуємо за ваше запитання. {steunpunt} отримав ваше запитання {received}.',
    received: 'Дякуємо за ваше запитання. {steunpunt} отримав ваше запитання.',
    reference: "Ваш номер звернення: {reference}. Назвіть цей номер, коли зв'язуватиметеся з нами.",
    dueBy: 'Працівник прочитає ваше запитання. Ви отримаєте відповідь не пізніше {date}. {contact}',
    dueSoon: "Працівник прочитає ваше запитання і зв'яжеться з вами. {contact}",
    byEmail: 'Ми надішлемо вам відповідь електронною поштою.',
    byWhatsapp: 'Ми надішлемо вам повідомлення у WhatsApp.',
    byPhone: 'Ми зателефонуємо вам на номер, який ви вказали.',
    tolk: 'Ви попросили перекладача (tolk) для розмови. Ми це врахуємо.',
    notYou: 'Ви не ставили цього запитання? Тоді просто проігноруйте цей лист.',
    signOff: 'З повагою,\n{steunpunt}',
    theSteunpunt: 'центр підтримки',
  },
};
