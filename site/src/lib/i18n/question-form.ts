/**
 * "Stel je vraag" in each language of the portal (issue #14): the page's texts, the
 * fields' labels and hints (the options come from functions/core/vocabulary-labels.ts), the
 * tolk question, and (`browser`) the confirmation its script shows. The type makes every
 * text exist in every language. Placeholders in braces are filled from data; a Dutch term
 * kept in a translation ("tolk") is marked `lang="nl"` where the page shows it.
 * The translations are made by an AI assistant and no person has checked them yet.
 */
import type { Locale } from '../../../../functions/core/locales.ts';

/** What the form's script says after sending, in the page's language. */
export interface QuestionBrowserTexts {
  sent: string;
  /** With {steunpunt}: the page title after sending. */
  sentTitle: string;
  /** With {name}. */
  thanksName: string;
  thanks: string;
  /** With {reference}, shown in bold. */
  referenceIs: string;
  whatNext: string;
  /** With {steunpunt}. */
  byEmail: string;
  byPhone: string;
  byWhatsapp: string;
  contactSoon: string;
  /** With {date}, shown in bold. */
  dueBy: string;
  /** With {email}. */
  mailCopy: string;
  keepReference: string;
  /** With {steunpunt}. */
  backHome: string;
}

export interface QuestionFormTexts {
  browser: QuestionBrowserTexts;
  title: string;
  /** With {steunpunt}: the page's description. */
  description: string;
  /** With {steunpunt}. */
  lead: string;
  nameNote: string;
  roleLabel: string;
  topicLabel: string;
  topicPlaceholder: string;
  /** With {topic}, {chooser} and {complaint}: the links' texts below. */
  topicHint: string;
  chooserLink: string;
  complaintLink: string;
  questionLabel: string;
  /** With {min} and {max}. */
  questionHint: string;
  schoolTypeLabel: string;
  schoolTypeHint: string;
  gemeenteLabel: string;
  gemeentePlaceholder: string;
  otherGemeente: string;
  confirmationNote: string;
  /** The tolk (interpreter) question: a checkbox, not ticked unless the parent wants one. */
  tolkLabel: string;
  tolkHint: string;
  submit: string;
  /** With {steunpunt} and {contact}: the link to the page's contact block (chrome's `contact`). */
  noScript: string;
}

/** The Dutch confirmation on its own: the form script's default on a page that carries none. */
export const dutchQuestionBrowserTexts: QuestionBrowserTexts = {
  sent: 'Je vraag is verstuurd',
  sentTitle: 'Je vraag is verstuurd – {steunpunt}',
  thanksName: 'Bedankt voor je vraag, {name}.',
  thanks: 'Bedankt voor je vraag.',
  referenceIs: 'Je referentienummer is {reference}',
  whatNext: 'Wat gebeurt er nu?',
  byEmail: 'Een medewerker van {steunpunt} stuurt je een e-mail.',
  byPhone: 'Een medewerker van {steunpunt} belt je op het telefoonnummer dat je hebt gegeven.',
  byWhatsapp: 'Een medewerker van {steunpunt} stuurt je een bericht via WhatsApp.',
  contactSoon: 'Een medewerker van {steunpunt} neemt contact met je op.',
  dueBy: 'Je krijgt uiterlijk op {date} een reactie.',
  mailCopy: 'Je krijgt ook een bevestiging per e-mail. Die sturen we naar {email}.',
  keepReference:
    'Bewaar je referentienummer. Noem het als je contact met ons opneemt over deze vraag.',
  backHome: 'Terug naar de startpagina van {steunpunt}',
};

export const questionForm: Record<Locale, QuestionFormTexts> = {
  nl: {
    browser: dutchQuestionBrowserTexts,
    title: 'Stel je vraag',
    description: 'Stel je vraag over passend onderwijs aan {steunpunt}.',
    lead: 'Een medewerker van {steunpunt} leest je vraag. Daarna nemen we contact met je op.',
    nameNote:
      'Je naam hoef je niet in te vullen. Van je e-mailadres en telefoonnummer hebben we alleen nodig wat past bij de manier waarop je contact wilt.',
    roleLabel: 'Wie stelt de vraag?',
    topicLabel: 'Waar gaat je vraag over?',
    topicPlaceholder: 'Kies een onderwerp',
    topicHint:
      'Gaat het om {topic}? Kijk dan in de {chooser} welke weg past. Of vraag {complaint}.',
    chooserLink: 'keuzehulp',
    complaintLink: 'hulp bij een klacht of geschil',
    questionLabel: 'Wat is je vraag?',
    questionHint:
      'Vertel zo duidelijk mogelijk wat er speelt. Je hoeft geen namen op te schrijven van het kind of van de school. Gebruik minstens {min} en hoogstens {max} tekens.',
    schoolTypeLabel: 'Op wat voor school zit het kind?',
    schoolTypeHint: 'Stel je de vraag over jezelf? Kies dan je eigen school.',
    gemeenteLabel: 'In welke gemeente woon je?',
    gemeentePlaceholder: 'Kies je gemeente',
    otherGemeente: 'Een andere gemeente',
    confirmationNote: 'We sturen je ook een bevestiging van je vraag.',
    tolkLabel: 'Ik wil graag een tolk als jullie mij bellen of spreken (niet verplicht)',
    tolkHint: 'Een tolk vertaalt het gesprek. Zet hier geen vinkje als dat niet nodig is.',
    submit: 'Verstuur je vraag',
    noScript:
      'Hoe je je vraag ook zonder formulier stelt aan {steunpunt}, staat onder {contact} onderaan deze pagina.',
  },
  en: {
    browser: {
      sent: 'Your question has been sent',
      sentTitle: 'Your question has been sent – {steunpunt}',
      thanksName: 'Thank you for your question, {name}.',
      thanks: 'Thank you for your question.',
      referenceIs: 'Your reference number is {reference}',
      whatNext: 'What happens now?',
      byEmail: 'A staff member of {steunpunt} will send you an email.',
      byPhone: 'A staff member of {steunpunt} will call you on the phone number you gave.',
      byWhatsapp: 'A staff member of {steunpunt} will send you a message on WhatsApp.',
      contactSoon: 'A staff member of {steunpunt} will contact you.',
      dueBy: 'You will get a reply by {date} at the latest.',
      mailCopy: 'You will also get a confirmation by email. We will send it to {email}.',
      keepReference:
        'Keep your reference number. Mention it when you contact us about this question.',
      backHome: 'Back to the home page of {steunpunt}',
    },
    title: 'Ask your question',
    description: 'Ask {steunpunt} your question about support for your child at school.',
    lead: 'A staff member of {steunpunt} reads your question. Then we will contact you.',
    nameNote:
      'You do not have to fill in your name. We only need the email address or phone number that fits the way you want us to contact you.',
    roleLabel: 'Who is asking the question?',
    topicLabel: 'What is your question about?',
    topicPlaceholder: 'Choose a topic',
    topicHint:
      'Is it about {topic}? Then see in the {chooser} which way fits. Or ask for {complaint}.',
    chooserLink: 'guide',
    complaintLink: 'help with a complaint or dispute',
    questionLabel: 'What is your question?',
    questionHint:
      'Explain as clearly as you can what is going on. You do not have to write down names of the child or the school. Use at least {min} and at most {max} characters.',
    schoolTypeLabel: 'What kind of school does the child go to?',
    schoolTypeHint: 'Is the question about yourself? Then choose your own school.',
    gemeenteLabel: 'Which municipality do you live in?',
    gemeentePlaceholder: 'Choose your municipality',
    otherGemeente: 'Another municipality',
    confirmationNote: 'We will also send you a confirmation of your question.',
    tolkLabel: 'I would like an interpreter (tolk) when you call me or meet me (optional)',
    tolkHint:
      'An interpreter translates the conversation. Leave this empty if you do not need one.',
    submit: 'Send your question',
    noScript:
      'How to ask {steunpunt} your question without the form is under {contact} at the bottom of this page.',
  },
  ar: {
    browser: {
      sent: 'تم إرسال سؤالك',
      sentTitle: 'تم إرسال سؤالك – {steunpunt}',
      thanksName: 'شكرًا على سؤالك يا {name}.',
      thanks: 'شكرًا على سؤالك.',
      referenceIs: 'رقمك المرجعي هو {reference}',
      whatNext: 'ماذا يحدث الآن؟',
      byEmail: 'سيرسل لك أحد موظفي {steunpunt} رسالة بريد إلكتروني.',
      byPhone: 'سيتصل بك أحد موظفي {steunpunt} على رقم الهاتف الذي أعطيته.',
      byWhatsapp: 'سيرسل لك أحد موظفي {steunpunt} رسالة عبر واتساب.',
      contactSoon: 'سيتواصل معك أحد موظفي {steunpunt}.',
      dueBy: 'ستحصل على رد في موعد أقصاه {date}.',
      mailCopy: 'ستحصل أيضًا على تأكيد عبر البريد الإلكتروني. سنرسله إلى {email}.',
      keepReference: 'احتفظ برقمك المرجعي. اذكره عندما تتواصل معنا بخصوص هذا السؤال.',
      backHome: 'العودة إلى الصفحة الرئيسية لـ {steunpunt}',
    },
    title: 'اطرح سؤالك',
    description: 'اطرح سؤالك على {steunpunt} حول دعم طفلك في المدرسة.',
    lead: 'سيقرأ أحد موظفي {steunpunt} سؤالك. بعد ذلك نتواصل معك.',
    nameNote:
      'لا يجب أن تكتب اسمك. نحتاج فقط إلى البريد الإلكتروني أو رقم الهاتف الذي يناسب طريقة التواصل التي تريدها.',
    roleLabel: 'من يطرح السؤال؟',
    topicLabel: 'عن ماذا سؤالك؟',
    topicPlaceholder: 'اختر موضوعًا',
    topicHint:
      'هل الأمر يتعلق بـ {topic}؟ انظر إذن في {chooser} أي طريق يناسبك. أو اطلب {complaint}.',
    chooserLink: 'دليل الاختيار',
    complaintLink: 'المساعدة في شكوى أو نزاع',
    questionLabel: 'ما هو سؤالك؟',
    questionHint:
      'اشرح بأوضح ما يمكن ما يحدث. لا يجب أن تكتب اسم الطفل أو اسم المدرسة. استخدم {min} حرفًا على الأقل و{max} حرفًا على الأكثر.',
    schoolTypeLabel: 'في أي نوع من المدارس يدرس الطفل؟',
    schoolTypeHint: 'هل السؤال عنك أنت؟ اختر إذن مدرستك.',
    gemeenteLabel: 'في أي بلدية تسكن؟',
    gemeentePlaceholder: 'اختر بلديتك',
    otherGemeente: 'بلدية أخرى',
    confirmationNote: 'سنرسل لك أيضًا تأكيدًا لسؤالك.',
    tolkLabel: 'أريد مترجمًا فوريًا (tolk) عندما تتصلون بي أو تقابلونني (اختياري)',
    tolkHint: 'المترجم الفوري يترجم المحادثة. اترك هذا فارغًا إذا لم تكن بحاجة إليه.',
    submit: 'أرسل سؤالك',
    noScript: 'كيف تطرح سؤالك على {steunpunt} بدون النموذج، تجده تحت {contact} في أسفل هذه الصفحة.',
  },
  tr: {
    browser: {
      sent: 'Sorunuz gönderildi',
      sentTitle: 'Sorunuz gönderildi – {steunpunt}',
      thanksName: 'Sorunuz için teşekkürler, {name}.',
      thanks: 'Sorunuz için teşekkürler.',
      referenceIs: 'Referans numaranız: {reference}',
      whatNext: 'Şimdi ne olacak?',
      byEmail: '{steunpunt} çalışanlarından biri size e-posta gönderecek.',
      byPhone: '{steunpunt} çalışanlarından biri verdiğiniz telefon numarasından sizi arayacak.',
      byWhatsapp: '{steunpunt} çalışanlarından biri size WhatsApp ile mesaj gönderecek.',
      contactSoon: '{steunpunt} çalışanlarından biri sizinle iletişime geçecek.',
      dueBy: 'En geç {date} tarihinde cevap alacaksınız.',
      mailCopy: 'E-posta ile de bir onay alacaksınız. Onu {email} adresine göndereceğiz.',
      keepReference:
        'Referans numaranızı saklayın. Bu soru hakkında bizimle iletişime geçtiğinizde bu numarayı söyleyin.',
      backHome: '{steunpunt} ana sayfasına dön',
    },
    title: 'Sorunuzu sorun',
    description: 'Çocuğunuzun okuldaki desteği hakkındaki sorunuzu {steunpunt} kurumuna sorun.',
    lead: '{steunpunt} çalışanlarından biri sorunuzu okur. Sonra sizinle iletişime geçeriz.',
    nameNote:
      'Adınızı yazmak zorunda değilsiniz. Sadece istediğiniz iletişim yoluna uyan e-posta adresine veya telefon numarasına ihtiyacımız var.',
    roleLabel: 'Soruyu kim soruyor?',
    topicLabel: 'Sorunuz ne hakkında?',
    topicPlaceholder: 'Bir konu seçin',
    topicHint:
      'Konu {topic} mi? O zaman {chooser} ile hangi yolun uygun olduğuna bakın. Veya {complaint} isteyin.',
    chooserLink: 'seçim rehberi',
    complaintLink: 'bir şikâyet veya anlaşmazlık için yardım',
    questionLabel: 'Sorunuz nedir?',
    questionHint:
      'Neler olduğunu olabildiğince açık anlatın. Çocuğun veya okulun adını yazmanız gerekmez. En az {min} ve en fazla {max} karakter kullanın.',
    schoolTypeLabel: 'Çocuk ne tür bir okula gidiyor?',
    schoolTypeHint: 'Soru sizinle mi ilgili? O zaman kendi okulunuzu seçin.',
    gemeenteLabel: 'Hangi belediyede yaşıyorsunuz?',
    gemeentePlaceholder: 'Belediyenizi seçin',
    otherGemeente: 'Başka bir belediye',
    confirmationNote: 'Size sorunuzun onayını da göndereceğiz.',
    tolkLabel:
      'Beni aradığınızda veya benimle görüştüğünüzde tercüman (tolk) istiyorum (zorunlu değil)',
    tolkHint: 'Tercüman görüşmeyi çevirir. Gerek yoksa bunu boş bırakın.',
    submit: 'Sorunuzu gönderin',
    noScript:
      'Sorunuzu form olmadan {steunpunt} kurumuna nasıl soracağınız bu sayfanın altında {contact} bölümünde yazıyor.',
  },
  pl: {
    browser: {
      sent: 'Twoje pytanie zostało wysłane',
      sentTitle: 'Twoje pytanie zostało wysłane – {steunpunt}',
      thanksName: 'Dziękujemy za pytanie, {name}.',
      thanks: 'Dziękujemy za pytanie.',
      referenceIs: 'Twój numer referencyjny to {reference}',
      whatNext: 'Co dalej?',
      byEmail: 'Pracownik {steunpunt} wyśle Ci e-mail.',
      byPhone: 'Pracownik {steunpunt} zadzwoni pod podany przez Ciebie numer telefonu.',
      byWhatsapp: 'Pracownik {steunpunt} wyśle Ci wiadomość przez WhatsApp.',
      contactSoon: 'Pracownik {steunpunt} skontaktuje się z Tobą.',
      dueBy: 'Odpowiedź dostaniesz najpóźniej {date}.',
      mailCopy: 'Dostaniesz też potwierdzenie e-mailem. Wyślemy je na adres {email}.',
      keepReference:
        'Zachowaj swój numer referencyjny. Podaj go, gdy kontaktujesz się z nami w sprawie tego pytania.',
      backHome: 'Wróć do strony głównej {steunpunt}',
    },
    title: 'Zadaj pytanie',
    description: 'Zadaj {steunpunt} pytanie o wsparcie dla Twojego dziecka w szkole.',
    lead: 'Pracownik {steunpunt} przeczyta Twoje pytanie. Potem skontaktujemy się z Tobą.',
    nameNote:
      'Nie musisz podawać imienia. Potrzebujemy tylko adresu e-mail lub numeru telefonu, który pasuje do wybranego sposobu kontaktu.',
    roleLabel: 'Kto zadaje pytanie?',
    topicLabel: 'Czego dotyczy Twoje pytanie?',
    topicPlaceholder: 'Wybierz temat',
    topicHint:
      'Chodzi o temat: {topic}? Sprawdź w {chooser}, która droga pasuje. Albo poproś o {complaint}.',
    chooserLink: 'przewodniku wyboru',
    complaintLink: 'pomoc przy skardze lub sporze',
    questionLabel: 'Jakie jest Twoje pytanie?',
    questionHint:
      'Opisz jak najjaśniej, co się dzieje. Nie musisz pisać imienia dziecka ani nazwy szkoły. Użyj co najmniej {min} i najwyżej {max} znaków.',
    schoolTypeLabel: 'Do jakiej szkoły chodzi dziecko?',
    schoolTypeHint: 'Pytasz o siebie? Wybierz wtedy swoją szkołę.',
    gemeenteLabel: 'W jakiej gminie mieszkasz?',
    gemeentePlaceholder: 'Wybierz swoją gminę',
    otherGemeente: 'Inna gmina',
    confirmationNote: 'Wyślemy Ci też potwierdzenie Twojego pytania.',
    tolkLabel:
      'Chcę tłumacza (tolk), gdy do mnie zadzwonicie lub się ze mną spotkacie (nieobowiązkowe)',
    tolkHint: 'Tłumacz tłumaczy rozmowę. Zostaw to puste, jeśli go nie potrzebujesz.',
    submit: 'Wyślij pytanie',
    noScript:
      'Jak zadać pytanie {steunpunt} bez formularza, znajdziesz w części {contact} na dole tej strony.',
  },
  uk: {
    browser: {
      sent: 'Ваше запитання надіслано',
      sentTitle: 'Ваше запитання надіслано – {steunpunt}',
      thanksName: 'Дякуємо за ваше запитання, {name}.',
      thanks: 'Дякуємо за ваше запитання.',
      referenceIs: 'Ваш номер звернення: {reference}',
      whatNext: 'Що буде далі?',
      byEmail: 'Працівник {steunpunt} надішле вам електронний лист.',
      byPhone: 'Працівник {steunpunt} зателефонує вам на номер, який ви вказали.',
      byWhatsapp: 'Працівник {steunpunt} надішле вам повідомлення у WhatsApp.',
      contactSoon: "Працівник {steunpunt} зв'яжеться з вами.",
      dueBy: 'Ви отримаєте відповідь не пізніше {date}.',
      mailCopy:
        'Ви також отримаєте підтвердження електронною поштою. Ми надішлемо його на {email}.',
      keepReference:
        "Збережіть свій номер звернення. Назвіть його, коли зв'язуватиметеся з нами щодо цього запитання.",
      backHome: 'Назад на головну сторінку {steunpunt}',
    },
    title: 'Поставте запитання',
    description: 'Поставте {steunpunt} запитання про підтримку вашої дитини в школі.',
    lead: "Працівник {steunpunt} прочитає ваше запитання. Потім ми з вами зв'яжемося.",
    nameNote:
      "Ім'я писати не обов'язково. Нам потрібна лише адреса електронної пошти або номер телефону, що підходить до обраного способу зв'язку.",
    roleLabel: 'Хто ставить запитання?',
    topicLabel: 'Про що ваше запитання?',
    topicPlaceholder: 'Виберіть тему',
    topicHint:
      'Йдеться про тему «{topic}»? Тоді подивіться в {chooser}, який шлях підходить. Або попросіть {complaint}.',
    chooserLink: 'довіднику вибору',
    complaintLink: 'допомогу зі скаргою або спором',
    questionLabel: 'Яке ваше запитання?',
    questionHint:
      'Опишіть якомога ясніше, що відбувається. Не потрібно писати імена дитини чи назву школи. Використайте щонайменше {min} і щонайбільше {max} символів.',
    schoolTypeLabel: 'До якої школи ходить дитина?',
    schoolTypeHint: 'Запитання про вас самих? Тоді виберіть свою школу.',
    gemeenteLabel: 'У якій громаді ви живете?',
    gemeentePlaceholder: 'Виберіть свою громаду',
    otherGemeente: 'Інша громада',
    confirmationNote: 'Ми також надішлемо вам підтвердження вашого запитання.',
    tolkLabel:
      "Я хочу перекладача (tolk), коли ви мені зателефонуєте або зустрінетеся зі мною (необов'язково)",
    tolkHint: 'Перекладач перекладає розмову. Залиште це порожнім, якщо він вам не потрібен.',
    submit: 'Надіслати запитання',
    noScript:
      'Як поставити запитання {steunpunt} без форми, написано в розділі {contact} внизу цієї сторінки.',
  },
};
