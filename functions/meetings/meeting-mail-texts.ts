/**
 * The words of the Oudercafé's mails in each language of the portal (issue #14): a mail
 * goes in the language the parent signed up in (the attendee item's `language`). The type
 * makes every text exist in every language. Placeholders in braces are filled from data
 * (`fill`): the meeting's title, when and where it is, the cancel link. What staff typed
 * (title, place, reason) stays Dutch, as typed. Translations are made by an AI assistant
 * and not checked by a person.
 */
import type { Locale } from '../core/locales.ts';

export interface MeetingMailTexts {
  /** {name}: the name the parent gave. */
  greetingName: string;
  greeting: string;
  regards: string;
  /** {when} */
  when: string;
  /** {where} */
  where: string;
  /** {url}: the meeting's online address. */
  online: string;
  personsOne: string;
  /** {persons} */
  personsMany: string;
  /** {url}: the personal cancel link. */
  cancelHintLink: string;
  cancelHintFirstMail: string;
  /** {title}, {position} */
  waitingAt: string;
  /** {title} */
  waiting: string;
  calendarAttached: string;
  /** {title} in every subject. */
  confirmedSubject: string;
  /** {titleSentence}: the title as the end of a sentence. */
  confirmedLead: string;
  waitingSubject: string;
  waitingMoveUp: string;
  /** {url}: the personal cancel link. */
  waitingCancel: string;
  promotedSubject: string;
  promotedLead: string;
  reminderSubject: string;
  reminderLead: string;
  changedSubject: string;
  /** {title} */
  changedLead: string;
  changedPlace: string;
  changedWaiting: string;
  cancelledSubject: string;
  /** {title} */
  cancelledLead: string;
  /** {when} */
  wasAt: string;
  /** {reason}: as staff typed it, in Dutch. */
  reason: string;
  nothingToDo: string;
  leftSubject: string;
  leftLead: string;
  leftCalendar: string;
  leftAgain: string;
}

export const meetingMailTexts: Record<Locale, MeetingMailTexts> = {
  nl: {
    greetingName: 'Hallo {name},',
    greeting: 'Hallo,',
    regards: 'Met vriendelijke groet,',
    when: 'Wanneer: {when}',
    where: 'Waar: {where}',
    online: 'Online. Je doet mee via deze link: {url}',
    personsOne: 'Je komt met 1 persoon.',
    personsMany: 'Je komt met {persons} personen.',
    cancelHintLink:
      'Kun je toch niet komen? Meld je dan af via deze link:\n{url}\nDan kan iemand anders jouw plek krijgen.',
    cancelHintFirstMail:
      'Kun je toch niet komen? Meld je dan af via de link in de eerste e-mail die je van ons kreeg. Dan kan iemand anders jouw plek krijgen.',
    waitingAt: 'De bijeenkomst {title} is vol. Je staat op de wachtlijst, op plek {position}.',
    waiting: 'De bijeenkomst {title} is vol. Je staat op de wachtlijst.',
    calendarAttached:
      'In de bijlage staat de bijeenkomst. Open de bijlage om hem in je agenda te zetten.',
    confirmedSubject: 'Je bent aangemeld: {title}',
    confirmedLead: 'Je bent aangemeld voor {titleSentence} Er is een plek voor je.',
    waitingSubject: 'Je staat op de wachtlijst: {title}',
    waitingMoveUp:
      'Komt er een plek vrij? Dan krijg je die plek vanzelf, en krijg je een e-mail van ons.',
    waitingCancel: 'Wil je niet meer op de wachtlijst staan? Meld je dan af via deze link:\n{url}',
    promotedSubject: 'Er is een plek voor je: {title}',
    promotedLead:
      'Goed nieuws: er is een plek vrijgekomen. Je bent nu aangemeld voor {titleSentence}',
    reminderSubject: 'Herinnering: {title}',
    reminderLead: 'Binnenkort is de bijeenkomst {titleSentence} Je bent aangemeld.',
    changedSubject: 'Gewijzigd: {title}',
    changedLead: 'De bijeenkomst {title} is gewijzigd. Dit zijn de nieuwe gegevens:',
    changedPlace:
      'Je plek blijft voor je. In de bijlage staat de bijeenkomst met de nieuwe gegevens voor je agenda.',
    changedWaiting: 'Je staat nog op de wachtlijst.',
    cancelledSubject: 'Gaat niet door: {title}',
    cancelledLead: 'Helaas gaat de bijeenkomst {title} niet door.',
    wasAt: 'Het ging om: {when}',
    reason: 'De reden: {reason}',
    nothingToDo: 'Je hoeft niets te doen. Onze excuses voor het ongemak.',
    leftSubject: 'Je bent afgemeld: {title}',
    leftLead: 'Je bent afgemeld voor {titleSentence} Jouw plek is nu vrij voor iemand anders.',
    leftCalendar:
      'In de bijlage staat de afmelding. Open de bijlage om de bijeenkomst uit je agenda te halen.',
    leftAgain: 'Wil je toch komen? Meld je dan opnieuw aan op onze website.',
  },
  en: {
    greetingName: 'Hello {name},',
    greeting: 'Hello,',
    regards: 'Kind regards,',
    when: 'When: {when}',
    where: 'Where: {where}',
    online: 'Online. You join with this link: {url}',
    personsOne: 'You are coming with 1 person.',
    personsMany: 'You are coming with {persons} people.',
    cancelHintLink:
      'Can you not come after all? Then cancel with this link:\n{url}\nThen someone else can have your place.',
    cancelHintFirstMail:
      'Can you not come after all? Then cancel with the link in the first email we sent you. Then someone else can have your place.',
    waitingAt: 'The meeting {title} is full. You are on the waiting list, at number {position}.',
    waiting: 'The meeting {title} is full. You are on the waiting list.',
    calendarAttached:
      'The meeting is in the attachment. Open it to put the meeting in your calendar.',
    confirmedSubject: 'You are signed up: {title}',
    confirmedLead: 'You are signed up for {titleSentence} There is a place for you.',
    waitingSubject: 'You are on the waiting list: {title}',
    waitingMoveUp:
      'Does a place come free? Then you get it automatically, and we send you an email.',
    waitingCancel:
      'Do you no longer want to be on the waiting list? Then cancel with this link:\n{url}',
    promotedSubject: 'There is a place for you: {title}',
    promotedLead: 'Good news: a place has come free. You are now signed up for {titleSentence}',
    reminderSubject: 'Reminder: {title}',
    reminderLead: 'The meeting {titleSentence} is soon. You are signed up.',
    changedSubject: 'Changed: {title}',
    changedLead: 'The meeting {title} has changed. These are the new details:',
    changedPlace:
      'You keep your place. The attachment has the meeting with the new details for your calendar.',
    changedWaiting: 'You are still on the waiting list.',
    cancelledSubject: 'Not taking place: {title}',
    cancelledLead: 'Sadly, the meeting {title} will not take place.',
    wasAt: 'It was planned for: {when}',
    reason: 'The reason (in Dutch): {reason}',
    nothingToDo: 'You do not need to do anything. We are sorry for the trouble.',
    leftSubject: 'You have cancelled: {title}',
    leftLead:
      'You have cancelled your place for {titleSentence} Your place is now free for someone else.',
    leftCalendar:
      'The cancellation is in the attachment. Open it to take the meeting out of your calendar.',
    leftAgain: 'Do you want to come after all? Then sign up again on our website.',
  },
  ar: {
    greetingName: 'مرحبًا {name}،',
    greeting: 'مرحبًا،',
    regards: 'مع أطيب التحيات،',
    when: 'متى: {when}',
    where: 'أين: {where}',
    online: 'عبر الإنترنت. تشارك من خلال هذا الرابط: {url}',
    personsOne: 'ستحضر مع شخص واحد.',
    personsMany: 'ستحضر مع {persons} أشخاص.',
    cancelHintLink:
      'لا تستطيع الحضور؟ ألغِ تسجيلك إذن من خلال هذا الرابط:\n{url}\nعندها يمكن لشخص آخر أن يأخذ مكانك.',
    cancelHintFirstMail:
      'لا تستطيع الحضور؟ ألغِ تسجيلك إذن من خلال الرابط في أول بريد إلكتروني أرسلناه إليك. عندها يمكن لشخص آخر أن يأخذ مكانك.',
    waitingAt: 'اللقاء {title} ممتلئ. أنت على قائمة الانتظار، في المكان رقم {position}.',
    waiting: 'اللقاء {title} ممتلئ. أنت على قائمة الانتظار.',
    calendarAttached: 'تجد اللقاء في المرفق. افتح المرفق لتضيف اللقاء إلى تقويمك.',
    confirmedSubject: 'تم تسجيلك: {title}',
    confirmedLead: 'تم تسجيلك في {titleSentence} لديك مكان.',
    waitingSubject: 'أنت على قائمة الانتظار: {title}',
    waitingMoveUp: 'إذا أصبح مكان شاغرًا، تحصل عليه تلقائيًا، ونرسل إليك بريدًا إلكترونيًا.',
    waitingCancel: 'لا تريد البقاء على قائمة الانتظار؟ ألغِ تسجيلك إذن من خلال هذا الرابط:\n{url}',
    promotedSubject: 'يوجد مكان لك: {title}',
    promotedLead: 'خبر سار: أصبح مكان شاغرًا. أنت الآن مسجّل في {titleSentence}',
    reminderSubject: 'تذكير: {title}',
    reminderLead: 'سيُعقد اللقاء قريبًا: {titleSentence} أنت مسجّل.',
    changedSubject: 'تغيير: {title}',
    changedLead: 'تغيّر اللقاء {title}. هذه هي البيانات الجديدة:',
    changedPlace: 'مكانك محفوظ لك. تجد في المرفق اللقاء بالبيانات الجديدة لتقويمك.',
    changedWaiting: 'ما زلت على قائمة الانتظار.',
    cancelledSubject: 'لن يُعقد: {title}',
    cancelledLead: 'للأسف لن يُعقد اللقاء {title}.',
    wasAt: 'كان موعده: {when}',
    reason: 'السبب (بالهولندية): {reason}',
    nothingToDo: 'لا تحتاج إلى فعل أي شيء. نعتذر عن الإزعاج.',
    leftSubject: 'تم إلغاء تسجيلك: {title}',
    leftLead: 'تم إلغاء تسجيلك في {titleSentence} مكانك الآن متاح لشخص آخر.',
    leftCalendar: 'تجد الإلغاء في المرفق. افتح المرفق لتحذف اللقاء من تقويمك.',
    leftAgain: 'تريد الحضور رغم ذلك؟ سجّل إذن من جديد على موقعنا.',
  },
  tr: {
    greetingName: 'Merhaba {name},',
    greeting: 'Merhaba,',
    regards: 'Saygılarımızla,',
    when: 'Ne zaman: {when}',
    where: 'Nerede: {where}',
    online: 'Çevrim içi. Bu bağlantı ile katılırsınız: {url}',
    personsOne: '1 kişi olarak geliyorsunuz.',
    personsMany: '{persons} kişi olarak geliyorsunuz.',
    cancelHintLink:
      'Gelemeyecek misiniz? O zaman bu bağlantı ile kaydınızı iptal edin:\n{url}\nBöylece yerinizi başka biri alabilir.',
    cancelHintFirstMail:
      'Gelemeyecek misiniz? O zaman size gönderdiğimiz ilk e-postadaki bağlantı ile kaydınızı iptal edin. Böylece yerinizi başka biri alabilir.',
    waitingAt: '{title} toplantısı dolu. Bekleme listesindesiniz, {position}. sıradasınız.',
    waiting: '{title} toplantısı dolu. Bekleme listesindesiniz.',
    calendarAttached: 'Toplantı ekte. Takviminize eklemek için eki açın.',
    confirmedSubject: 'Kaydınız yapıldı: {title}',
    confirmedLead: 'Şu toplantıya kaydınız yapıldı: {titleSentence} Sizin için bir yer var.',
    waitingSubject: 'Bekleme listesindesiniz: {title}',
    waitingMoveUp:
      'Bir yer boşalırsa, o yer otomatik olarak sizin olur ve size bir e-posta göndeririz.',
    waitingCancel:
      'Artık bekleme listesinde olmak istemiyor musunuz? O zaman bu bağlantı ile kaydınızı iptal edin:\n{url}',
    promotedSubject: 'Sizin için bir yer var: {title}',
    promotedLead: 'İyi haber: bir yer boşaldı. Artık şu toplantıya kayıtlısınız: {titleSentence}',
    reminderSubject: 'Hatırlatma: {title}',
    reminderLead: 'Toplantı yakında: {titleSentence} Kaydınız var.',
    changedSubject: 'Değişiklik: {title}',
    changedLead: '{title} toplantısı değişti. Yeni bilgiler şunlar:',
    changedPlace: 'Yeriniz sizde kalıyor. Ekte, takviminiz için yeni bilgileriyle toplantı var.',
    changedWaiting: 'Hâlâ bekleme listesindesiniz.',
    cancelledSubject: 'Yapılmayacak: {title}',
    cancelledLead: 'Maalesef {title} toplantısı yapılmayacak.',
    wasAt: 'Planlanan zaman: {when}',
    reason: 'Nedeni (Felemenkçe): {reason}',
    nothingToDo: 'Bir şey yapmanıza gerek yok. Verdiğimiz rahatsızlık için özür dileriz.',
    leftSubject: 'Kaydınız iptal edildi: {title}',
    leftLead:
      'Şu toplantı için kaydınız iptal edildi: {titleSentence} Yeriniz artık başka biri için boş.',
    leftCalendar: 'İptal ekte. Toplantıyı takviminizden çıkarmak için eki açın.',
    leftAgain: 'Yine de gelmek mi istiyorsunuz? O zaman web sitemizden yeniden kayıt olun.',
  },
  pl: {
    greetingName: 'Dzień dobry {name},',
    greeting: 'Dzień dobry,',
    regards: 'Z pozdrowieniami,',
    when: 'Kiedy: {when}',
    where: 'Gdzie: {where}',
    online: 'Online. Dołączasz przez ten link: {url}',
    personsOne: 'Przychodzisz jako 1 osoba.',
    personsMany: 'Liczba osób: {persons}.',
    cancelHintLink:
      'Nie możesz jednak przyjść? Wypisz się przez ten link:\n{url}\nWtedy ktoś inny może dostać Twoje miejsce.',
    cancelHintFirstMail:
      'Nie możesz jednak przyjść? Wypisz się przez link w pierwszym e-mailu, który od nas dostałeś/dostałaś. Wtedy ktoś inny może dostać Twoje miejsce.',
    waitingAt:
      'Spotkanie {title} jest pełne. Jesteś na liście oczekujących, na miejscu {position}.',
    waiting: 'Spotkanie {title} jest pełne. Jesteś na liście oczekujących.',
    calendarAttached: 'Spotkanie jest w załączniku. Otwórz załącznik, aby dodać je do kalendarza.',
    confirmedSubject: 'Jesteś zapisany/zapisana: {title}',
    confirmedLead: 'Jesteś zapisany/zapisana na: {titleSentence} Masz miejsce.',
    waitingSubject: 'Jesteś na liście oczekujących: {title}',
    waitingMoveUp: 'Czy zwolni się miejsce? Wtedy dostaniesz je automatycznie i wyślemy Ci e-mail.',
    waitingCancel: 'Nie chcesz już być na liście oczekujących? Wypisz się przez ten link:\n{url}',
    promotedSubject: 'Jest dla Ciebie miejsce: {title}',
    promotedLead:
      'Dobra wiadomość: zwolniło się miejsce. Teraz jesteś zapisany/zapisana na: {titleSentence}',
    reminderSubject: 'Przypomnienie: {title}',
    reminderLead: 'Wkrótce odbędzie się spotkanie: {titleSentence} Jesteś zapisany/zapisana.',
    changedSubject: 'Zmiana: {title}',
    changedLead: 'Spotkanie {title} zostało zmienione. Oto nowe informacje:',
    changedPlace:
      'Twoje miejsce zostaje dla Ciebie. W załączniku jest spotkanie z nowymi informacjami do kalendarza.',
    changedWaiting: 'Nadal jesteś na liście oczekujących.',
    cancelledSubject: 'Nie odbędzie się: {title}',
    cancelledLead: 'Niestety spotkanie {title} się nie odbędzie.',
    wasAt: 'Planowany termin: {when}',
    reason: 'Powód (po niderlandzku): {reason}',
    nothingToDo: 'Nie musisz nic robić. Przepraszamy za kłopot.',
    leftSubject: 'Wypisałeś/wypisałaś się: {title}',
    leftLead:
      'Wypisałeś/wypisałaś się ze spotkania: {titleSentence} Twoje miejsce jest teraz wolne dla kogoś innego.',
    leftCalendar:
      'Wypisanie jest w załączniku. Otwórz załącznik, aby usunąć spotkanie z kalendarza.',
    leftAgain: 'Chcesz jednak przyjść? Zapisz się ponownie na naszej stronie internetowej.',
  },
  uk: {
    greetingName: 'Вітаємо, {name}!',
    greeting: 'Вітаємо!',
    regards: 'З повагою,',
    when: 'Коли: {when}',
    where: 'Де: {where}',
    online: 'Онлайн. Ви приєднуєтеся за цим посиланням: {url}',
    personsOne: 'Ви прийдете як 1 особа.',
    personsMany: 'Кількість осіб: {persons}.',
    cancelHintLink:
      'Не можете прийти? Тоді скасуйте реєстрацію за цим посиланням:\n{url}\nТоді ваше місце зможе отримати хтось інший.',
    cancelHintFirstMail:
      'Не можете прийти? Тоді скасуйте реєстрацію за посиланням у першому листі, який ми вам надіслали. Тоді ваше місце зможе отримати хтось інший.',
    waitingAt: 'Зустріч {title} заповнена. Ви в списку очікування, на місці {position}.',
    waiting: 'Зустріч {title} заповнена. Ви в списку очікування.',
    calendarAttached: 'Зустріч у вкладенні. Відкрийте вкладення, щоб додати зустріч до календаря.',
    confirmedSubject: 'Вас зареєстровано: {title}',
    confirmedLead: 'Вас зареєстровано на зустріч: {titleSentence} Для вас є місце.',
    waitingSubject: 'Ви в списку очікування: {title}',
    waitingMoveUp:
      'Якщо звільниться місце, ви отримаєте його автоматично, і ми надішлемо вам лист.',
    waitingCancel:
      'Більше не хочете бути в списку очікування? Тоді скасуйте реєстрацію за цим посиланням:\n{url}',
    promotedSubject: 'Для вас є місце: {title}',
    promotedLead:
      'Гарна новина: звільнилося місце. Тепер вас зареєстровано на зустріч: {titleSentence}',
    reminderSubject: 'Нагадування: {title}',
    reminderLead: 'Незабаром зустріч: {titleSentence} Вас зареєстровано.',
    changedSubject: 'Зміни: {title}',
    changedLead: 'Зустріч {title} змінено. Ось нові дані:',
    changedPlace:
      'Ваше місце залишається за вами. У вкладенні зустріч з новими даними для вашого календаря.',
    changedWaiting: 'Ви все ще в списку очікування.',
    cancelledSubject: 'Не відбудеться: {title}',
    cancelledLead: 'На жаль, зустріч {title} не відбудеться.',
    wasAt: 'Її було заплановано на: {when}',
    reason: 'Причина (нідерландською): {reason}',
    nothingToDo: 'Вам не потрібно нічого робити. Просимо вибачення за незручності.',
    leftSubject: 'Реєстрацію скасовано: {title}',
    leftLead:
      'Вашу реєстрацію на зустріч скасовано: {titleSentence} Ваше місце тепер вільне для когось іншого.',
    leftCalendar: 'Скасування у вкладенні. Відкрийте вкладення, щоб видалити зустріч із календаря.',
    leftAgain: 'Усе ж хочете прийти? Тоді зареєструйтеся знову на нашому сайті.',
  },
};
