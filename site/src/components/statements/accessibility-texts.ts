/**
 * The accessibility statement's texts per language (issue #14), typed so that every text
 * exists in every language. `{steunpunt}` is the steunpunt's name in a sentence,
 * `{languages}` the portal's other languages (Intl, in the page's language), `{form}` the
 * link to the question form (its text `formLink`).
 */
import type { Locale } from '../../../../functions/core/locales.ts';

export interface AccessibilityTexts {
  /** Who checked a translation against the Dutch, and when; neither while nobody did. */
  checkedBy?: string;
  checkedOn?: string;
  /** The page's title and crumb. */
  title: string;
  heading: string;
  description: string;
  lead: string;
  standardHeading: string;
  standard: string;
  testsHeading: string;
  tests: readonly string[];
  testsNote: string;
  knownHeading: string;
  known: readonly string[];
  problemHeading: string;
  problem: string;
  formLink: string;
}

export const accessibilityTexts: Record<Locale, AccessibilityTexts> = {
  nl: {
    title: 'Toegankelijkheid',
    heading: 'Toegankelijkheidsverklaring',
    description:
      'Iedereen moet deze website kunnen gebruiken. Hier lees je hoe {steunpunt} daarvoor zorgt.',
    lead: 'Iedereen moet deze website kunnen gebruiken. Ook als je slecht ziet, een schermlezer gebruikt of geen muis gebruikt.',
    standardHeading: 'Aan welke eisen voldoet de website?',
    standard:
      'We bouwen de website volgens de richtlijnen WCAG 2.2, niveau AA. Dat is de internationale afspraak voor toegankelijke websites. De overheid vraagt WCAG 2.1 AA. WCAG 2.2 gaat iets verder.',
    testsHeading: 'Hoe testen we dat?',
    tests: [
      "Bij elke wijziging test een computerprogramma (axe) alle pagina's op fouten.",
      'We testen ook de foutmeldingen van het formulier.',
      'We testen of je het formulier alleen met het toetsenbord kunt invullen en versturen.',
      'De teksten schrijven we in eenvoudig Nederlands, op taalniveau B1.',
    ],
    testsNote:
      'Een programma vindt niet alle problemen. Een onderzoek door een deskundig bureau is nog niet gedaan. Daarom is deze verklaring nog niet compleet.',
    knownHeading: 'Wat werkt nog niet goed?',
    known: [
      'Het formulier om een vraag te stellen werkt alleen met JavaScript aan.',
      'Zoeken werkt alleen met JavaScript aan.',
      'Niet elke pagina is er in het {languages}. De vertalingen maakte een AI-assistent. Nog geen mens heeft ze gecontroleerd.',
    ],
    problemHeading: 'Loop je tegen een probleem aan?',
    problem:
      'Laat het ons weten. {form} en kies bij het onderwerp "Iets anders". Vertel op welke pagina het probleem zit. We zoeken dan samen een oplossing, en we passen de website aan.',
    formLink: 'Stel je vraag',
  },
  en: {
    title: 'Accessibility',
    heading: 'Accessibility statement',
    description:
      'Everyone must be able to use this website. Here you can read how {steunpunt} takes care of that.',
    lead: 'Everyone must be able to use this website. Also if you do not see well, use a screen reader or do not use a mouse.',
    standardHeading: 'Which requirements does the website meet?',
    standard:
      'We build the website according to the guidelines WCAG 2.2, level AA. That is the international agreement for accessible websites. The Dutch government asks for WCAG 2.1 AA. WCAG 2.2 goes a little further.',
    testsHeading: 'How do we test that?',
    tests: [
      'With every change, a computer program (axe) tests all pages for errors, in every language.',
      'We also test the error messages of the form.',
      'We test whether you can fill in and send the form with the keyboard only.',
      'We write the Dutch texts in plain Dutch, at language level B1. The translations are short and plain too.',
    ],
    testsNote:
      'A program does not find all problems. An expert agency has not yet done a review. That is why this statement is not complete yet.',
    knownHeading: 'What does not work well yet?',
    known: [
      'The form to ask a question only works with JavaScript on.',
      'Search only works with JavaScript on.',
      'Not every page is available in {languages}. An AI assistant made the translations. No person has checked them yet.',
    ],
    problemHeading: 'Do you run into a problem?',
    problem:
      'Let us know. {form} and choose the topic for other questions. Tell us on which page the problem is. We will then look for a solution together, and we will change the website.',
    formLink: 'Ask your question',
  },
  ar: {
    title: 'إمكانية الوصول',
    heading: 'بيان إمكانية الوصول',
    description: 'يجب أن يتمكن الجميع من استخدام هذا الموقع. هنا تقرأ كيف تهتم {steunpunt} بذلك.',
    lead: 'يجب أن يتمكن الجميع من استخدام هذا الموقع. حتى إذا كان بصرك ضعيفًا، أو كنت تستخدم قارئ الشاشة، أو لا تستخدم الفأرة.',
    standardHeading: 'ما المتطلبات التي يستوفيها الموقع؟',
    standard:
      'نبني الموقع وفق إرشادات WCAG 2.2، المستوى AA. هذا هو الاتفاق الدولي للمواقع التي يمكن للجميع الوصول إليها. تطلب الحكومة الهولندية WCAG 2.1 AA. أما WCAG 2.2 فيذهب أبعد قليلًا.',
    testsHeading: 'كيف نختبر ذلك؟',
    tests: [
      'مع كل تغيير، يختبر برنامج حاسوب (axe) كل الصفحات بحثًا عن أخطاء، بكل اللغات.',
      'نختبر أيضًا رسائل الخطأ في النموذج.',
      'نختبر هل يمكنك ملء النموذج وإرساله باستخدام لوحة المفاتيح فقط.',
      'نكتب النصوص الهولندية بلغة هولندية بسيطة، بمستوى B1. والترجمات أيضًا قصيرة وبسيطة.',
    ],
    testsNote:
      'البرنامج لا يجد كل المشاكل. لم يُجرِ مكتب خبراء فحصًا بعد. لذلك هذا البيان غير مكتمل بعد.',
    knownHeading: 'ما الذي لا يعمل جيدًا بعد؟',
    known: [
      'نموذج طرح السؤال يعمل فقط عندما تكون JavaScript مفعّلة.',
      'البحث يعمل فقط عندما تكون JavaScript مفعّلة.',
      'ليست كل الصفحات متوفرة باللغات {languages}. صنع الترجمات مساعدٌ بالذكاء الاصطناعي. لم يراجعها أي شخص بعد.',
    ],
    problemHeading: 'هل تواجه مشكلة؟',
    problem:
      'أخبرنا بذلك. {form} واختر الموضوع الخاص بالأسئلة الأخرى. قل لنا في أي صفحة المشكلة. عندها نبحث معًا عن حل، ونعدّل الموقع.',
    formLink: 'اطرح سؤالك',
  },
  tr: {
    title: 'Erişilebilirlik',
    heading: 'Erişilebilirlik beyanı',
    description:
      'Herkes bu web sitesini kullanabilmelidir. {steunpunt} kurumunun bunu nasıl sağladığını burada okuyabilirsiniz.',
    lead: 'Herkes bu web sitesini kullanabilmelidir. İyi göremeseniz, ekran okuyucu kullansanız veya fare kullanmasanız bile.',
    standardHeading: 'Web sitesi hangi şartları karşılıyor?',
    standard:
      'Web sitesini WCAG 2.2, AA seviyesi yönergelerine göre yapıyoruz. Bu, erişilebilir web siteleri için uluslararası bir anlaşmadır. Hollanda hükümeti WCAG 2.1 AA ister. WCAG 2.2 biraz daha ileri gider.',
    testsHeading: 'Bunu nasıl test ediyoruz?',
    tests: [
      'Her değişiklikte bir bilgisayar programı (axe) tüm sayfaları her dilde hatalara karşı test eder.',
      'Formun hata mesajlarını da test ederiz.',
      'Formu yalnızca klavyeyle doldurup gönderebildiğinizi test ederiz.',
      'Hollandaca metinleri B1 seviyesinde, basit Hollandaca ile yazarız. Çeviriler de kısa ve basittir.',
    ],
    testsNote:
      'Bir program tüm sorunları bulamaz. Uzman bir kuruluş henüz inceleme yapmadı. Bu yüzden bu beyan henüz tam değildir.',
    knownHeading: 'Henüz iyi çalışmayan neler var?',
    known: [
      'Soru sorma formu yalnızca JavaScript açıkken çalışır.',
      'Arama yalnızca JavaScript açıkken çalışır.',
      'Her sayfa {languages} dillerinde yoktur. Çevirileri bir yapay zekâ asistanı yaptı. Henüz hiçbir kişi onları kontrol etmedi.',
    ],
    problemHeading: 'Bir sorunla mı karşılaştınız?',
    problem:
      'Bize bildirin. {form} ve diğer sorular için olan konuyu seçin. Sorunun hangi sayfada olduğunu söyleyin. O zaman birlikte bir çözüm ararız ve web sitesini düzeltiriz.',
    formLink: 'Sorunuzu sorun',
  },
  pl: {
    title: 'Dostępność',
    heading: 'Deklaracja dostępności',
    description:
      'Każdy musi móc korzystać z tej strony. Tutaj przeczytasz, jak {steunpunt} o to dba.',
    lead: 'Każdy musi móc korzystać z tej strony. Także jeśli słabo widzisz, używasz czytnika ekranu albo nie używasz myszy.',
    standardHeading: 'Jakie wymagania spełnia strona?',
    standard:
      'Budujemy stronę według wytycznych WCAG 2.2, poziom AA. To międzynarodowe porozumienie w sprawie dostępnych stron. Holenderski rząd wymaga WCAG 2.1 AA. WCAG 2.2 idzie trochę dalej.',
    testsHeading: 'Jak to sprawdzamy?',
    tests: [
      'Przy każdej zmianie program komputerowy (axe) sprawdza wszystkie strony pod kątem błędów, w każdym języku.',
      'Sprawdzamy też komunikaty o błędach w formularzu.',
      'Sprawdzamy, czy formularz można wypełnić i wysłać tylko za pomocą klawiatury.',
      'Teksty niderlandzkie piszemy prostym językiem, na poziomie B1. Tłumaczenia też są krótkie i proste.',
    ],
    testsNote:
      'Program nie znajduje wszystkich problemów. Badania przez specjalistyczną firmę jeszcze nie przeprowadzono. Dlatego ta deklaracja nie jest jeszcze pełna.',
    knownHeading: 'Co jeszcze nie działa dobrze?',
    known: [
      'Formularz do zadawania pytań działa tylko z włączonym JavaScriptem.',
      'Wyszukiwanie działa tylko z włączonym JavaScriptem.',
      'Nie każda strona jest dostępna w językach: {languages}. Tłumaczenia zrobił asystent AI. Nikt jeszcze ich nie sprawdził.',
    ],
    problemHeading: 'Masz problem?',
    problem:
      'Daj nam znać. {form} i wybierz temat dla innych pytań. Napisz, na której stronie jest problem. Wtedy razem poszukamy rozwiązania i poprawimy stronę.',
    formLink: 'Zadaj pytanie',
  },
  uk: {
    title: 'Доступність',
    heading: 'Заява про доступність',
    description:
      'Кожен повинен мати змогу користуватися цим сайтом. Тут ви прочитаєте, як {steunpunt} про це дбає.',
    lead: 'Кожен повинен мати змогу користуватися цим сайтом. Також якщо ви погано бачите, користуєтеся програмою читання екрана або не користуєтеся мишею.',
    standardHeading: 'Яким вимогам відповідає сайт?',
    standard:
      'Ми створюємо сайт за настановами WCAG 2.2, рівень AA. Це міжнародна домовленість про доступні сайти. Уряд Нідерландів вимагає WCAG 2.1 AA. WCAG 2.2 іде трохи далі.',
    testsHeading: 'Як ми це перевіряємо?',
    tests: [
      'Після кожної зміни комп’ютерна програма (axe) перевіряє всі сторінки на помилки, усіма мовами.',
      'Ми також перевіряємо повідомлення про помилки у формі.',
      'Ми перевіряємо, чи можна заповнити й надіслати форму лише за допомогою клавіатури.',
      'Нідерландські тексти ми пишемо простою мовою, на рівні B1. Переклади теж короткі й прості.',
    ],
    testsNote:
      'Програма не знаходить усіх проблем. Перевірку експертною організацією ще не проведено. Тому ця заява ще не повна.',
    knownHeading: 'Що ще працює не дуже добре?',
    known: [
      'Форма для запитання працює лише з увімкненим JavaScript.',
      'Пошук працює лише з увімкненим JavaScript.',
      'Не кожна сторінка є такими мовами: {languages}. Переклади зробив помічник зі штучним інтелектом. Ніхто ще їх не перевірив.',
    ],
    problemHeading: 'Виникла проблема?',
    problem:
      'Повідомте нам. {form} і оберіть тему для інших запитань. Скажіть, на якій сторінці проблема. Тоді ми разом шукатимемо рішення і виправимо сайт.',
    formLink: 'Поставте запитання',
  },
};
