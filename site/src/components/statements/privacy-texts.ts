/**
 * The privacy statement's texts per language (issue #14), typed so that every text exists
 * in every language. Facts come from data on the page: `{steunpunt}` (its name in a
 * sentence), `{swv}` (the SWV's name, Dutch), `{retention}` (how long personal data stays
 * after a question is closed, from the steunpunt settings' default), `{form}` (the link to
 * the question form), `{ap}` (the Dutch regulator's name, a link). Dutch terms a translation
 * keeps are marked `[[…]]` (functions/core/catalog-text.ts).
 */
import type { Locale } from '../../../../functions/core/locales.ts';

export interface Right {
  name: string;
  text: string;
}

export interface PrivacyTexts {
  /** Who checked a translation against the Dutch, and when; neither while nobody did. */
  checkedBy?: string;
  checkedOn?: string;
  title: string;
  description: string;
  lead: string;
  whatHeading: string;
  whatIntro: string;
  what: readonly string[];
  /** The form's language and the tolk wish: stored with the question, deleted with it. */
  languageAndTolk: string;
  whatAfter: string;
  sensitiveHeading: string;
  sensitive: readonly string[];
  whoHeading: string;
  whoStaff: string;
  whoSwv: string;
  retentionHeading: string;
  retention: string;
  /** `{months}` months, by the language's plural rules. */
  months: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  rightsHeading: string;
  rightsIntro: string;
  rights: readonly Right[];
  howHeading: string;
  howContact: string;
  howForm: string;
  formLink: string;
  identity: string;
  unhappyHeading: string;
  unhappy: string;
}

export const privacyTexts: Record<Locale, PrivacyTexts> = {
  nl: {
    title: 'Privacyverklaring',
    description: 'Wat {steunpunt} doet met je gegevens als je een vraag stelt.',
    lead: 'Stel je een vraag aan {steunpunt}? Dan krijgen wij een paar gegevens van je. Hier lees je welke gegevens dat zijn, wat we ermee doen en wat je rechten zijn.',
    whatHeading: 'Welke gegevens vragen we en waarom?',
    whatIntro: 'We vragen alleen wat we nodig hebben om je te helpen. Dat is:',
    what: [
      'wie de vraag stelt (ouder, jongere of professional), waar de vraag over gaat, op wat voor school het kind zit en in welke gemeente je woont. Zo weten we wie je het beste kan helpen;',
      'je vraag zelf;',
      'je e-mailadres of telefoonnummer, en hoe je wilt dat we contact opnemen. Dat hebben we nodig om je antwoord te geven;',
      'je naam, maar alleen als je die zelf invult.',
    ],
    languageAndTolk:
      'We bewaren ook in welke taal je het formulier invulde, en of je graag een tolk wilt. Zo kunnen we je beter helpen. Dat bewaren we bij je vraag, en we halen het samen met je vraag weg.',
    whatAfter:
      'Geef je een e-mailadres? Dan sturen we je ook een bevestiging van je vraag. We gebruiken je gegevens alleen om je vraag te beantwoorden, en nooit voor reclame. Deze website gebruikt geen cookies om je te volgen.',
    sensitiveHeading: 'Je vraag kan gevoelig zijn',
    sensitive: [
      'In een vraag over school staat soms iets over de gezondheid, het gedrag of een beperking van een kind. Zulke gegevens zijn extra gevoelig. De wet noemt dit bijzondere persoonsgegevens. We gaan er daarom extra voorzichtig mee om.',
      'Schrijf alleen op wat nodig is voor je vraag. Je hoeft de naam van het kind of van de school niet op te schrijven.',
    ],
    whoHeading: 'Wie ziet je gegevens?',
    whoStaff: 'Alleen de medewerkers van {steunpunt} lezen je vraag en je contactgegevens.',
    whoSwv:
      '{swv} ziet nooit wie een vraag stelde. Het samenwerkingsverband krijgt alleen tellingen zonder namen. Bijvoorbeeld: hoeveel vragen er over thuiszitten gingen. Zo kan het de hulp op school beter maken.',
    retentionHeading: 'Hoe lang bewaren we je gegevens?',
    retention:
      'Als je vraag klaar is, sluiten we hem af. {retention} daarna halen we je persoonsgegevens weg. De tellingen zonder namen blijven bestaan. Daarin staat niets waaraan iemand jou of het kind kan herkennen.',
    months: { one: '{months} maand', other: '{months} maanden' },
    rightsHeading: 'Jouw rechten',
    rightsIntro: 'Het gaat om jouw gegevens. Daarom mag je:',
    rights: [
      { name: 'je gegevens inzien:', text: 'je vraagt welke gegevens we van je hebben;' },
      { name: 'je gegevens laten verbeteren:', text: 'klopt er iets niet? Dan passen we het aan;' },
      { name: 'je gegevens laten verwijderen:', text: 'we halen je gegevens dan eerder weg.' },
    ],
    howHeading: 'Zo gebruik je je rechten',
    howContact:
      'Neem contact op met {steunpunt}. Zeg welk recht je wilt gebruiken. Heb je een referentienummer van je vraag? Noem dat dan ook.',
    howForm:
      'Stuur een bericht via het {form}. Kies bij het onderwerp "Iets anders". Zeg welk recht je wilt gebruiken. Heb je een referentienummer van je vraag? Noem dat dan ook.',
    formLink: 'formulier',
    identity:
      'We kunnen je vragen wie je bent. Zo weten we zeker dat we de gegevens aan de juiste persoon geven.',
    unhappyHeading: 'Niet tevreden?',
    unhappy:
      'Ben je het niet eens met hoe we met je gegevens omgaan? Zeg het dan eerst tegen ons. Dan zoeken we samen een oplossing. Je mag ook een klacht indienen bij de {ap}. Dat is de toezichthouder voor privacy in Nederland.',
  },
  en: {
    title: 'Privacy statement',
    description: 'What {steunpunt} does with your data when you ask a question.',
    lead: 'Do you ask {steunpunt} a question? Then we get some data from you. Here you can read which data that is, what we do with it and what your rights are.',
    whatHeading: 'Which data do we ask for, and why?',
    whatIntro: 'We only ask for what we need to help you. That is:',
    what: [
      'who asks the question (parent, young person or professional), what the question is about, what kind of school the child goes to and in which municipality you live. This way we know who can help you best;',
      'your question itself;',
      'your email address or phone number, and how you want us to contact you. We need this to give you an answer;',
      'your name, but only if you fill it in yourself.',
    ],
    languageAndTolk:
      'We also store in which language you filled in the form, and whether you would like an interpreter ([[tolk]]). This helps us to help you better. We store this with your question, and we delete it together with your question.',
    whatAfter:
      'Do you give an email address? Then we also send you a confirmation of your question. We only use your data to answer your question, and never for advertising. This website does not use cookies to follow you.',
    sensitiveHeading: 'Your question can be sensitive',
    sensitive: [
      'A question about school sometimes says something about the health, the behaviour or a disability of a child. Such data is extra sensitive. The law calls this special categories of personal data. That is why we handle it with extra care.',
      'Only write what is needed for your question. You do not have to write the name of the child or of the school.',
    ],
    whoHeading: 'Who sees your data?',
    whoStaff: 'Only the staff of {steunpunt} read your question and your contact details.',
    whoSwv:
      '{swv} never sees who asked a question. The school partnership only gets counts without names. For example: how many questions were about children who stay at home. This helps it to improve the help at school.',
    retentionHeading: 'How long do we keep your data?',
    retention:
      'When your question is finished, we close it. {retention} later we delete your personal data. The counts without names stay. They contain nothing by which someone can recognise you or the child.',
    months: { one: '{months} month', other: '{months} months' },
    rightsHeading: 'Your rights',
    rightsIntro: 'It is about your data. That is why you may:',
    rights: [
      { name: 'see your data:', text: 'you ask which data we have about you;' },
      { name: 'have your data corrected:', text: 'is something wrong? Then we change it;' },
      { name: 'have your data deleted:', text: 'we then delete your data earlier.' },
    ],
    howHeading: 'How to use your rights',
    howContact:
      'Contact {steunpunt}. Say which right you want to use. Do you have a reference number of your question? Then mention it too.',
    howForm:
      'Send a message with the {form}. Choose the topic for other questions. Say which right you want to use. Do you have a reference number of your question? Then mention it too.',
    formLink: 'question form',
    identity:
      'We may ask you who you are. This way we know for sure that we give the data to the right person.',
    unhappyHeading: 'Not satisfied?',
    unhappy:
      'Do you disagree with how we handle your data? Then tell us first. We will look for a solution together. You may also make a complaint to the {ap}. That is the Dutch data protection authority.',
  },
  ar: {
    title: 'بيان الخصوصية',
    description: 'ماذا تفعل {steunpunt} ببياناتك عندما تطرح سؤالًا.',
    lead: 'هل تطرح سؤالًا على {steunpunt}؟ عندها نحصل على بعض البيانات منك. هنا تقرأ ما هي هذه البيانات، وماذا نفعل بها، وما هي حقوقك.',
    whatHeading: 'ما البيانات التي نطلبها ولماذا؟',
    whatIntro: 'نطلب فقط ما نحتاجه لمساعدتك. وهو:',
    what: [
      'من يطرح السؤال (والد أو والدة، أو شاب، أو مهني)، وموضوع السؤال، ونوع مدرسة الطفل، والبلدية التي تسكن فيها. هكذا نعرف من يستطيع مساعدتك بشكل أفضل؛',
      'سؤالك نفسه؛',
      'بريدك الإلكتروني أو رقم هاتفك، والطريقة التي تريد أن نتواصل بها معك. نحتاج ذلك لنعطيك جوابًا؛',
      'اسمك، لكن فقط إذا كتبته بنفسك.',
    ],
    languageAndTolk:
      'نحفظ أيضًا اللغة التي ملأت بها النموذج، وهل تريد مترجمًا شفهيًا ([[tolk]]). هذا يساعدنا على مساعدتك بشكل أفضل. نحفظ ذلك مع سؤالك، ونحذفه مع سؤالك.',
    whatAfter:
      'هل تعطينا بريدًا إلكترونيًا؟ عندها نرسل لك أيضًا تأكيدًا لسؤالك. نستخدم بياناتك فقط للإجابة عن سؤالك، ولا نستخدمها أبدًا للإعلانات. هذا الموقع لا يستخدم ملفات تعريف الارتباط (cookies) لتتبعك.',
    sensitiveHeading: 'قد يكون سؤالك حساسًا',
    sensitive: [
      'السؤال عن المدرسة يذكر أحيانًا شيئًا عن صحة الطفل أو سلوكه أو إعاقته. هذه البيانات حساسة جدًا. يسميها القانون بيانات شخصية خاصة. لذلك نتعامل معها بحذر أكبر.',
      'اكتب فقط ما هو ضروري لسؤالك. لا يلزمك أن تكتب اسم الطفل أو اسم المدرسة.',
    ],
    whoHeading: 'من يرى بياناتك؟',
    whoStaff: 'موظفو {steunpunt} فقط يقرؤون سؤالك وبيانات الاتصال بك.',
    whoSwv:
      '{swv} لا ترى أبدًا من طرح السؤال. تحصل شراكة المدارس فقط على أعداد من دون أسماء. مثلًا: كم سؤالًا كان عن أطفال يبقون في البيت. هكذا يمكنها تحسين المساعدة في المدرسة.',
    retentionHeading: 'كم من الوقت نحفظ بياناتك؟',
    retention:
      'عندما ينتهي سؤالك، نغلقه. بعد {retention} نحذف بياناتك الشخصية. تبقى الأعداد من دون أسماء. ليس فيها شيء يمكن أن يعرفك به أحد أو يعرف به الطفل.',
    months: {
      one: 'شهر واحد',
      two: 'شهرين',
      few: '{months} أشهر',
      many: '{months} شهرًا',
      other: '{months} شهر',
    },
    rightsHeading: 'حقوقك',
    rightsIntro: 'الأمر يتعلق ببياناتك. لذلك يحق لك:',
    rights: [
      { name: 'الاطلاع على بياناتك:', text: 'تسأل ما البيانات التي لدينا عنك؛' },
      { name: 'تصحيح بياناتك:', text: 'هل هناك شيء غير صحيح؟ عندها نعدّله؛' },
      { name: 'حذف بياناتك:', text: 'عندها نحذف بياناتك في وقت أبكر.' },
    ],
    howHeading: 'هكذا تستخدم حقوقك',
    howContact:
      'تواصل مع {steunpunt}. قل أي حق تريد أن تستخدم. هل لديك رقم مرجعي لسؤالك؟ اذكره أيضًا.',
    howForm:
      'أرسل رسالة عبر {form}. اختر الموضوع الخاص بالأسئلة الأخرى. قل أي حق تريد أن تستخدم. هل لديك رقم مرجعي لسؤالك؟ اذكره أيضًا.',
    formLink: 'نموذج الأسئلة',
    identity: 'قد نسألك من أنت. هكذا نتأكد أننا نعطي البيانات للشخص الصحيح.',
    unhappyHeading: 'لست راضيًا؟',
    unhappy:
      'هل لست موافقًا على طريقة تعاملنا مع بياناتك؟ قل ذلك لنا أولًا. نبحث معًا عن حل. يمكنك أيضًا تقديم شكوى إلى {ap}. هذه هي الجهة الهولندية المسؤولة عن حماية البيانات.',
  },
  tr: {
    title: 'Gizlilik beyanı',
    description: 'Bir soru sorduğunuzda {steunpunt} verilerinizle ne yapar.',
    lead: '{steunpunt} kurumuna bir soru mu soruyorsunuz? O zaman sizden bazı veriler alırız. Burada bu verilerin neler olduğunu, onlarla ne yaptığımızı ve haklarınızın neler olduğunu okuyabilirsiniz.',
    whatHeading: 'Hangi verileri istiyoruz ve neden?',
    whatIntro: 'Size yardım etmek için yalnızca gerekenleri istiyoruz. Bunlar:',
    what: [
      'soruyu kimin sorduğu (ebeveyn, genç veya uzman), sorunun konusu, çocuğun ne tür bir okula gittiği ve hangi belediyede oturduğunuz. Böylece size en iyi kimin yardım edebileceğini biliriz;',
      'sorunuzun kendisi;',
      'e-posta adresiniz veya telefon numaranız ve sizinle nasıl iletişime geçmemizi istediğiniz. Size cevap vermek için buna ihtiyacımız var;',
      'adınız, ama yalnızca kendiniz yazarsanız.',
    ],
    languageAndTolk:
      'Formu hangi dilde doldurduğunuzu ve bir tercüman ([[tolk]]) isteyip istemediğinizi de saklarız. Bu, size daha iyi yardım etmemizi sağlar. Bunu sorunuzla birlikte saklarız ve sorunuzla birlikte sileriz.',
    whatAfter:
      'Bir e-posta adresi mi veriyorsunuz? O zaman size sorunuzun onayını da göndeririz. Verilerinizi yalnızca sorunuzu cevaplamak için kullanırız, asla reklam için kullanmayız. Bu web sitesi sizi izlemek için çerez kullanmaz.',
    sensitiveHeading: 'Sorunuz hassas olabilir',
    sensitive: [
      'Okulla ilgili bir soruda bazen çocuğun sağlığı, davranışı veya engeli hakkında bir şey yazar. Bu tür veriler çok hassastır. Yasa bunlara özel nitelikli kişisel veriler der. Bu yüzden onlara ekstra dikkat ederiz.',
      'Yalnızca sorunuz için gerekli olanı yazın. Çocuğun veya okulun adını yazmanız gerekmez.',
    ],
    whoHeading: 'Verilerinizi kim görür?',
    whoStaff: 'Sorunuzu ve iletişim bilgilerinizi yalnızca {steunpunt} çalışanları okur.',
    whoSwv:
      '{swv} soruyu kimin sorduğunu asla görmez. Okul ortaklığı yalnızca isimsiz sayılar alır. Örneğin: kaç sorunun evde oturan çocuklarla ilgili olduğu. Böylece okuldaki yardımı iyileştirebilir.',
    retentionHeading: 'Verilerinizi ne kadar süre saklarız?',
    retention:
      'Sorunuz bittiğinde onu kapatırız. {retention} sonra kişisel verilerinizi sileriz. İsimsiz sayılar kalır. Onlarda sizi veya çocuğu tanıtacak hiçbir şey yoktur.',
    months: { other: '{months} ay' },
    rightsHeading: 'Haklarınız',
    rightsIntro: 'Bunlar sizin verileriniz. Bu yüzden şunları yapabilirsiniz:',
    rights: [
      {
        name: 'verilerinizi görmek:',
        text: 'sizinle ilgili hangi verilere sahip olduğumuzu sorarsınız;',
      },
      {
        name: 'verilerinizi düzelttirmek:',
        text: 'yanlış bir şey mi var? O zaman onu düzeltiriz;',
      },
      { name: 'verilerinizi sildirmek:', text: 'o zaman verilerinizi daha erken sileriz.' },
    ],
    howHeading: 'Haklarınızı böyle kullanırsınız',
    howContact:
      '{steunpunt} ile iletişime geçin. Hangi hakkı kullanmak istediğinizi söyleyin. Sorunuzun bir referans numarası var mı? Onu da belirtin.',
    howForm:
      '{form} üzerinden bir mesaj gönderin. Diğer sorular için olan konuyu seçin. Hangi hakkı kullanmak istediğinizi söyleyin. Sorunuzun bir referans numarası var mı? Onu da belirtin.',
    formLink: 'soru formu',
    identity:
      'Size kim olduğunuzu sorabiliriz. Böylece verileri doğru kişiye verdiğimizden emin oluruz.',
    unhappyHeading: 'Memnun değil misiniz?',
    unhappy:
      'Verilerinizi nasıl kullandığımıza katılmıyor musunuz? Önce bunu bize söyleyin. Birlikte bir çözüm ararız. {ap} kurumuna da şikâyette bulunabilirsiniz. Bu, Hollanda’nın veri koruma kurumudur.',
  },
  pl: {
    title: 'Oświadczenie o prywatności',
    description: 'Co {steunpunt} robi z twoimi danymi, gdy zadajesz pytanie.',
    lead: 'Zadajesz pytanie {steunpunt}? Wtedy dostajemy od ciebie kilka danych. Tutaj przeczytasz, jakie to dane, co z nimi robimy i jakie masz prawa.',
    whatHeading: 'O jakie dane prosimy i dlaczego?',
    whatIntro: 'Prosimy tylko o to, czego potrzebujemy, żeby ci pomóc. To jest:',
    what: [
      'kto zadaje pytanie (rodzic, młoda osoba lub specjalista), czego dotyczy pytanie, do jakiej szkoły chodzi dziecko i w jakiej gminie mieszkasz. Dzięki temu wiemy, kto najlepiej ci pomoże;',
      'samo twoje pytanie;',
      'twój adres e-mail lub numer telefonu oraz to, jak chcesz, żebyśmy się z tobą skontaktowali. Potrzebujemy tego, żeby ci odpowiedzieć;',
      'twoje imię i nazwisko, ale tylko jeśli sam je wpiszesz.',
    ],
    languageAndTolk:
      'Zapisujemy też, w jakim języku wypełniłeś formularz i czy chcesz tłumacza ([[tolk]]). Dzięki temu możemy lepiej ci pomóc. Przechowujemy to razem z twoim pytaniem i usuwamy to razem z pytaniem.',
    whatAfter:
      'Podajesz adres e-mail? Wtedy wysyłamy ci też potwierdzenie pytania. Używamy twoich danych tylko po to, żeby odpowiedzieć na pytanie, i nigdy do reklamy. Ta strona nie używa plików cookie, żeby cię śledzić.',
    sensitiveHeading: 'Twoje pytanie może być wrażliwe',
    sensitive: [
      'W pytaniu o szkołę czasem jest coś o zdrowiu, zachowaniu lub niepełnosprawności dziecka. Takie dane są szczególnie wrażliwe. Prawo nazywa je szczególnymi kategoriami danych osobowych. Dlatego obchodzimy się z nimi szczególnie ostrożnie.',
      'Napisz tylko to, co jest potrzebne do pytania. Nie musisz pisać imienia dziecka ani nazwy szkoły.',
    ],
    whoHeading: 'Kto widzi twoje dane?',
    whoStaff: 'Tylko pracownicy {steunpunt} czytają twoje pytanie i twoje dane kontaktowe.',
    whoSwv:
      '{swv} nigdy nie widzi, kto zadał pytanie. Związek szkół dostaje tylko liczby bez nazwisk. Na przykład: ile pytań dotyczyło dzieci, które siedzą w domu. Dzięki temu może poprawić pomoc w szkole.',
    retentionHeading: 'Jak długo przechowujemy twoje dane?',
    retention:
      'Gdy twoje pytanie jest zakończone, zamykamy je. {retention} później usuwamy twoje dane osobowe. Liczby bez nazwisk zostają. Nie ma w nich niczego, po czym ktoś mógłby rozpoznać ciebie lub dziecko.',
    months: {
      one: '{months} miesiąc',
      few: '{months} miesiące',
      many: '{months} miesięcy',
      other: '{months} miesiąca',
    },
    rightsHeading: 'Twoje prawa',
    rightsIntro: 'Chodzi o twoje dane. Dlatego możesz:',
    rights: [
      { name: 'zobaczyć swoje dane:', text: 'pytasz, jakie dane o tobie mamy;' },
      { name: 'poprawić swoje dane:', text: 'coś się nie zgadza? Wtedy to zmieniamy;' },
      { name: 'usunąć swoje dane:', text: 'wtedy usuwamy twoje dane wcześniej.' },
    ],
    howHeading: 'Jak korzystać ze swoich praw',
    howContact:
      'Skontaktuj się z {steunpunt}. Powiedz, z którego prawa chcesz skorzystać. Masz numer referencyjny pytania? Podaj go też.',
    howForm:
      'Wyślij wiadomość przez {form}. Wybierz temat dla innych pytań. Powiedz, z którego prawa chcesz skorzystać. Masz numer referencyjny pytania? Podaj go też.',
    formLink: 'formularz pytań',
    identity:
      'Możemy zapytać, kim jesteś. Dzięki temu wiemy na pewno, że dajemy dane właściwej osobie.',
    unhappyHeading: 'Nie jesteś zadowolony?',
    unhappy:
      'Nie zgadzasz się z tym, jak obchodzimy się z twoimi danymi? Powiedz nam to najpierw. Razem poszukamy rozwiązania. Możesz też złożyć skargę do {ap}. To holenderski urząd ochrony danych.',
  },
  uk: {
    title: 'Заява про конфіденційність',
    description: 'Що {steunpunt} робить з вашими даними, коли ви ставите запитання.',
    lead: 'Ви ставите запитання {steunpunt}? Тоді ми отримуємо від вас деякі дані. Тут ви прочитаєте, які це дані, що ми з ними робимо і які у вас права.',
    whatHeading: 'Які дані ми просимо і навіщо?',
    whatIntro: 'Ми просимо лише те, що потрібно, щоб вам допомогти. Це:',
    what: [
      'хто ставить запитання (батьки, молода людина чи фахівець), про що запитання, до якої школи ходить дитина і в якій громаді ви живете. Так ми знаємо, хто найкраще вам допоможе;',
      'саме ваше запитання;',
      'ваша електронна адреса або номер телефону, і як ви хочете, щоб ми з вами зв’язалися. Це потрібно, щоб дати вам відповідь;',
      'ваше ім’я, але лише якщо ви самі його впишете.',
    ],
    languageAndTolk:
      'Ми також зберігаємо, якою мовою ви заповнили форму і чи хочете ви перекладача ([[tolk]]). Так ми можемо краще вам допомогти. Ми зберігаємо це разом із вашим запитанням і видаляємо разом із ним.',
    whatAfter:
      'Ви вказуєте електронну адресу? Тоді ми також надсилаємо вам підтвердження запитання. Ми використовуємо ваші дані лише для відповіді на запитання і ніколи для реклами. Цей сайт не використовує файли cookie, щоб стежити за вами.',
    sensitiveHeading: 'Ваше запитання може бути чутливим',
    sensitive: [
      'У запитанні про школу іноді є щось про здоров’я, поведінку або інвалідність дитини. Такі дані особливо чутливі. Закон називає їх особливими категоріями персональних даних. Тому ми поводимося з ними особливо обережно.',
      'Пишіть лише те, що потрібно для запитання. Вам не треба писати ім’я дитини чи назву школи.',
    ],
    whoHeading: 'Хто бачить ваші дані?',
    whoStaff: 'Лише працівники {steunpunt} читають ваше запитання і ваші контакти.',
    whoSwv:
      '{swv} ніколи не бачить, хто поставив запитання. Об’єднання шкіл отримує лише підрахунки без імен. Наприклад: скільки запитань стосувалися дітей, які сидять удома. Так воно може покращити допомогу в школі.',
    retentionHeading: 'Як довго ми зберігаємо ваші дані?',
    retention:
      'Коли ваше запитання вирішене, ми його закриваємо. Через {retention} ми видаляємо ваші персональні дані. Підрахунки без імен залишаються. У них немає нічого, за чим хтось міг би впізнати вас чи дитину.',
    months: {
      one: '{months} місяць',
      few: '{months} місяці',
      many: '{months} місяців',
      other: '{months} місяця',
    },
    rightsHeading: 'Ваші права',
    rightsIntro: 'Йдеться про ваші дані. Тому ви можете:',
    rights: [
      { name: 'переглянути свої дані:', text: 'ви запитуєте, які дані про вас у нас є;' },
      { name: 'виправити свої дані:', text: 'щось неправильно? Тоді ми це змінимо;' },
      { name: 'видалити свої дані:', text: 'тоді ми видалимо ваші дані раніше.' },
    ],
    howHeading: 'Як скористатися своїми правами',
    howContact:
      'Зв’яжіться з {steunpunt}. Скажіть, яким правом ви хочете скористатися. У вас є номер запитання? Назвіть його теж.',
    howForm:
      'Надішліть повідомлення через {form}. Оберіть тему для інших запитань. Скажіть, яким правом ви хочете скористатися. У вас є номер запитання? Назвіть його теж.',
    formLink: 'форму запитань',
    identity: 'Ми можемо запитати, хто ви. Так ми точно знаємо, що даємо дані правильній людині.',
    unhappyHeading: 'Ви незадоволені?',
    unhappy:
      'Ви не згодні з тим, як ми поводимося з вашими даними? Спочатку скажіть про це нам. Ми разом шукатимемо рішення. Ви також можете подати скаргу до {ap}. Це нідерландський орган захисту даних.',
  },
};
