/**
 * The texts around a translated information page (issue #14): everything the page says
 * that is not in its Markdown body. The type makes every text exist in every language.
 * Dutch is here for completeness of the type; the Dutch page words these itself.
 * Placeholders in braces are filled from data ({swv}, {date}).
 */
import type { Locale } from '../../../../functions/core/locales.ts';
import type { pageSections } from '../../../../functions/tenants/content-page.ts';

export interface InfoPageTexts {
  /** The section a page belongs to, shown above its title. */
  sections: Record<keyof typeof pageSections, string>;
  /** After a legal term or a route outcome in an unchecked translation, a link to Dutch. */
  uncheckedMark: string;
  /** The SWV's own addition to a page stays Dutch: "{swv} says more about this." */
  supplement: string;
  supplementLink: string;
  /** The help at the end of every page. */
  helpLabel: string;
  notFound: string;
  askQuestion: string;
  routeGuide: string;
  /** On the pages about disagreeing: the route chooser. */
  chooserLead: string;
  chooserLink: string;
  /** The other translated pages of this SWV in this language. */
  moreInLanguage: string;
  /** "The Dutch text was last checked on {date}." */
  dutchChecked: string;
  sourcesHeading: string;
  /** The link to the sources, which the Dutch page lists. */
  sourcesOnDutchPage: string;
}

export const infoPageTexts: Record<Locale, InfoPageTexts> = {
  nl: {
    sections: {
      hulp: 'Hulp op school',
      problemen: 'Als het niet goed gaat',
      meedoen: 'Meedoen en meepraten',
      over: 'Over het samenwerkingsverband',
    },
    uncheckedMark: 'controleer de Nederlandse tekst',
    supplement: '{swv} vertelt hier meer over.',
    supplementLink: 'Lees dat op de Nederlandse pagina',
    helpLabel: 'Hulp',
    notFound: 'Vind je niet wat je zoekt?',
    askQuestion: 'Stel je vraag aan het steunpunt',
    routeGuide: 'Bij wie moet je zijn?',
    chooserLead: 'Niet eens met de school of het samenwerkingsverband?',
    chooserLink: 'Kijk in een paar vragen welke weg past en hoeveel tijd je hebt',
    moreInLanguage: 'Meer in het Nederlands',
    dutchChecked: 'De Nederlandse tekst is voor het laatst gecontroleerd op {date}.',
    sourcesHeading: 'Waar komt deze informatie vandaan?',
    sourcesOnDutchPage: 'Bekijk de bronnen',
  },
  en: {
    sections: {
      hulp: 'Help at school',
      problemen: 'When things go wrong',
      meedoen: 'Taking part and having a say',
      over: 'About the school partnership',
    },
    uncheckedMark: 'check the Dutch text',
    supplement: '{swv} says more about this.',
    supplementLink: 'Read it on the Dutch page',
    helpLabel: 'Help',
    notFound: 'Did you not find what you are looking for?',
    askQuestion: 'Ask the support point your question',
    routeGuide: 'Who should you go to?',
    chooserLead: 'Do you disagree with the school or the school partnership?',
    chooserLink: 'Answer a few questions to see which way fits and how much time you have',
    moreInLanguage: 'More in English',
    dutchChecked: 'The Dutch text was last checked on {date}.',
    sourcesHeading: 'Where does this information come from?',
    sourcesOnDutchPage: 'See the sources',
  },
  ar: {
    sections: {
      hulp: 'المساعدة في المدرسة',
      problemen: 'عندما لا تسير الأمور جيدًا',
      meedoen: 'المشاركة وإبداء الرأي',
      over: 'عن شراكة المدارس',
    },
    uncheckedMark: 'راجع النص الهولندي',
    supplement: 'لدى {swv} معلومات أكثر عن هذا.',
    supplementLink: 'اقرأها في الصفحة الهولندية',
    helpLabel: 'المساعدة',
    notFound: 'ألم تجد ما تبحث عنه؟',
    askQuestion: 'اطرح سؤالك على مركز الدعم',
    routeGuide: 'إلى من يجب أن تتوجه؟',
    chooserLead: 'هل أنت غير موافق على قرار المدرسة أو شراكة المدارس؟',
    chooserLink: 'أجب عن بعض الأسئلة لترى أي طريق يناسبك وكم لديك من الوقت',
    moreInLanguage: 'المزيد بالعربية',
    dutchChecked: 'آخر مراجعة للنص الهولندي كانت في {date}.',
    sourcesHeading: 'من أين تأتي هذه المعلومات؟',
    sourcesOnDutchPage: 'اطّلع على المصادر',
  },
  tr: {
    sections: {
      hulp: 'Okulda yardım',
      problemen: 'İşler iyi gitmediğinde',
      meedoen: 'Katılmak ve söz sahibi olmak',
      over: 'Okul birliği hakkında',
    },
    uncheckedMark: 'Felemenkçe metni kontrol edin',
    supplement: '{swv} bu konuda daha fazla bilgi veriyor.',
    supplementLink: 'Bunu Felemenkçe sayfada okuyun',
    helpLabel: 'Yardım',
    notFound: 'Aradığınızı bulamadınız mı?',
    askQuestion: 'Sorunuzu destek noktasına sorun',
    routeGuide: 'Kime gitmelisiniz?',
    chooserLead: 'Okulla veya okul birliğiyle aynı fikirde değil misiniz?',
    chooserLink: 'Birkaç soruyla hangi yolun uygun olduğunu ve ne kadar zamanınız olduğunu görün',
    moreInLanguage: 'Türkçe daha fazlası',
    dutchChecked: 'Felemenkçe metin en son {date} tarihinde kontrol edildi.',
    sourcesHeading: 'Bu bilgiler nereden geliyor?',
    sourcesOnDutchPage: 'Kaynaklara bakın',
  },
  pl: {
    sections: {
      hulp: 'Pomoc w szkole',
      problemen: 'Gdy coś idzie źle',
      meedoen: 'Udział i współdecydowanie',
      over: 'O związku szkół',
    },
    uncheckedMark: 'sprawdź tekst niderlandzki',
    supplement: '{swv} pisze o tym więcej.',
    supplementLink: 'Przeczytaj to na stronie po niderlandzku',
    helpLabel: 'Pomoc',
    notFound: 'Nie znajdujesz tego, czego szukasz?',
    askQuestion: 'Zadaj pytanie punktowi wsparcia',
    routeGuide: 'Do kogo się zwrócić?',
    chooserLead: 'Nie zgadzasz się ze szkołą albo ze związkiem szkół?',
    chooserLink: 'Odpowiedz na kilka pytań i zobacz, która droga pasuje i ile masz czasu',
    moreInLanguage: 'Więcej po polsku',
    dutchChecked: 'Tekst niderlandzki sprawdzono ostatnio {date}.',
    sourcesHeading: 'Skąd pochodzą te informacje?',
    sourcesOnDutchPage: 'Zobacz źródła',
  },
  uk: {
    sections: {
      hulp: 'Допомога в школі',
      problemen: 'Коли щось іде не так',
      meedoen: 'Участь і право голосу',
      over: 'Про об’єднання шкіл',
    },
    uncheckedMark: 'перевірте нідерландський текст',
    supplement: '{swv} розповідає про це більше.',
    supplementLink: 'Читайте це на нідерландській сторінці',
    helpLabel: 'Допомога',
    notFound: 'Не знайшли того, що шукаєте?',
    askQuestion: 'Поставте запитання пункту підтримки',
    routeGuide: 'До кого звернутися?',
    chooserLead: 'Не згодні зі школою або з об’єднанням шкіл?',
    chooserLink:
      'Дайте відповідь на кілька запитань і побачите, який шлях підходить і скільки у вас часу',
    moreInLanguage: 'Більше українською',
    // The Ukrainian date ends in "р." (рік), which closes the sentence.
    dutchChecked: 'Нідерландський текст востаннє перевірено {date}',
    sourcesHeading: 'Звідки ця інформація?',
    sourcesOnDutchPage: 'Переглянути джерела',
  },
};
