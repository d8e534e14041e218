/**
 * The texts around every public page (header, skip link, breadcrumbs, language switcher,
 * translation notice, footer and contact block) in each language of the portal. The type
 * makes every text exist in every language: no key shown, no silent Dutch fallback.
 * Placeholders in braces are filled from data ({swv}, {name}, {address}).
 */
import type { Locale } from '../../../../functions/core/locales.ts';

export interface Chrome {
  skipLink: string;
  /** Under the SWV's name in the header, when the steunpunt has no own name. */
  logoSub: string;
  contact: string;
  /** The language switcher's name for screen readers. */
  languages: string;
  breadcrumbs: string;
  allSwvs: string;
  /** After a link to a page that exists only in Dutch. */
  inDutch: string;
  /** On a translation no person has checked yet. */
  unchecked: string;
  /** On a checked translation. */
  checked: string;
  dutchPage: string;
  /** On the Dutch page, in this language: the offer of the language the reader chose before. */
  thisPageInMyLanguage: string;
  more: string;
  question: string;
  glossary: string;
  privacy: string;
  accessibility: string;
  colofon: string;
  otherSwv: string;
  phone: string;
  hours: string;
  whatsapp: string;
  email: string;
  address: string;
  website: string;
  /** The steunpunt's name when no source gives it one. */
  steunpuntAt: string;
  /** With {form}: the link to the question form, its text `formLink`. */
  formFirst: string;
  formLink: string;
  nationalLine: string;
  national: string;
  complaintsTo: string;
}

export const chrome: Record<Locale, Chrome> = {
  nl: {
    skipLink: 'Ga direct naar de inhoud',
    logoSub: 'Hulp bij passend onderwijs',
    contact: 'Contact',
    languages: 'Taal',
    breadcrumbs: 'Kruimelpad',
    allSwvs: 'Alle samenwerkingsverbanden',
    inDutch: '(in het Nederlands)',
    unchecked: 'Deze vertaling is nog niet door een mens gecontroleerd. De Nederlandse tekst telt.',
    checked: 'Dit is een vertaling. Bij verschil telt de Nederlandse tekst.',
    dutchPage: 'Lees de Nederlandse pagina',
    thisPageInMyLanguage: 'Lees deze pagina in het Nederlands',
    more: 'Meer',
    question: 'Stel je vraag',
    glossary: 'Begrippenlijst',
    privacy: 'Privacyverklaring',
    accessibility: 'Toegankelijkheid',
    colofon: 'Colofon',
    otherSwv: 'Kies een ander samenwerkingsverband',
    phone: 'Telefoon',
    hours: 'Bereikbaar',
    whatsapp: 'WhatsApp',
    email: 'E-mail',
    address: 'Bezoekadres',
    website: 'Website',
    steunpuntAt: 'Het ouder- en jeugdsteunpunt bij {swv}',
    formFirst: 'Stel je vraag via het {form}. Dan nemen we contact met je op.',
    formLink: 'formulier op deze website',
    nationalLine:
      'Wil je liever meteen iemand spreken? Bel dan met {name}. Dat is een landelijk informatiepunt voor ouders, niet dit steunpunt.',
    national: 'Landelijk',
    complaintsTo: 'Een klacht over het steunpunt? Stuur die naar {name}, {address}.',
  },
  en: {
    skipLink: 'Skip to the content',
    logoSub: 'Help with extra support at school',
    contact: 'Contact',
    languages: 'Language',
    breadcrumbs: 'Breadcrumb',
    allSwvs: 'All school partnerships',
    inDutch: '(in Dutch)',
    unchecked:
      'This translation has not been checked by a person yet. The Dutch text is the one that counts.',
    checked: 'This is a translation. If it differs from the Dutch text, the Dutch text counts.',
    dutchPage: 'Read the Dutch page',
    thisPageInMyLanguage: 'Read this page in English',
    more: 'More',
    question: 'Ask your question',
    glossary: 'List of words',
    privacy: 'Privacy statement',
    accessibility: 'Accessibility',
    colofon: 'About this website',
    otherSwv: 'Choose another school partnership',
    phone: 'Phone',
    hours: 'Open',
    whatsapp: 'WhatsApp',
    email: 'Email',
    address: 'Visiting address',
    website: 'Website',
    steunpuntAt: 'The support point for parents and young people at {swv}',
    formFirst: 'Ask your question with the {form}. We will then contact you.',
    formLink: 'form on this website',
    nationalLine:
      'Would you rather talk to someone right away? Then call {name}. That is a national information point for parents, not this support point.',
    national: 'National',
    complaintsTo: 'A complaint about the support point? Send it to {name}, {address}.',
  },
  ar: {
    skipLink: 'انتقل إلى المحتوى',
    logoSub: 'المساعدة في الدعم الإضافي في المدرسة',
    contact: 'اتصل بنا',
    languages: 'اللغة',
    breadcrumbs: 'مسار التنقل',
    allSwvs: 'كل شراكات المدارس',
    inDutch: '(باللغة الهولندية)',
    unchecked: 'لم يراجع أي شخص هذه الترجمة بعد. النص الهولندي هو النص المعتمد.',
    checked: 'هذه ترجمة. إذا اختلفت عن النص الهولندي، فالنص الهولندي هو المعتمد.',
    dutchPage: 'اقرأ الصفحة باللغة الهولندية',
    thisPageInMyLanguage: 'اقرأ هذه الصفحة بالعربية',
    more: 'المزيد',
    question: 'اطرح سؤالك',
    glossary: 'قائمة الكلمات',
    privacy: 'بيان الخصوصية',
    accessibility: 'سهولة الوصول',
    colofon: 'عن هذا الموقع',
    otherSwv: 'اختر شراكة مدارس أخرى',
    phone: 'الهاتف',
    hours: 'أوقات الاتصال',
    whatsapp: 'واتساب',
    email: 'البريد الإلكتروني',
    address: 'عنوان الزيارة',
    website: 'الموقع الإلكتروني',
    steunpuntAt: 'مركز دعم الأهل والشباب لدى {swv}',
    formFirst: 'اطرح سؤالك عبر {form}. بعد ذلك نتصل بك.',
    formLink: 'النموذج على هذا الموقع',
    nationalLine:
      'هل تفضّل أن تتحدث مع شخص الآن؟ اتصل إذن بـ {name}. هذه نقطة معلومات وطنية للأهل، وليست مركز الدعم هذا.',
    national: 'على المستوى الوطني',
    complaintsTo: 'هل لديك شكوى عن مركز الدعم؟ أرسلها إلى {name}، {address}.',
  },
  tr: {
    skipLink: 'İçeriğe geç',
    logoSub: 'Okulda ek destek için yardım',
    contact: 'İletişim',
    languages: 'Dil',
    breadcrumbs: 'Sayfa yolu',
    allSwvs: 'Tüm okul birlikleri',
    inDutch: '(Felemenkçe)',
    unchecked:
      'Bu çeviri henüz bir insan tarafından kontrol edilmedi. Geçerli olan Felemenkçe metindir.',
    checked: 'Bu bir çeviridir. Felemenkçe metinden farklıysa Felemenkçe metin geçerlidir.',
    dutchPage: 'Felemenkçe sayfayı okuyun',
    thisPageInMyLanguage: 'Bu sayfayı Türkçe okuyun',
    more: 'Daha fazla',
    question: 'Sorunuzu sorun',
    glossary: 'Kelime listesi',
    privacy: 'Gizlilik bildirimi',
    accessibility: 'Erişilebilirlik',
    colofon: 'Bu web sitesi hakkında',
    otherSwv: 'Başka bir okul birliği seçin',
    phone: 'Telefon',
    hours: 'Ulaşılabilir',
    whatsapp: 'WhatsApp',
    email: 'E-posta',
    address: 'Ziyaret adresi',
    website: 'Web sitesi',
    steunpuntAt: '{swv} bünyesindeki veli ve gençlik destek noktası',
    formFirst: 'Sorunuzu {form} ile sorun. Sonra sizinle iletişime geçeriz.',
    formLink: 'bu web sitesindeki form',
    nationalLine:
      'Hemen biriyle konuşmak mı istiyorsunuz? O zaman {name} numarasını arayın. Bu, veliler için ulusal bir bilgi noktasıdır, bu destek noktası değildir.',
    national: 'Ulusal',
    complaintsTo:
      'Destek noktası hakkında bir şikâyetiniz mi var? Şikâyetinizi şuraya gönderin: {name}, {address}.',
  },
  pl: {
    skipLink: 'Przejdź do treści',
    logoSub: 'Pomoc w sprawie dodatkowego wsparcia w szkole',
    contact: 'Kontakt',
    languages: 'Język',
    breadcrumbs: 'Ścieżka',
    allSwvs: 'Wszystkie związki szkół',
    inDutch: '(po niderlandzku)',
    unchecked: 'Tego tłumaczenia nikt jeszcze nie sprawdził. Obowiązuje tekst niderlandzki.',
    checked:
      'To jest tłumaczenie. Jeśli różni się od tekstu niderlandzkiego, obowiązuje tekst niderlandzki.',
    dutchPage: 'Przeczytaj stronę po niderlandzku',
    thisPageInMyLanguage: 'Przeczytaj tę stronę po polsku',
    more: 'Więcej',
    question: 'Zadaj pytanie',
    glossary: 'Lista słów',
    privacy: 'Oświadczenie o prywatności',
    accessibility: 'Dostępność',
    colofon: 'O tej stronie',
    otherSwv: 'Wybierz inny związek szkół',
    phone: 'Telefon',
    hours: 'Godziny kontaktu',
    whatsapp: 'WhatsApp',
    email: 'E-mail',
    address: 'Adres',
    website: 'Strona internetowa',
    steunpuntAt: 'Punkt wsparcia dla rodziców i młodzieży przy {swv}',
    formFirst: 'Zadaj pytanie przez {form}. Wtedy skontaktujemy się z Tobą.',
    formLink: 'formularz na tej stronie',
    nationalLine:
      'Wolisz od razu z kimś porozmawiać? Zadzwoń do {name}. To krajowy punkt informacyjny dla rodziców, a nie ten punkt wsparcia.',
    national: 'Krajowo',
    complaintsTo: 'Skarga na punkt wsparcia? Wyślij ją do: {name}, {address}.',
  },
  uk: {
    skipLink: 'Перейти до змісту',
    logoSub: 'Допомога з додатковою підтримкою в школі',
    contact: 'Контакти',
    languages: 'Мова',
    breadcrumbs: 'Шлях',
    allSwvs: 'Усі об’єднання шкіл',
    inDutch: '(нідерландською)',
    unchecked: 'Цей переклад ще не перевірила людина. Чинним є нідерландський текст.',
    checked:
      'Це переклад. Якщо він відрізняється від нідерландського тексту, чинним є нідерландський текст.',
    dutchPage: 'Читати сторінку нідерландською',
    thisPageInMyLanguage: 'Читати цю сторінку українською',
    more: 'Більше',
    question: 'Поставте запитання',
    glossary: 'Список слів',
    privacy: 'Заява про конфіденційність',
    accessibility: 'Доступність',
    colofon: 'Про цей сайт',
    otherSwv: 'Виберіть інше об’єднання шкіл',
    phone: 'Телефон',
    hours: 'Години роботи',
    whatsapp: 'WhatsApp',
    email: 'Ел. пошта',
    address: 'Адреса',
    website: 'Вебсайт',
    steunpuntAt: 'Пункт підтримки батьків і молоді при {swv}',
    formFirst: 'Поставте запитання через {form}. Тоді ми з вами зв’яжемося.',
    formLink: 'форму на цьому сайті',
    nationalLine:
      'Хочете одразу з кимось поговорити? Тоді зателефонуйте до {name}. Це національний інформаційний пункт для батьків, а не цей пункт підтримки.',
    national: 'Національний',
    complaintsTo: 'Скарга на пункт підтримки? Надішліть її до: {name}, {address}.',
  },
};

/** "{name} …" with the values filled in. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
