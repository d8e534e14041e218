/**
 * The public form kit's own texts (site/src/components/form) in each language of the
 * portal (issue #14). The type makes every text exist in every language: no key shown, no
 * silent Dutch fallback. `browser` is the part the kit's script needs in the page (the
 * error summary, the sending state, the check-your-answers rows): a translated page carries
 * only its own language's part (KitTexts.astro), a Dutch page none (the kit's default).
 * Placeholders in braces are filled from data ({note}, {link}).
 */
import type { Locale } from '../../../../functions/core/locales.ts';

/** What the kit's script says in the browser. */
export interface BrowserKitTexts {
  /** Before an error message and the page title after a failed check ("Fout: "). */
  errorPrefix: string;
  /** The error summary's heading. */
  problem: string;
  /** A POST that failed for another reason than the input. */
  sendFailed: string;
  /** The button and status line while a form is sent. */
  sending: string;
  /** The button and status line while a page of a longer form keeps its answers. */
  wait: string;
  /** The browser keeps no draft (private mode, storage off). */
  notKept: string;
  /** The check-your-answers page's link to a page. */
  change: string;
  yes: string;
  no: string;
  /** A page's field with a problem that has no message of its own. */
  fillIn: string;
}

export interface FormKitTexts {
  browser: BrowserKitTexts;
  previous: string;
  next: string;
  checkTitle: string;
  send: string;
  noScriptHeading: string;
  noScriptForm: string;
  noScriptPage: string;
  consentLabel: string;
  /** With {link}: the link to the privacy statement, its text `consentLink`. */
  consentHint: string;
  consentLink: string;
  nameLabel: string;
  nameHint: string;
  channelLabel: string;
  emailLabel: string;
  /** With {note}: what the confirmation is about, the form's own words. */
  emailHint: string;
  phoneLabel: string;
  phoneHint: string;
}

/** The Dutch texts of the kit's script: the default of a page that carries none. */
export const browserKitNl: BrowserKitTexts = {
  errorPrefix: 'Fout: ',
  problem: 'Er is een probleem',
  sendFailed: 'Het versturen is niet gelukt. Probeer het over een paar minuten opnieuw.',
  sending: 'Bezig met versturen…',
  wait: 'Even geduld…',
  notKept:
    'Je browser bewaart je antwoorden niet. Zet cookies en websitegegevens aan en probeer het opnieuw.',
  change: 'Wijzig',
  yes: 'Ja',
  no: 'Nee',
  fillIn: 'Vul dit in',
};

export const formKit: Record<Locale, FormKitTexts> = {
  nl: {
    browser: browserKitNl,
    previous: 'Vorige',
    next: 'Ga verder',
    checkTitle: 'Controleer je antwoorden',
    send: 'Verstuur',
    noScriptHeading: 'Het formulier werkt nu niet',
    noScriptForm: 'Voor dit formulier is JavaScript nodig. Dat staat in je browser uit.',
    noScriptPage: 'Voor deze pagina is JavaScript nodig. Dat staat in je browser uit.',
    consentLabel: 'Ik heb de privacyverklaring gelezen',
    consentHint: 'In de {link} staat wat we met je gegevens doen.',
    consentLink: 'privacyverklaring (opent in een nieuw tabblad)',
    nameLabel: 'Je naam (niet verplicht)',
    nameHint: 'Alleen je voornaam is ook goed.',
    channelLabel: 'Hoe wil je dat we contact met je opnemen?',
    emailLabel: 'E-mailadres',
    emailHint: 'Nodig als je contact per e-mail wilt. {note}',
    phoneLabel: 'Telefoonnummer',
    phoneHint: 'Nodig als je wilt dat we bellen of appen. Bijvoorbeeld 06 12345678.',
  },
  en: {
    browser: {
      errorPrefix: 'Error: ',
      problem: 'There is a problem',
      sendFailed: 'Sending did not work. Try again in a few minutes.',
      sending: 'Sending…',
      wait: 'One moment…',
      notKept:
        'Your browser does not keep your answers. Turn on cookies and site data and try again.',
      change: 'Change',
      yes: 'Yes',
      no: 'No',
      fillIn: 'Fill this in',
    },
    previous: 'Back',
    next: 'Continue',
    checkTitle: 'Check your answers',
    send: 'Send',
    noScriptHeading: 'The form does not work now',
    noScriptForm: 'This form needs JavaScript. It is turned off in your browser.',
    noScriptPage: 'This page needs JavaScript. It is turned off in your browser.',
    consentLabel: 'I have read the privacy statement',
    consentHint: 'The {link} says what we do with your data.',
    consentLink: 'privacy statement (opens in a new tab)',
    nameLabel: 'Your name (optional)',
    nameHint: 'Just your first name is fine too.',
    channelLabel: 'How do you want us to contact you?',
    emailLabel: 'Email address',
    emailHint: 'Needed if you want contact by email. {note}',
    phoneLabel: 'Phone number',
    phoneHint: 'Needed if you want us to call or message you. For example 06 12345678.',
  },
  ar: {
    browser: {
      errorPrefix: 'خطأ: ',
      problem: 'هناك مشكلة',
      sendFailed: 'لم ينجح الإرسال. حاول مرة أخرى بعد بضع دقائق.',
      sending: 'جارٍ الإرسال…',
      wait: 'لحظة من فضلك…',
      notKept: 'متصفحك لا يحفظ إجاباتك. فعّل ملفات تعريف الارتباط وبيانات المواقع وحاول مرة أخرى.',
      change: 'تغيير',
      yes: 'نعم',
      no: 'لا',
      fillIn: 'املأ هذا',
    },
    previous: 'السابق',
    next: 'متابعة',
    checkTitle: 'راجع إجاباتك',
    send: 'إرسال',
    noScriptHeading: 'النموذج لا يعمل الآن',
    noScriptForm: 'هذا النموذج يحتاج إلى JavaScript. وهو متوقف في متصفحك.',
    noScriptPage: 'هذه الصفحة تحتاج إلى JavaScript. وهو متوقف في متصفحك.',
    consentLabel: 'لقد قرأت بيان الخصوصية',
    consentHint: 'في {link} تجد ما نفعله ببياناتك.',
    consentLink: 'بيان الخصوصية (يفتح في علامة تبويب جديدة)',
    nameLabel: 'اسمك (اختياري)',
    nameHint: 'يكفي اسمك الأول أيضًا.',
    channelLabel: 'كيف تريد أن نتواصل معك؟',
    emailLabel: 'البريد الإلكتروني',
    emailHint: 'مطلوب إذا كنت تريد التواصل عبر البريد الإلكتروني. {note}',
    phoneLabel: 'رقم الهاتف',
    phoneHint: 'مطلوب إذا كنت تريد أن نتصل بك أو نرسل لك رسالة. مثلًا 06 12345678.',
  },
  tr: {
    browser: {
      errorPrefix: 'Hata: ',
      problem: 'Bir sorun var',
      sendFailed: 'Gönderme başarısız oldu. Birkaç dakika sonra tekrar deneyin.',
      sending: 'Gönderiliyor…',
      wait: 'Bir dakika…',
      notKept:
        'Tarayıcınız cevaplarınızı saklamıyor. Çerezleri ve site verilerini açın ve tekrar deneyin.',
      change: 'Değiştir',
      yes: 'Evet',
      no: 'Hayır',
      fillIn: 'Bunu doldurun',
    },
    previous: 'Geri',
    next: 'Devam',
    checkTitle: 'Cevaplarınızı kontrol edin',
    send: 'Gönder',
    noScriptHeading: 'Form şu anda çalışmıyor',
    noScriptForm: 'Bu form için JavaScript gerekli. Tarayıcınızda kapalı.',
    noScriptPage: 'Bu sayfa için JavaScript gerekli. Tarayıcınızda kapalı.',
    consentLabel: 'Gizlilik bildirimini okudum',
    consentHint: 'Verilerinizle ne yaptığımızı {link} anlatır.',
    consentLink: 'gizlilik bildirimi (yeni sekmede açılır)',
    nameLabel: 'Adınız (zorunlu değil)',
    nameHint: 'Sadece adınız da yeterli.',
    channelLabel: 'Sizinle nasıl iletişime geçmemizi istersiniz?',
    emailLabel: 'E-posta adresi',
    emailHint: 'E-posta ile iletişim istiyorsanız gerekli. {note}',
    phoneLabel: 'Telefon numarası',
    phoneHint: 'Sizi aramamızı veya mesaj atmamızı istiyorsanız gerekli. Örneğin 06 12345678.',
  },
  pl: {
    browser: {
      errorPrefix: 'Błąd: ',
      problem: 'Wystąpił problem',
      sendFailed: 'Wysyłanie się nie udało. Spróbuj ponownie za kilka minut.',
      sending: 'Wysyłanie…',
      wait: 'Chwileczkę…',
      notKept:
        'Twoja przeglądarka nie zapisuje odpowiedzi. Włącz pliki cookie i dane witryn i spróbuj ponownie.',
      change: 'Zmień',
      yes: 'Tak',
      no: 'Nie',
      fillIn: 'Wypełnij to',
    },
    previous: 'Wstecz',
    next: 'Dalej',
    checkTitle: 'Sprawdź swoje odpowiedzi',
    send: 'Wyślij',
    noScriptHeading: 'Formularz teraz nie działa',
    noScriptForm: 'Ten formularz potrzebuje JavaScriptu. Jest on wyłączony w Twojej przeglądarce.',
    noScriptPage: 'Ta strona potrzebuje JavaScriptu. Jest on wyłączony w Twojej przeglądarce.',
    consentLabel: 'Przeczytałem/przeczytałam oświadczenie o prywatności',
    consentHint: 'W {link} piszemy, co robimy z Twoimi danymi.',
    consentLink: 'oświadczeniu o prywatności (otwiera się w nowej karcie)',
    nameLabel: 'Twoje imię (nieobowiązkowe)',
    nameHint: 'Wystarczy samo imię.',
    channelLabel: 'Jak mamy się z Tobą skontaktować?',
    emailLabel: 'Adres e-mail',
    emailHint: 'Potrzebny, jeśli chcesz kontaktu przez e-mail. {note}',
    phoneLabel: 'Numer telefonu',
    phoneHint: 'Potrzebny, jeśli chcesz, żebyśmy zadzwonili lub napisali. Na przykład 06 12345678.',
  },
  uk: {
    browser: {
      errorPrefix: 'Помилка: ',
      problem: 'Виникла проблема',
      sendFailed: 'Не вдалося надіслати. Спробуйте ще раз за кілька хвилин.',
      sending: 'Надсилання…',
      wait: 'Зачекайте…',
      notKept:
        'Ваш браузер не зберігає відповіді. Увімкніть файли cookie та дані сайтів і спробуйте ще раз.',
      change: 'Змінити',
      yes: 'Так',
      no: 'Ні',
      fillIn: 'Заповніть це',
    },
    previous: 'Назад',
    next: 'Далі',
    checkTitle: 'Перевірте свої відповіді',
    send: 'Надіслати',
    noScriptHeading: 'Форма зараз не працює',
    noScriptForm: 'Для цієї форми потрібен JavaScript. У вашому браузері він вимкнений.',
    noScriptPage: 'Для цієї сторінки потрібен JavaScript. У вашому браузері він вимкнений.',
    consentLabel: 'Я прочитав(-ла) заяву про конфіденційність',
    consentHint: 'У {link} написано, що ми робимо з вашими даними.',
    consentLink: 'заяві про конфіденційність (відкривається в новій вкладці)',
    nameLabel: "Ваше ім'я (необов'язково)",
    nameHint: "Можна написати лише ім'я.",
    channelLabel: "Як ви хочете, щоб ми з вами зв'язалися?",
    emailLabel: 'Адреса електронної пошти',
    emailHint: 'Потрібна, якщо ви хочете контакт електронною поштою. {note}',
    phoneLabel: 'Номер телефону',
    phoneHint:
      'Потрібен, якщо ви хочете, щоб ми зателефонували або написали. Наприклад, 06 12345678.',
  },
};
