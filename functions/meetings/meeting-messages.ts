/**
 * What the Oudercafé's sign-up and cancel say to a parent when something is wrong, in each
 * language of the portal (issue #14): the sign-up's field messages (the schema's factory,
 * meeting-schema.ts, takes them with the shared FieldMessages) and the API's answers. The
 * type makes every message exist in every language. Placeholders in braces are filled from
 * data (`fill`): a number, the steunpunt's name, its address. Translations are made by an
 * AI assistant and not checked by a person; the Dutch text counts.
 */
import type { Locale } from '../core/locales.ts';

/** The sign-up form's own field messages (the shared ones are FieldMessages). */
export interface SignUpMessages {
  nameMissing: string;
  /** {max}: the most characters. */
  nameTooLong: string;
  emailMissing: string;
  personsMissing: string;
  wholeNumber: string;
  /** {max}: the most persons. */
  personsRange: string;
  /** {max}: the most characters. */
  needsTooLong: string;
  cancelCode: string;
}

/** The sign-up's messages in Dutch, on their own: browser code that needs only Dutch ships no other language. */
export const dutchSignUpMessages: SignUpMessages = {
  nameMissing: 'Vul je naam in',
  nameTooLong: 'Je naam is te lang. Gebruik hoogstens {max} tekens',
  emailMissing: 'Vul je e-mailadres in',
  personsMissing: 'Vul in met hoeveel personen je komt',
  wholeNumber: 'Vul een heel getal in',
  personsRange: 'Je kunt je aanmelden met 1 tot en met {max} personen',
  needsTooLong: 'Je wensen zijn te lang. Gebruik hoogstens {max} tekens',
  cancelCode: 'Deze afmeldlink klopt niet',
};

export const signUpMessages: Record<Locale, SignUpMessages> = {
  nl: dutchSignUpMessages,
  en: {
    nameMissing: 'Enter your name',
    nameTooLong: 'Your name is too long. Use at most {max} characters',
    emailMissing: 'Enter your email address',
    personsMissing: 'Enter how many people are coming',
    wholeNumber: 'Enter a whole number',
    personsRange: 'You can sign up with 1 to {max} people',
    needsTooLong: 'What you need is too long. Use at most {max} characters',
    cancelCode: 'This cancel link is not right',
  },
  ar: {
    nameMissing: 'اكتب اسمك',
    nameTooLong: 'اسمك طويل جدًا. استخدم {max} حرفًا على الأكثر',
    emailMissing: 'اكتب عنوان بريدك الإلكتروني',
    personsMissing: 'اكتب عدد الأشخاص الذين سيحضرون',
    wholeNumber: 'اكتب عددًا صحيحًا',
    personsRange: 'يمكنك التسجيل لعدد من 1 إلى {max} أشخاص',
    needsTooLong: 'ما تحتاجه مكتوب بنص طويل جدًا. استخدم {max} حرفًا على الأكثر',
    cancelCode: 'رابط إلغاء التسجيل هذا غير صحيح',
  },
  tr: {
    nameMissing: 'Adınızı yazın',
    nameTooLong: 'Adınız çok uzun. En fazla {max} karakter kullanın',
    emailMissing: 'E-posta adresinizi yazın',
    personsMissing: 'Kaç kişiyle geleceğinizi yazın',
    wholeNumber: 'Tam sayı yazın',
    personsRange: '1 ile {max} kişi arasında kayıt olabilirsiniz',
    needsTooLong: 'İhtiyaçlarınız çok uzun. En fazla {max} karakter kullanın',
    cancelCode: 'Bu iptal bağlantısı doğru değil',
  },
  pl: {
    nameMissing: 'Wpisz swoje imię i nazwisko',
    nameTooLong: 'Imię i nazwisko jest za długie. Użyj najwyżej {max} znaków',
    emailMissing: 'Wpisz swój adres e-mail',
    personsMissing: 'Wpisz, ile osób przyjdzie',
    wholeNumber: 'Wpisz liczbę całkowitą',
    personsRange: 'Możesz zapisać od 1 do {max} osób',
    needsTooLong: 'Opis Twoich potrzeb jest za długi. Użyj najwyżej {max} znaków',
    cancelCode: 'Ten link do wypisania się jest nieprawidłowy',
  },
  uk: {
    nameMissing: "Напишіть своє ім'я",
    nameTooLong: "Ваше ім'я задовге. Використайте не більше {max} символів",
    emailMissing: 'Напишіть свою адресу електронної пошти',
    personsMissing: 'Напишіть, скільки осіб прийде',
    wholeNumber: 'Напишіть ціле число',
    personsRange: 'Можна зареєструвати від 1 до {max} осіб',
    needsTooLong: 'Опис ваших потреб задовгий. Використайте не більше {max} символів',
    cancelCode: 'Це посилання для скасування неправильне',
  },
};

/** The API's answers to a sign-up or a cancellation that cannot go ahead. */
export interface MeetingAnswers {
  invalidInput: string;
  unknownTenant: string;
  unknownMeeting: string;
  closed: string;
  cancelled: string;
  keyReused: string;
  left: string;
  unknownCode: string;
  started: string;
  /** The waiting list is full; followed by waitingFullMail or waitingFullContact. */
  waitingFull: string;
  /** {name}: the steunpunt, {email}: its address. */
  waitingFullMail: string;
  /** {name}: the steunpunt, when it has no address of its own. */
  waitingFullContact: string;
}

export const meetingAnswers: Record<Locale, MeetingAnswers> = {
  nl: {
    invalidInput: 'Er is een probleem met de gegevens die je stuurde',
    unknownTenant: 'Dit samenwerkingsverband bestaat niet',
    unknownMeeting: 'Deze bijeenkomst bestaat niet of is voorbij',
    closed: 'Aanmelden voor deze bijeenkomst kan niet meer',
    cancelled: 'Deze bijeenkomst gaat niet door. Aanmelden kan daarom niet',
    keyReused: 'Deze aanmelding is al verstuurd met andere gegevens. Laad de pagina opnieuw.',
    left: 'Je hebt je voor deze bijeenkomst afgemeld. Laad de pagina opnieuw om je weer aan te melden.',
    unknownCode: 'Deze afmeldlink klopt niet of is verlopen',
    started: 'De bijeenkomst is al begonnen. Afmelden kan niet meer',
    waitingFull: 'De wachtlijst is vol. Aanmelden kan daarom niet meer. Heb je een vraag?',
    waitingFullMail: 'Mail dan naar {name}: {email}.',
    waitingFullContact: 'Neem dan contact op met {name}. Hoe dat kan, staat onderaan deze pagina.',
  },
  en: {
    invalidInput: 'There is a problem with the details you sent',
    unknownTenant: 'This school partnership does not exist',
    unknownMeeting: 'This meeting does not exist or is over',
    closed: 'You can no longer sign up for this meeting',
    cancelled: 'This meeting will not take place. So you cannot sign up',
    keyReused: 'This sign-up was already sent with other details. Reload the page.',
    left: 'You cancelled your place for this meeting. Reload the page to sign up again.',
    unknownCode: 'This cancel link is not right or has expired',
    started: 'The meeting has already started. You can no longer cancel',
    waitingFull: 'The waiting list is full. So you can no longer sign up. Do you have a question?',
    waitingFullMail: 'Then email {name}: {email}.',
    waitingFullContact: 'Then contact {name}. How to do that is at the bottom of this page.',
  },
  ar: {
    invalidInput: 'هناك مشكلة في البيانات التي أرسلتها',
    unknownTenant: 'هذه الشراكة المدرسية غير موجودة',
    unknownMeeting: 'هذا اللقاء غير موجود أو انتهى',
    closed: 'لم يعد التسجيل في هذا اللقاء ممكنًا',
    cancelled: 'هذا اللقاء لن يُعقد. لذلك لا يمكن التسجيل',
    keyReused: 'أُرسل هذا التسجيل من قبل ببيانات أخرى. أعد تحميل الصفحة.',
    left: 'لقد ألغيت تسجيلك في هذا اللقاء. أعد تحميل الصفحة لتسجّل من جديد.',
    unknownCode: 'رابط إلغاء التسجيل هذا غير صحيح أو انتهت صلاحيته',
    started: 'بدأ اللقاء بالفعل. لم يعد إلغاء التسجيل ممكنًا',
    waitingFull: 'قائمة الانتظار ممتلئة. لذلك لم يعد التسجيل ممكنًا. هل لديك سؤال؟',
    waitingFullMail: 'راسل إذن {name} على: {email}.',
    waitingFullContact: 'تواصل إذن مع {name}. طريقة التواصل مكتوبة في أسفل هذه الصفحة.',
  },
  tr: {
    invalidInput: 'Gönderdiğiniz bilgilerde bir sorun var',
    unknownTenant: 'Bu okul ortaklığı yok',
    unknownMeeting: 'Bu toplantı yok veya sona erdi',
    closed: 'Bu toplantıya artık kayıt olamazsınız',
    cancelled: 'Bu toplantı yapılmayacak. Bu yüzden kayıt olamazsınız',
    keyReused: 'Bu kayıt daha önce başka bilgilerle gönderildi. Sayfayı yeniden yükleyin.',
    left: 'Bu toplantı için kaydınızı iptal ettiniz. Yeniden kayıt olmak için sayfayı yeniden yükleyin.',
    unknownCode: 'Bu iptal bağlantısı doğru değil veya süresi doldu',
    started: 'Toplantı zaten başladı. Artık iptal edemezsiniz',
    waitingFull: 'Bekleme listesi dolu. Bu yüzden artık kayıt olamazsınız. Bir sorunuz mu var?',
    waitingFullMail: 'O zaman {name} adresine e-posta gönderin: {email}.',
    waitingFullContact:
      'O zaman {name} ile iletişime geçin. Nasıl yapacağınız bu sayfanın en altında yazıyor.',
  },
  pl: {
    invalidInput: 'Jest problem z danymi, które zostały wysłane',
    unknownTenant: 'To partnerstwo szkół nie istnieje',
    unknownMeeting: 'To spotkanie nie istnieje albo już się skończyło',
    closed: 'Nie można się już zapisać na to spotkanie',
    cancelled: 'To spotkanie się nie odbędzie. Dlatego nie można się zapisać',
    keyReused: 'To zgłoszenie zostało już wysłane z innymi danymi. Odśwież stronę.',
    left: 'Wypisałeś/wypisałaś się z tego spotkania. Odśwież stronę, aby zapisać się ponownie.',
    unknownCode: 'Ten link do wypisania się jest nieprawidłowy albo wygasł',
    started: 'Spotkanie już się zaczęło. Nie można się już wypisać',
    waitingFull: 'Lista oczekujących jest pełna. Dlatego nie można się już zapisać. Masz pytanie?',
    waitingFullMail: 'Napisz wtedy do {name}: {email}.',
    waitingFullContact:
      'Skontaktuj się wtedy z {name}. Jak to zrobić, jest napisane na dole tej strony.',
  },
  uk: {
    invalidInput: 'Є проблема з даними, які ви надіслали',
    unknownTenant: 'Такого шкільного партнерства не існує',
    unknownMeeting: 'Такої зустрічі не існує або вона вже минула',
    closed: 'На цю зустріч уже не можна зареєструватися',
    cancelled: 'Ця зустріч не відбудеться. Тому зареєструватися не можна',
    keyReused: 'Цю реєстрацію вже надіслано з іншими даними. Оновіть сторінку.',
    left: 'Ви скасували реєстрацію на цю зустріч. Оновіть сторінку, щоб зареєструватися знову.',
    unknownCode: 'Це посилання для скасування неправильне або застаріло',
    started: 'Зустріч уже почалася. Скасувати реєстрацію вже не можна',
    waitingFull:
      'Список очікування заповнений. Тому зареєструватися вже не можна. Маєте запитання?',
    waitingFullMail: 'Тоді напишіть {name}: {email}.',
    waitingFullContact: "Тоді зв'яжіться з {name}. Як це зробити, написано внизу цієї сторінки.",
  },
};
