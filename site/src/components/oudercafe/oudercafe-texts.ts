/**
 * What the Oudercafé's pages say (the agenda, sign-up and cancel pages, and the meeting
 * list on an SWV's home), in each language of the portal (issue #14). The type makes every
 * text exist in every language: no key shown, no silent Dutch fallback. `browser` holds the
 * parts the pages' scripts need: a page carries only its own language's part, as JSON in a
 * data attribute, so no page ships all six. Placeholders in braces are filled from data;
 * what staff typed (titles, descriptions, places) and the steunpunt's own name stay Dutch,
 * marked `lang="nl"` on a page in another language. Translations are made by an AI
 * assistant and not checked by a person (`oudercafeChecked`).
 */
import type { Locale } from '../../../../functions/core/locales.ts';

/** How a meeting's places read (meeting-text.ts). */
export interface PlacesTexts {
  onePlace: string;
  /** {count} */
  places: string;
  full: string;
  waitingFull: string;
  noWaitingList: string;
  closed: string;
  cancelled: string;
}

/** No place and no waiting list left: how to reach the steunpunt instead. */
export interface FullListTexts {
  /** {steunpunt} */
  intro: string;
  before: string;
  link: string;
  after: string;
}

/** The facts of a meeting, on a card and in a summary. */
export interface SummaryTexts {
  when: string;
  where: string;
  forWhom: string;
  places: string;
  online: string;
  audiences: { ouders: string; jongeren: string; iedereen: string };
}

/** The agenda list's script (agenda-list.ts). */
export interface ListTexts {
  loading: string;
  failed: string;
  empty: string;
  signUp: string;
  signUpWaiting: string;
}

/** The sign-up page's script (sign-up-form.ts). */
export interface SignUpScriptTexts {
  sendFailed: string;
  failedHeading: string;
  failedText: string;
  allMeetings: string;
  otherMeetings: string;
  cancelledHeading: string;
  closedHeading: string;
  fullHeading: string;
  cancelledText: string;
  closedText: string;
  waitingHeading: string;
  confirmedHeading: string;
  /** {position} */
  waitingNumber: string;
  /** {title}: the meeting's (Dutch) title, {day}: its day. */
  forMeeting: string;
  nextHeading: string;
  /** {email} */
  mailSent: string;
  waitingNext: string;
  confirmedNext: string;
  cancelLater: string;
  backToAgenda: string;
  waitingFormLabel: string;
  waitingSubmit: string;
  busy: string;
  keyReused: string;
}

/** The cancel page's script (cancel-page.ts). */
export interface CancelScriptTexts {
  failed: string;
  personOne: string;
  /** {count} */
  personMany: string;
  backLink: string;
  loadFailed: string;
  linkWrong: string;
  failedHeading: string;
  wrongHeading: string;
  doneHeading: string;
  /** {titleSentence}: the meeting's title ending a sentence. */
  done: string;
  alreadyLeft: string;
  /** {persons}: "2 personen" */
  onWaitingList: string;
  signedUp: string;
  cancelledNote: string;
  startedNote: string;
  heading: string;
  button: string;
  prompt: string;
  busy: string;
  problem: string;
}

export interface OudercafeTexts {
  /** The steunpunt in running text when it has no name of its own. */
  theSteunpunt: string;
  agendaTitle: string;
  /** {steunpunt} */
  agendaDescription: string;
  /** {steunpunt} */
  agendaLead: string;
  agendaHow: string;
  agendaCancel: string;
  agendaHeading: string;
  otherHeading: string;
  otherText: string;
  askQuestion: string;
  /** The meeting list without JavaScript or when it failed; {steunpunt}, {contact}. */
  listNoScript: string;
  listAsk: string;
  listAskOrSignUp: string;
  signUpTitle: string;
  /** {steunpunt} */
  signUpDescription: string;
  signUpCrumb: string;
  /** {steunpunt}, {contact} */
  signUpNoScript: string;
  missingHeading: string;
  missingText: string;
  formHeading: string;
  loading: string;
  fullNoteStrong: string;
  fullNote: string;
  nameLabel: string;
  emailLabel: string;
  emailHint: string;
  phoneLabel: string;
  phoneHint: string;
  personsLabel: string;
  /** {max} */
  personsHint: string;
  personOne: string;
  /** {count} */
  personMany: string;
  needsLabel: string;
  needsHint: string;
  consentAfterwards: string;
  submit: string;
  cancelTitle: string;
  /** {steunpunt} */
  cancelDescription: string;
  cancelCrumb: string;
  cancelNoScriptHeading: string;
  /** {steunpunt}, {contact} */
  cancelNoScript: string;
  browser: {
    places: PlacesTexts;
    fullList: FullListTexts;
    summary: SummaryTexts;
    list: ListTexts;
    signUp: SignUpScriptTexts;
    cancel: CancelScriptTexts;
  };
}

/** The Dutch places and full-list words: meeting-text.ts's default. */
export const placesNl: PlacesTexts = {
  onePlace: 'Nog 1 plek vrij',
  places: 'Nog {count} plekken vrij',
  full: 'Vol – je kunt op de wachtlijst',
  waitingFull: 'Vol. Ook de wachtlijst is vol.',
  noWaitingList: 'Vol. Er is geen wachtlijst.',
  closed: 'Aanmelden gesloten',
  cancelled: 'Geannuleerd',
};

export const fullListNl: FullListTexts = {
  intro:
    'Aanmelden kan niet meer. Wil je toch komen, of heb je een vraag? Neem dan contact op met {steunpunt}.',
  before: 'Hoe je het steunpunt bereikt, staat onder',
  link: 'Contact',
  after: 'onderaan deze pagina.',
};

export const oudercafeTexts: Record<Locale, OudercafeTexts> = {
  nl: {
    theSteunpunt: 'het steunpunt',
    agendaTitle: 'Oudercafé en bijeenkomsten',
    agendaDescription: 'Bijeenkomsten van {steunpunt} voor ouders en jongeren. Meld je online aan.',
    agendaLead:
      '{steunpunt} organiseert bijeenkomsten voor ouders en jongeren. Je praat met andere ouders. Je stelt je vragen aan een medewerker van het steunpunt.',
    agendaHow:
      'Meedoen is gratis. Je meldt je wel vooraf aan, want er zijn niet veel plekken. Is een bijeenkomst vol? Dan kun je op de wachtlijst. Komt er een plek vrij? Dan krijg je een e-mail.',
    agendaCancel:
      'Kun je toch niet komen? Meld je dan af met de link in je bevestigingsmail. Dan kan iemand anders jouw plek krijgen.',
    agendaHeading: 'Agenda',
    otherHeading: 'Liever iemand persoonlijk spreken?',
    otherText: 'Stel je vraag via het formulier. Dan nemen we contact met je op.',
    askQuestion: 'Stel je vraag',
    listNoScript: 'De bijeenkomsten laden we met JavaScript. Dat staat in je browser uit.',
    listAsk:
      'Wil je weten wanneer er een bijeenkomst is? Vraag het aan {steunpunt}. Hoe je het steunpunt bereikt, staat onder {contact} onderaan deze pagina.',
    listAskOrSignUp:
      'Wil je weten wanneer er een bijeenkomst is, of wil je je aanmelden? Vraag het aan {steunpunt}. Hoe je het steunpunt bereikt, staat onder {contact} onderaan deze pagina.',
    signUpTitle: 'Aanmelden voor een bijeenkomst',
    signUpDescription: 'Meld je aan voor een bijeenkomst van {steunpunt}.',
    signUpCrumb: 'Aanmelden',
    signUpNoScript:
      'Hoe je je ook zonder formulier aanmeldt bij {steunpunt}, staat onder {contact} onderaan deze pagina.',
    missingHeading: 'Deze bijeenkomst is niet gevonden',
    missingText:
      'Misschien is de link niet helemaal goed, of staat de bijeenkomst niet meer in de agenda.',
    formHeading: 'Aanmelden',
    loading: 'Bezig met laden…',
    fullNoteStrong: 'Deze bijeenkomst is vol.',
    fullNote:
      'Meld je aan voor de wachtlijst. Komt er een plek vrij? Dan krijg je die automatisch, en sturen we je een e-mail.',
    nameLabel: 'Je naam',
    emailLabel: 'E-mailadres',
    emailHint: 'We sturen je een bevestiging. Daarin staat ook een link om je af te melden.',
    phoneLabel: 'Telefoonnummer (niet verplicht)',
    phoneHint: 'Dan kunnen we je bellen als er iets verandert. Bijvoorbeeld 06 12345678.',
    personsLabel: 'Met hoeveel personen kom je?',
    personsHint: 'Tel jezelf ook mee. Je kunt met hoogstens {max} personen komen.',
    personOne: '1 persoon',
    personMany: '{count} personen',
    needsLabel: 'Heb je iets nodig om mee te doen? (niet verplicht)',
    needsHint: 'Bijvoorbeeld een tolk, of een plek waar je met een rolstoel kunt komen.',
    consentAfterwards: 'Na de bijeenkomst verwijderen we ze.',
    submit: 'Meld je aan',
    cancelTitle: 'Afmelden voor een bijeenkomst',
    cancelDescription: 'Meld je af voor een bijeenkomst van {steunpunt}.',
    cancelCrumb: 'Afmelden',
    cancelNoScriptHeading: 'Afmelden werkt nu niet',
    cancelNoScript:
      'Hoe je je ook zonder deze pagina afmeldt bij {steunpunt}, staat onder {contact} onderaan deze pagina.',
    browser: {
      places: placesNl,
      fullList: fullListNl,
      summary: {
        when: 'Wanneer',
        where: 'Waar',
        forWhom: 'Voor wie',
        places: 'Plekken',
        online: 'Online',
        audiences: {
          ouders: 'Ouders en verzorgers',
          jongeren: 'Jongeren',
          iedereen: 'Ouders en jongeren',
        },
      },
      list: {
        loading: 'De bijeenkomsten worden geladen…',
        failed: 'De bijeenkomsten konden niet worden geladen. Probeer het later opnieuw.',
        empty: 'Er staan nu geen bijeenkomsten in de agenda.',
        signUp: 'Aanmelden',
        signUpWaiting: 'Aanmelden voor de wachtlijst',
      },
      signUp: {
        sendFailed: 'Het aanmelden is niet gelukt. Probeer het over een paar minuten opnieuw.',
        failedHeading: 'Dit lukt nu niet',
        failedText:
          'De bijeenkomst kon niet worden geladen. Probeer het over een paar minuten opnieuw.',
        allMeetings: 'Bekijk alle bijeenkomsten in de agenda',
        otherMeetings: 'Bekijk de andere bijeenkomsten in de agenda',
        cancelledHeading: 'Deze bijeenkomst gaat niet door',
        closedHeading: 'Aanmelden is gesloten',
        fullHeading: 'Deze bijeenkomst is vol',
        cancelledText: 'Deze bijeenkomst gaat niet door. Je kunt je er niet meer voor aanmelden.',
        closedText: 'Aanmelden voor deze bijeenkomst kan niet meer.',
        waitingHeading: 'Je staat op de wachtlijst',
        confirmedHeading: 'Je bent aangemeld',
        waitingNumber: 'Je bent nummer {position} op de wachtlijst',
        forMeeting: 'Voor {title} op {day}',
        nextHeading: 'Wat gebeurt er nu?',
        mailSent: 'We sturen je een e-mail naar {email}.',
        waitingNext:
          'Komt er een plek vrij? Dan krijg je die automatisch. Je krijgt dan ook een e-mail.',
        confirmedNext: 'In de e-mail zit een bestand. Daarmee zet je de bijeenkomst in je agenda.',
        cancelLater:
          'Kun je toch niet komen? Meld je dan af met de link in de e-mail. Dan kan iemand anders jouw plek krijgen.',
        backToAgenda: 'Terug naar de agenda',
        waitingFormLabel: 'Aanmelden voor de wachtlijst',
        waitingSubmit: 'Zet me op de wachtlijst',
        busy: 'Bezig met aanmelden…',
        keyReused:
          'Deze aanmelding is al eens met andere gegevens verstuurd. Laad de pagina opnieuw en probeer het nog een keer.',
      },
      cancel: {
        failed: 'Het afmelden is niet gelukt. Probeer het over een paar minuten opnieuw.',
        personOne: '1 persoon',
        personMany: '{count} personen',
        backLink: 'Bekijk de bijeenkomsten in de agenda',
        loadFailed:
          'We konden je aanmelding niet laden. Probeer het over een paar minuten opnieuw.',
        linkWrong:
          'Misschien is de link niet helemaal goed overgenomen, of is de bijeenkomst al lang geleden. Gebruik de link uit je bevestigingsmail, of neem contact op met het steunpunt.',
        failedHeading: 'Dit lukt nu niet',
        wrongHeading: 'Deze afmeldlink werkt niet',
        doneHeading: 'Je bent afgemeld',
        done: 'Je komt niet naar {titleSentence} Dank je wel dat je het laat weten. Iemand anders kan nu jouw plek krijgen.',
        alreadyLeft: 'Je bent al afgemeld voor deze bijeenkomst.',
        onWaitingList: 'Je staat op de wachtlijst voor deze bijeenkomst ({persons}).',
        signedUp: 'Je bent aangemeld voor deze bijeenkomst ({persons}).',
        cancelledNote: 'Deze bijeenkomst gaat niet door. Je hoeft je niet af te melden.',
        startedNote: 'Deze bijeenkomst is al begonnen. Afmelden kan niet meer.',
        heading: 'Afmelden',
        button: 'Afmelden',
        prompt: 'Kun je niet komen? Meld je dan af. Iemand anders kan dan jouw plek krijgen.',
        busy: 'Bezig met afmelden…',
        problem: 'Er is een probleem',
      },
    },
  },
  en: {
    theSteunpunt: 'the support point',
    agendaTitle: 'Parent café and meetings',
    agendaDescription: 'Meetings of {steunpunt} for parents and young people. Sign up online.',
    agendaLead:
      '{steunpunt} holds meetings for parents and young people. You talk with other parents. You ask your questions to someone who works at the support point.',
    agendaHow:
      'Taking part is free. You do need to sign up first, because there are not many places. Is a meeting full? Then you can go on the waiting list. Does a place come free? Then you get an email.',
    agendaCancel:
      'Can you not come after all? Then cancel with the link in your confirmation email. Then someone else can have your place.',
    agendaHeading: 'Calendar',
    otherHeading: 'Would you rather talk to someone in person?',
    otherText: 'Ask your question with the form. Then we will contact you.',
    askQuestion: 'Ask your question',
    listNoScript: 'We load the meetings with JavaScript. It is turned off in your browser.',
    listAsk:
      'Do you want to know when there is a meeting? Ask {steunpunt}. How to reach the support point is under {contact} at the bottom of this page.',
    listAskOrSignUp:
      'Do you want to know when there is a meeting, or do you want to sign up? Ask {steunpunt}. How to reach the support point is under {contact} at the bottom of this page.',
    signUpTitle: 'Sign up for a meeting',
    signUpDescription: 'Sign up for a meeting of {steunpunt}.',
    signUpCrumb: 'Sign up',
    signUpNoScript:
      'How to sign up with {steunpunt} without the form is under {contact} at the bottom of this page.',
    missingHeading: 'This meeting was not found',
    missingText: 'Maybe the link is not quite right, or the meeting is no longer in the agenda.',
    formHeading: 'Sign up',
    loading: 'Loading…',
    fullNoteStrong: 'This meeting is full.',
    fullNote:
      'Sign up for the waiting list. Does a place come free? Then you get it automatically, and we send you an email.',
    nameLabel: 'Your name',
    emailLabel: 'Email address',
    emailHint: 'We send you a confirmation. It also has a link to cancel.',
    phoneLabel: 'Phone number (optional)',
    phoneHint: 'Then we can call you if something changes. For example 06 12345678.',
    personsLabel: 'How many people are coming?',
    personsHint: 'Count yourself too. You can come with at most {max} people.',
    personOne: '1 person',
    personMany: '{count} people',
    needsLabel: 'Do you need anything to take part? (optional)',
    needsHint: 'For example an interpreter, or a place you can reach in a wheelchair.',
    consentAfterwards: 'We delete them after the meeting.',
    submit: 'Sign up',
    cancelTitle: 'Cancel your place at a meeting',
    cancelDescription: 'Cancel your place at a meeting of {steunpunt}.',
    cancelCrumb: 'Cancel',
    cancelNoScriptHeading: 'Cancelling does not work now',
    cancelNoScript:
      'How to cancel with {steunpunt} without this page is under {contact} at the bottom of this page.',
    browser: {
      places: {
        onePlace: '1 place left',
        places: '{count} places left',
        full: 'Full – you can join the waiting list',
        waitingFull: 'Full. The waiting list is full too.',
        noWaitingList: 'Full. There is no waiting list.',
        closed: 'Sign-up closed',
        cancelled: 'Cancelled',
      },
      fullList: {
        intro:
          'You can no longer sign up. Do you still want to come, or do you have a question? Then contact {steunpunt}.',
        before: 'How to reach the support point is under',
        link: 'Contact',
        after: 'at the bottom of this page.',
      },
      summary: {
        when: 'When',
        where: 'Where',
        forWhom: 'For whom',
        places: 'Places',
        online: 'Online (internet)',
        audiences: {
          ouders: 'Parents and carers',
          jongeren: 'Young people',
          iedereen: 'Parents and young people',
        },
      },
      list: {
        loading: 'Loading the meetings…',
        failed: 'The meetings could not be loaded. Please try again later.',
        empty: 'There are no meetings in the agenda now.',
        signUp: 'Sign up',
        signUpWaiting: 'Sign up for the waiting list',
      },
      signUp: {
        sendFailed: 'Signing up did not work. Please try again in a few minutes.',
        failedHeading: 'This does not work right now',
        failedText: 'The meeting could not be loaded. Please try again in a few minutes.',
        allMeetings: 'See all meetings in the agenda',
        otherMeetings: 'See the other meetings in the agenda',
        cancelledHeading: 'This meeting will not take place',
        closedHeading: 'Sign-up is closed',
        fullHeading: 'This meeting is full',
        cancelledText: 'This meeting will not take place. You can no longer sign up for it.',
        closedText: 'You can no longer sign up for this meeting.',
        waitingHeading: 'You are on the waiting list',
        confirmedHeading: 'You are signed up',
        waitingNumber: 'You are number {position} on the waiting list',
        forMeeting: 'For {title} on {day}',
        nextHeading: 'What happens now?',
        mailSent: 'We send you an email at {email}.',
        waitingNext:
          'Does a place come free? Then you get it automatically. You also get an email then.',
        confirmedNext: 'The email has a file. With it you put the meeting in your calendar.',
        cancelLater:
          'Can you not come after all? Then cancel with the link in the email. Then someone else can have your place.',
        backToAgenda: 'Back to the agenda',
        waitingFormLabel: 'Sign up for the waiting list',
        waitingSubmit: 'Put me on the waiting list',
        busy: 'Signing up…',
        keyReused:
          'This sign-up was already sent with other details. Reload the page and try again.',
      },
      cancel: {
        failed: 'Cancelling did not work. Please try again in a few minutes.',
        personOne: '1 person',
        personMany: '{count} people',
        backLink: 'See the meetings in the agenda',
        loadFailed: 'We could not load your sign-up. Please try again in a few minutes.',
        linkWrong:
          'Maybe the link was not copied completely, or the meeting was long ago. Use the link from your confirmation email, or contact the support point.',
        failedHeading: 'This does not work right now',
        wrongHeading: 'This cancel link does not work',
        doneHeading: 'You have cancelled',
        done: 'You are not coming to {titleSentence} Thank you for letting us know. Someone else can now have your place.',
        alreadyLeft: 'You have already cancelled for this meeting.',
        onWaitingList: 'You are on the waiting list for this meeting ({persons}).',
        signedUp: 'You are signed up for this meeting ({persons}).',
        cancelledNote: 'This meeting will not take place. You do not need to cancel.',
        startedNote: 'This meeting has already started. You can no longer cancel.',
        heading: 'Cancel',
        button: 'Cancel my place',
        prompt: 'Can you not come? Then cancel. Then someone else can have your place.',
        busy: 'Cancelling…',
        problem: 'There is a problem',
      },
    },
  },
  ar: {
    theSteunpunt: 'مركز الدعم',
    agendaTitle: 'مقهى الأهل واللقاءات',
    agendaDescription: 'لقاءات {steunpunt} للأهل والشباب. سجّل عبر الإنترنت.',
    agendaLead:
      'ينظّم {steunpunt} لقاءات للأهل والشباب. تتحدث مع أهالٍ آخرين. وتطرح أسئلتك على موظف من مركز الدعم.',
    agendaHow:
      'المشاركة مجانية. لكن عليك التسجيل مسبقًا، لأن الأماكن قليلة. هل اللقاء ممتلئ؟ يمكنك عندها التسجيل في قائمة الانتظار. إذا أصبح مكان شاغرًا، تصلك رسالة بالبريد الإلكتروني.',
    agendaCancel:
      'لا تستطيع الحضور؟ ألغِ تسجيلك إذن بالرابط الموجود في رسالة التأكيد. عندها يمكن لشخص آخر أن يأخذ مكانك.',
    agendaHeading: 'المواعيد',
    otherHeading: 'تفضّل التحدث مع شخص مباشرة؟',
    otherText: 'اطرح سؤالك عبر النموذج. وسنتواصل معك.',
    askQuestion: 'اطرح سؤالك',
    listNoScript: 'نحمّل اللقاءات باستخدام JavaScript. وهو متوقف في متصفحك.',
    listAsk:
      'تريد أن تعرف متى يوجد لقاء؟ اسأل {steunpunt}. طريقة الوصول إلى مركز الدعم مكتوبة تحت {contact} في أسفل هذه الصفحة.',
    listAskOrSignUp:
      'تريد أن تعرف متى يوجد لقاء، أو تريد التسجيل؟ اسأل {steunpunt}. طريقة الوصول إلى مركز الدعم مكتوبة تحت {contact} في أسفل هذه الصفحة.',
    signUpTitle: 'التسجيل في لقاء',
    signUpDescription: 'سجّل في لقاء من لقاءات {steunpunt}.',
    signUpCrumb: 'التسجيل',
    signUpNoScript:
      'طريقة التسجيل لدى {steunpunt} بدون النموذج مكتوبة تحت {contact} في أسفل هذه الصفحة.',
    missingHeading: 'لم نجد هذا اللقاء',
    missingText: 'ربما الرابط غير صحيح تمامًا، أو لم يعد اللقاء موجودًا في المواعيد.',
    formHeading: 'التسجيل',
    loading: 'جارٍ التحميل…',
    fullNoteStrong: 'هذا اللقاء ممتلئ.',
    fullNote:
      'سجّل في قائمة الانتظار. إذا أصبح مكان شاغرًا، تحصل عليه تلقائيًا، ونرسل إليك بريدًا إلكترونيًا.',
    nameLabel: 'اسمك',
    emailLabel: 'البريد الإلكتروني',
    emailHint: 'نرسل إليك تأكيدًا. وفيه أيضًا رابط لإلغاء التسجيل.',
    phoneLabel: 'رقم الهاتف (غير إلزامي)',
    phoneHint: 'عندها يمكننا الاتصال بك إذا تغيّر شيء. مثلًا 06 12345678.',
    personsLabel: 'كم شخصًا سيحضر؟',
    personsHint: 'احسب نفسك أيضًا. يمكنك الحضور مع {max} أشخاص على الأكثر.',
    personOne: 'شخص واحد',
    personMany: '{count} أشخاص',
    needsLabel: 'هل تحتاج إلى شيء لتشارك؟ (غير إلزامي)',
    needsHint: 'مثلًا مترجم، أو مكان يمكن الوصول إليه بكرسي متحرك.',
    consentAfterwards: 'نحذفها بعد اللقاء.',
    submit: 'سجّلني',
    cancelTitle: 'إلغاء التسجيل في لقاء',
    cancelDescription: 'ألغِ تسجيلك في لقاء من لقاءات {steunpunt}.',
    cancelCrumb: 'إلغاء التسجيل',
    cancelNoScriptHeading: 'إلغاء التسجيل لا يعمل الآن',
    cancelNoScript:
      'طريقة إلغاء التسجيل لدى {steunpunt} بدون هذه الصفحة مكتوبة تحت {contact} في أسفل هذه الصفحة.',
    browser: {
      places: {
        onePlace: 'بقي مكان واحد',
        places: 'بقي {count} أماكن',
        full: 'ممتلئ – يمكنك التسجيل في قائمة الانتظار',
        waitingFull: 'ممتلئ. وقائمة الانتظار ممتلئة أيضًا.',
        noWaitingList: 'ممتلئ. لا توجد قائمة انتظار.',
        closed: 'التسجيل مغلق',
        cancelled: 'أُلغي',
      },
      fullList: {
        intro: 'لم يعد التسجيل ممكنًا. تريد الحضور رغم ذلك، أو لديك سؤال؟ تواصل إذن مع {steunpunt}.',
        before: 'طريقة الوصول إلى مركز الدعم مكتوبة تحت',
        link: 'اتصل بنا',
        after: 'في أسفل هذه الصفحة.',
      },
      summary: {
        when: 'متى',
        where: 'أين',
        forWhom: 'لمن',
        places: 'الأماكن',
        online: 'عبر الإنترنت',
        audiences: {
          ouders: 'الأهل وأولياء الأمور',
          jongeren: 'الشباب',
          iedereen: 'الأهل والشباب',
        },
      },
      list: {
        loading: 'جارٍ تحميل اللقاءات…',
        failed: 'تعذّر تحميل اللقاءات. حاول مرة أخرى لاحقًا.',
        empty: 'لا توجد لقاءات في المواعيد الآن.',
        signUp: 'التسجيل',
        signUpWaiting: 'التسجيل في قائمة الانتظار',
      },
      signUp: {
        sendFailed: 'لم ينجح التسجيل. حاول مرة أخرى بعد بضع دقائق.',
        failedHeading: 'هذا لا يعمل الآن',
        failedText: 'تعذّر تحميل اللقاء. حاول مرة أخرى بعد بضع دقائق.',
        allMeetings: 'اطّلع على كل اللقاءات في المواعيد',
        otherMeetings: 'اطّلع على اللقاءات الأخرى في المواعيد',
        cancelledHeading: 'هذا اللقاء لن يُعقد',
        closedHeading: 'التسجيل مغلق',
        fullHeading: 'هذا اللقاء ممتلئ',
        cancelledText: 'هذا اللقاء لن يُعقد. لم يعد بإمكانك التسجيل فيه.',
        closedText: 'لم يعد التسجيل في هذا اللقاء ممكنًا.',
        waitingHeading: 'أنت على قائمة الانتظار',
        confirmedHeading: 'تم تسجيلك',
        waitingNumber: 'أنت رقم {position} على قائمة الانتظار',
        forMeeting: 'في {title} يوم {day}',
        nextHeading: 'ماذا يحدث الآن؟',
        mailSent: 'نرسل إليك بريدًا إلكترونيًا إلى {email}.',
        waitingNext:
          'إذا أصبح مكان شاغرًا، تحصل عليه تلقائيًا. وتصلك عندها رسالة بالبريد الإلكتروني.',
        confirmedNext: 'في الرسالة ملف. به تضيف اللقاء إلى تقويمك.',
        cancelLater:
          'لا تستطيع الحضور؟ ألغِ تسجيلك إذن بالرابط الموجود في الرسالة. عندها يمكن لشخص آخر أن يأخذ مكانك.',
        backToAgenda: 'العودة إلى المواعيد',
        waitingFormLabel: 'التسجيل في قائمة الانتظار',
        waitingSubmit: 'ضعني على قائمة الانتظار',
        busy: 'جارٍ التسجيل…',
        keyReused: 'أُرسل هذا التسجيل من قبل ببيانات أخرى. أعد تحميل الصفحة وحاول مرة أخرى.',
      },
      cancel: {
        failed: 'لم ينجح إلغاء التسجيل. حاول مرة أخرى بعد بضع دقائق.',
        personOne: 'شخص واحد',
        personMany: '{count} أشخاص',
        backLink: 'اطّلع على اللقاءات في المواعيد',
        loadFailed: 'تعذّر علينا تحميل تسجيلك. حاول مرة أخرى بعد بضع دقائق.',
        linkWrong:
          'ربما لم يُنسخ الرابط كاملًا، أو كان اللقاء منذ وقت طويل. استخدم الرابط من رسالة التأكيد، أو تواصل مع مركز الدعم.',
        failedHeading: 'هذا لا يعمل الآن',
        wrongHeading: 'رابط الإلغاء هذا لا يعمل',
        doneHeading: 'تم إلغاء تسجيلك',
        done: 'لن تحضر {titleSentence} شكرًا لإخبارنا. يمكن لشخص آخر الآن أن يأخذ مكانك.',
        alreadyLeft: 'لقد ألغيت تسجيلك في هذا اللقاء من قبل.',
        onWaitingList: 'أنت على قائمة الانتظار لهذا اللقاء ({persons}).',
        signedUp: 'أنت مسجّل في هذا اللقاء ({persons}).',
        cancelledNote: 'هذا اللقاء لن يُعقد. لا تحتاج إلى إلغاء تسجيلك.',
        startedNote: 'بدأ هذا اللقاء بالفعل. لم يعد إلغاء التسجيل ممكنًا.',
        heading: 'إلغاء التسجيل',
        button: 'ألغِ تسجيلي',
        prompt: 'لا تستطيع الحضور؟ ألغِ تسجيلك إذن. عندها يمكن لشخص آخر أن يأخذ مكانك.',
        busy: 'جارٍ إلغاء التسجيل…',
        problem: 'هناك مشكلة',
      },
    },
  },
  tr: {
    theSteunpunt: 'destek merkezi',
    agendaTitle: 'Veli kafesi ve toplantılar',
    agendaDescription:
      '{steunpunt} tarafından veliler ve gençler için toplantılar. Çevrim içi kayıt olun.',
    agendaLead:
      '{steunpunt} veliler ve gençler için toplantılar düzenler. Başka velilerle konuşursunuz. Sorularınızı destek merkezinin bir çalışanına sorarsınız.',
    agendaHow:
      'Katılmak ücretsizdir. Ama önceden kayıt olmanız gerekir, çünkü yer az. Toplantı dolu mu? O zaman bekleme listesine girebilirsiniz. Bir yer boşalırsa size e-posta gelir.',
    agendaCancel:
      'Gelemeyecek misiniz? O zaman onay e-postanızdaki bağlantı ile kaydınızı iptal edin. Böylece yerinizi başka biri alabilir.',
    agendaHeading: 'Takvim',
    otherHeading: 'Biriyle yüz yüze konuşmayı mı tercih edersiniz?',
    otherText: 'Sorunuzu form ile sorun. Sonra sizinle iletişime geçeriz.',
    askQuestion: 'Sorunuzu sorun',
    listNoScript: 'Toplantıları JavaScript ile yüklüyoruz. Tarayıcınızda JavaScript kapalı.',
    listAsk:
      'Ne zaman toplantı olduğunu mu öğrenmek istiyorsunuz? {steunpunt} merkezine sorun. Destek merkezine nasıl ulaşacağınız bu sayfanın en altında {contact} başlığı altında yazıyor.',
    listAskOrSignUp:
      'Ne zaman toplantı olduğunu öğrenmek ya da kayıt olmak mı istiyorsunuz? {steunpunt} merkezine sorun. Destek merkezine nasıl ulaşacağınız bu sayfanın en altında {contact} başlığı altında yazıyor.',
    signUpTitle: 'Bir toplantıya kayıt olun',
    signUpDescription: '{steunpunt} toplantısına kayıt olun.',
    signUpCrumb: 'Kayıt',
    signUpNoScript:
      '{steunpunt} merkezine form olmadan nasıl kayıt olacağınız bu sayfanın en altında {contact} başlığı altında yazıyor.',
    missingHeading: 'Bu toplantı bulunamadı',
    missingText: 'Belki bağlantı tam doğru değil veya toplantı artık takvimde yok.',
    formHeading: 'Kayıt',
    loading: 'Yükleniyor…',
    fullNoteStrong: 'Bu toplantı dolu.',
    fullNote:
      'Bekleme listesine kayıt olun. Bir yer boşalırsa, o yer otomatik olarak sizin olur ve size e-posta göndeririz.',
    nameLabel: 'Adınız',
    emailLabel: 'E-posta adresi',
    emailHint: 'Size bir onay göndeririz. Onda kaydınızı iptal etmek için bir bağlantı da var.',
    phoneLabel: 'Telefon numarası (zorunlu değil)',
    phoneHint: 'Bir şey değişirse sizi arayabiliriz. Örneğin 06 12345678.',
    personsLabel: 'Kaç kişi geliyorsunuz?',
    personsHint: 'Kendinizi de sayın. En fazla {max} kişi gelebilirsiniz.',
    personOne: '1 kişi',
    personMany: '{count} kişi',
    needsLabel: 'Katılmak için bir şeye ihtiyacınız var mı? (zorunlu değil)',
    needsHint: 'Örneğin bir tercüman veya tekerlekli sandalyeyle ulaşılabilen bir yer.',
    consentAfterwards: 'Toplantıdan sonra bunları sileriz.',
    submit: 'Kayıt ol',
    cancelTitle: 'Toplantı kaydını iptal edin',
    cancelDescription: '{steunpunt} toplantısı için kaydınızı iptal edin.',
    cancelCrumb: 'İptal',
    cancelNoScriptHeading: 'İptal şu anda çalışmıyor',
    cancelNoScript:
      '{steunpunt} merkezinde bu sayfa olmadan kaydınızı nasıl iptal edeceğiniz bu sayfanın en altında {contact} başlığı altında yazıyor.',
    browser: {
      places: {
        onePlace: '1 yer kaldı',
        places: '{count} yer kaldı',
        full: 'Dolu – bekleme listesine girebilirsiniz',
        waitingFull: 'Dolu. Bekleme listesi de dolu.',
        noWaitingList: 'Dolu. Bekleme listesi yok.',
        closed: 'Kayıt kapandı',
        cancelled: 'İptal edildi',
      },
      fullList: {
        intro:
          'Artık kayıt olamazsınız. Yine de gelmek mi istiyorsunuz veya bir sorunuz mu var? O zaman {steunpunt} ile iletişime geçin.',
        before: 'Destek merkezine nasıl ulaşacağınız bu sayfanın en altında,',
        link: 'İletişim',
        after: 'başlığı altında yazıyor.',
      },
      summary: {
        when: 'Ne zaman',
        where: 'Nerede',
        forWhom: 'Kimin için',
        places: 'Yerler',
        online: 'Çevrim içi',
        audiences: {
          ouders: 'Veliler ve bakım verenler',
          jongeren: 'Gençler',
          iedereen: 'Veliler ve gençler',
        },
      },
      list: {
        loading: 'Toplantılar yükleniyor…',
        failed: 'Toplantılar yüklenemedi. Daha sonra tekrar deneyin.',
        empty: 'Şu anda takvimde toplantı yok.',
        signUp: 'Kayıt ol',
        signUpWaiting: 'Bekleme listesine kayıt ol',
      },
      signUp: {
        sendFailed: 'Kayıt olmadı. Birkaç dakika sonra tekrar deneyin.',
        failedHeading: 'Bu şu anda olmuyor',
        failedText: 'Toplantı yüklenemedi. Birkaç dakika sonra tekrar deneyin.',
        allMeetings: 'Takvimdeki bütün toplantılara bakın',
        otherMeetings: 'Takvimdeki diğer toplantılara bakın',
        cancelledHeading: 'Bu toplantı yapılmayacak',
        closedHeading: 'Kayıt kapandı',
        fullHeading: 'Bu toplantı dolu',
        cancelledText: 'Bu toplantı yapılmayacak. Artık kayıt olamazsınız.',
        closedText: 'Bu toplantıya artık kayıt olamazsınız.',
        waitingHeading: 'Bekleme listesindesiniz',
        confirmedHeading: 'Kaydınız yapıldı',
        waitingNumber: 'Bekleme listesinde {position}. sıradasınız',
        forMeeting: '{title}, {day}',
        nextHeading: 'Şimdi ne olacak?',
        mailSent: '{email} adresine bir e-posta göndereceğiz.',
        waitingNext:
          'Bir yer boşalırsa, o yer otomatik olarak sizin olur. O zaman size e-posta da gelir.',
        confirmedNext: 'E-postada bir dosya var. Onunla toplantıyı takviminize eklersiniz.',
        cancelLater:
          'Gelemeyecek misiniz? O zaman e-postadaki bağlantı ile kaydınızı iptal edin. Böylece yerinizi başka biri alabilir.',
        backToAgenda: 'Takvime geri dön',
        waitingFormLabel: 'Bekleme listesine kayıt',
        waitingSubmit: 'Beni bekleme listesine yaz',
        busy: 'Kayıt yapılıyor…',
        keyReused:
          'Bu kayıt daha önce başka bilgilerle gönderildi. Sayfayı yeniden yükleyin ve tekrar deneyin.',
      },
      cancel: {
        failed: 'İptal olmadı. Birkaç dakika sonra tekrar deneyin.',
        personOne: '1 kişi',
        personMany: '{count} kişi',
        backLink: 'Takvimdeki toplantılara bakın',
        loadFailed: 'Kaydınızı yükleyemedik. Birkaç dakika sonra tekrar deneyin.',
        linkWrong:
          'Belki bağlantı tam kopyalanmadı veya toplantı çok önceydi. Onay e-postanızdaki bağlantıyı kullanın veya destek merkeziyle iletişime geçin.',
        failedHeading: 'Bu şu anda olmuyor',
        wrongHeading: 'Bu iptal bağlantısı çalışmıyor',
        doneHeading: 'Kaydınız iptal edildi',
        done: 'Şu toplantıya gelmiyorsunuz: {titleSentence} Haber verdiğiniz için teşekkürler. Yerinizi artık başka biri alabilir.',
        alreadyLeft: 'Bu toplantı için kaydınızı zaten iptal ettiniz.',
        onWaitingList: 'Bu toplantının bekleme listesindesiniz ({persons}).',
        signedUp: 'Bu toplantıya kaydınız var ({persons}).',
        cancelledNote: 'Bu toplantı yapılmayacak. Kaydınızı iptal etmenize gerek yok.',
        startedNote: 'Bu toplantı zaten başladı. Artık iptal edemezsiniz.',
        heading: 'Kaydı iptal et',
        button: 'Kaydımı iptal et',
        prompt:
          'Gelemiyor musunuz? O zaman kaydınızı iptal edin. Böylece yerinizi başka biri alabilir.',
        busy: 'İptal ediliyor…',
        problem: 'Bir sorun var',
      },
    },
  },
  pl: {
    theSteunpunt: 'punkt wsparcia',
    agendaTitle: 'Kawiarenka dla rodziców i spotkania',
    agendaDescription: 'Spotkania {steunpunt} dla rodziców i młodzieży. Zapisz się online.',
    agendaLead:
      '{steunpunt} organizuje spotkania dla rodziców i młodzieży. Rozmawiasz z innymi rodzicami. Zadajesz pytania pracownikowi punktu wsparcia.',
    agendaHow:
      'Udział jest bezpłatny. Trzeba się jednak zapisać wcześniej, bo miejsc jest niewiele. Spotkanie jest pełne? Wtedy możesz zapisać się na listę oczekujących. Jeśli zwolni się miejsce, dostaniesz e-mail.',
    agendaCancel:
      'Nie możesz jednak przyjść? Wypisz się przez link w e-mailu z potwierdzeniem. Wtedy ktoś inny może dostać Twoje miejsce.',
    agendaHeading: 'Kalendarz',
    otherHeading: 'Wolisz porozmawiać z kimś osobiście?',
    otherText: 'Zadaj pytanie przez formularz. Wtedy skontaktujemy się z Tobą.',
    askQuestion: 'Zadaj pytanie',
    listNoScript:
      'Spotkania wczytujemy za pomocą JavaScript. W Twojej przeglądarce jest wyłączony.',
    listAsk:
      'Chcesz wiedzieć, kiedy jest spotkanie? Zapytaj {steunpunt}. Jak skontaktować się z punktem wsparcia, jest napisane w części {contact} na dole tej strony.',
    listAskOrSignUp:
      'Chcesz wiedzieć, kiedy jest spotkanie, albo chcesz się zapisać? Zapytaj {steunpunt}. Jak skontaktować się z punktem wsparcia, jest napisane w części {contact} na dole tej strony.',
    signUpTitle: 'Zapisz się na spotkanie',
    signUpDescription: 'Zapisz się na spotkanie {steunpunt}.',
    signUpCrumb: 'Zapis',
    signUpNoScript:
      'Jak zapisać się w {steunpunt} bez formularza, jest napisane w części {contact} na dole tej strony.',
    missingHeading: 'Nie znaleziono tego spotkania',
    missingText: 'Może link nie jest całkiem poprawny albo spotkania nie ma już w kalendarzu.',
    formHeading: 'Zapis',
    loading: 'Wczytywanie…',
    fullNoteStrong: 'To spotkanie jest pełne.',
    fullNote:
      'Zapisz się na listę oczekujących. Jeśli zwolni się miejsce, dostaniesz je automatycznie i wyślemy Ci e-mail.',
    nameLabel: 'Imię i nazwisko',
    emailLabel: 'Adres e-mail',
    emailHint: 'Wyślemy Ci potwierdzenie. Jest w nim też link do wypisania się.',
    phoneLabel: 'Numer telefonu (nieobowiązkowo)',
    phoneHint: 'Wtedy możemy zadzwonić, jeśli coś się zmieni. Na przykład 06 12345678.',
    personsLabel: 'Ile osób przyjdzie?',
    personsHint: 'Policz także siebie. Może przyjść najwyżej {max} osób.',
    personOne: '1 osoba',
    personMany: 'Liczba osób: {count}',
    needsLabel: 'Czy potrzebujesz czegoś, aby wziąć udział? (nieobowiązkowo)',
    needsHint: 'Na przykład tłumacza albo miejsca dostępnego dla wózka.',
    consentAfterwards: 'Po spotkaniu je usuwamy.',
    submit: 'Zapisz się',
    cancelTitle: 'Wypisz się ze spotkania',
    cancelDescription: 'Wypisz się ze spotkania {steunpunt}.',
    cancelCrumb: 'Wypisanie się',
    cancelNoScriptHeading: 'Wypisanie się teraz nie działa',
    cancelNoScript:
      'Jak wypisać się w {steunpunt} bez tej strony, jest napisane w części {contact} na dole tej strony.',
    browser: {
      places: {
        onePlace: 'Zostało 1 miejsce',
        places: 'Wolne miejsca: {count}',
        full: 'Brak miejsc – możesz zapisać się na listę oczekujących',
        waitingFull: 'Brak miejsc. Lista oczekujących też jest pełna.',
        noWaitingList: 'Brak miejsc. Nie ma listy oczekujących.',
        closed: 'Zapisy zamknięte',
        cancelled: 'Odwołane',
      },
      fullList: {
        intro:
          'Nie można się już zapisać. Chcesz jednak przyjść albo masz pytanie? Skontaktuj się wtedy z {steunpunt}.',
        before: 'Jak skontaktować się z punktem wsparcia, jest napisane w części',
        link: 'Kontakt',
        after: 'na dole tej strony.',
      },
      summary: {
        when: 'Kiedy',
        where: 'Gdzie',
        forWhom: 'Dla kogo',
        places: 'Miejsca',
        online: 'Online (przez internet)',
        audiences: {
          ouders: 'Rodzice i opiekunowie',
          jongeren: 'Młodzież',
          iedereen: 'Rodzice i młodzież',
        },
      },
      list: {
        loading: 'Wczytywanie spotkań…',
        failed: 'Nie udało się wczytać spotkań. Spróbuj ponownie później.',
        empty: 'W kalendarzu nie ma teraz spotkań.',
        signUp: 'Zapisz się',
        signUpWaiting: 'Zapisz się na listę oczekujących',
      },
      signUp: {
        sendFailed: 'Zapis się nie udał. Spróbuj ponownie za kilka minut.',
        failedHeading: 'To teraz nie działa',
        failedText: 'Nie udało się wczytać spotkania. Spróbuj ponownie za kilka minut.',
        allMeetings: 'Zobacz wszystkie spotkania w kalendarzu',
        otherMeetings: 'Zobacz inne spotkania w kalendarzu',
        cancelledHeading: 'To spotkanie się nie odbędzie',
        closedHeading: 'Zapisy są zamknięte',
        fullHeading: 'To spotkanie jest pełne',
        cancelledText: 'To spotkanie się nie odbędzie. Nie możesz się już na nie zapisać.',
        closedText: 'Nie można się już zapisać na to spotkanie.',
        waitingHeading: 'Jesteś na liście oczekujących',
        confirmedHeading: 'Jesteś zapisany/zapisana',
        waitingNumber: 'Jesteś na liście oczekujących na miejscu {position}',
        forMeeting: 'Na: {title}, {day}',
        nextHeading: 'Co dalej?',
        mailSent: 'Wyślemy Ci e-mail na adres {email}.',
        waitingNext:
          'Jeśli zwolni się miejsce, dostaniesz je automatycznie. Dostaniesz wtedy też e-mail.',
        confirmedNext: 'W e-mailu jest plik. Dzięki niemu dodasz spotkanie do kalendarza.',
        cancelLater:
          'Nie możesz jednak przyjść? Wypisz się przez link w e-mailu. Wtedy ktoś inny może dostać Twoje miejsce.',
        backToAgenda: 'Wróć do kalendarza',
        waitingFormLabel: 'Zapis na listę oczekujących',
        waitingSubmit: 'Zapisz mnie na listę oczekujących',
        busy: 'Zapisywanie…',
        keyReused:
          'To zgłoszenie zostało już wysłane z innymi danymi. Odśwież stronę i spróbuj ponownie.',
      },
      cancel: {
        failed: 'Wypisanie się nie udało. Spróbuj ponownie za kilka minut.',
        personOne: '1 osoba',
        personMany: 'liczba osób: {count}',
        backLink: 'Zobacz spotkania w kalendarzu',
        loadFailed: 'Nie udało się wczytać Twojego zapisu. Spróbuj ponownie za kilka minut.',
        linkWrong:
          'Może link nie został skopiowany w całości albo spotkanie było dawno temu. Użyj linku z e-maila z potwierdzeniem albo skontaktuj się z punktem wsparcia.',
        failedHeading: 'To teraz nie działa',
        wrongHeading: 'Ten link do wypisania się nie działa',
        doneHeading: 'Wypisałeś/wypisałaś się',
        done: 'Nie przyjdziesz na: {titleSentence} Dziękujemy za informację. Ktoś inny może teraz dostać Twoje miejsce.',
        alreadyLeft: 'Już wypisałeś/wypisałaś się z tego spotkania.',
        onWaitingList: 'Jesteś na liście oczekujących na to spotkanie ({persons}).',
        signedUp: 'Jesteś zapisany/zapisana na to spotkanie ({persons}).',
        cancelledNote: 'To spotkanie się nie odbędzie. Nie musisz się wypisywać.',
        startedNote: 'To spotkanie już się zaczęło. Nie można się już wypisać.',
        heading: 'Wypisz się',
        button: 'Wypisz mnie',
        prompt: 'Nie możesz przyjść? Wypisz się. Wtedy ktoś inny może dostać Twoje miejsce.',
        busy: 'Wypisywanie…',
        problem: 'Jest problem',
      },
    },
  },
  uk: {
    theSteunpunt: 'центр підтримки',
    agendaTitle: 'Кафе для батьків і зустрічі',
    agendaDescription: 'Зустрічі {steunpunt} для батьків і молоді. Зареєструйтеся онлайн.',
    agendaLead:
      '{steunpunt} проводить зустрічі для батьків і молоді. Ви спілкуєтеся з іншими батьками. Ви ставите свої запитання працівнику центру підтримки.',
    agendaHow:
      'Участь безкоштовна. Але потрібно зареєструватися заздалегідь, бо місць небагато. Зустріч заповнена? Тоді можна записатися в список очікування. Якщо звільниться місце, ви отримаєте лист.',
    agendaCancel:
      'Не можете прийти? Тоді скасуйте реєстрацію за посиланням у листі з підтвердженням. Тоді ваше місце зможе отримати хтось інший.',
    agendaHeading: 'Розклад',
    otherHeading: 'Хочете поговорити з кимось особисто?',
    otherText: "Поставте запитання через форму. Тоді ми з вами зв'яжемося.",
    askQuestion: 'Поставте запитання',
    listNoScript:
      'Ми завантажуємо зустрічі за допомогою JavaScript. У вашому браузері його вимкнено.',
    listAsk:
      "Хочете знати, коли буде зустріч? Запитайте {steunpunt}. Як зв'язатися з центром підтримки, написано в розділі {contact} внизу цієї сторінки.",
    listAskOrSignUp:
      "Хочете знати, коли буде зустріч, або хочете зареєструватися? Запитайте {steunpunt}. Як зв'язатися з центром підтримки, написано в розділі {contact} внизу цієї сторінки.",
    signUpTitle: 'Реєстрація на зустріч',
    signUpDescription: 'Зареєструйтеся на зустріч {steunpunt}.',
    signUpCrumb: 'Реєстрація',
    signUpNoScript:
      'Як зареєструватися в {steunpunt} без форми, написано в розділі {contact} внизу цієї сторінки.',
    missingHeading: 'Цю зустріч не знайдено',
    missingText: 'Можливо, посилання не зовсім правильне, або зустрічі вже немає в розкладі.',
    formHeading: 'Реєстрація',
    loading: 'Завантаження…',
    fullNoteStrong: 'Ця зустріч заповнена.',
    fullNote:
      'Запишіться в список очікування. Якщо звільниться місце, ви отримаєте його автоматично, і ми надішлемо вам лист.',
    nameLabel: "Ваше ім'я",
    emailLabel: 'Адреса електронної пошти',
    emailHint: 'Ми надішлемо вам підтвердження. У ньому також є посилання для скасування.',
    phoneLabel: "Номер телефону (необов'язково)",
    phoneHint: 'Тоді ми зможемо зателефонувати, якщо щось зміниться. Наприклад 06 12345678.',
    personsLabel: 'Скільки осіб прийде?',
    personsHint: 'Порахуйте й себе. Можна прийти щонайбільше {max} особам.',
    personOne: '1 особа',
    personMany: 'Кількість осіб: {count}',
    needsLabel: "Вам щось потрібно, щоб узяти участь? (необов'язково)",
    needsHint: 'Наприклад, перекладач або місце, куди можна дістатися на візку.',
    consentAfterwards: 'Після зустрічі ми їх видаляємо.',
    submit: 'Зареєструватися',
    cancelTitle: 'Скасування реєстрації на зустріч',
    cancelDescription: 'Скасуйте реєстрацію на зустріч {steunpunt}.',
    cancelCrumb: 'Скасування',
    cancelNoScriptHeading: 'Скасування зараз не працює',
    cancelNoScript:
      'Як скасувати реєстрацію в {steunpunt} без цієї сторінки, написано в розділі {contact} внизу цієї сторінки.',
    browser: {
      places: {
        onePlace: 'Залишилося 1 місце',
        places: 'Вільних місць: {count}',
        full: 'Місць немає – можна записатися в список очікування',
        waitingFull: 'Місць немає. Список очікування теж заповнений.',
        noWaitingList: 'Місць немає. Списку очікування немає.',
        closed: 'Реєстрацію закрито',
        cancelled: 'Скасовано',
      },
      fullList: {
        intro:
          "Зареєструватися вже не можна. Усе ж хочете прийти або маєте запитання? Тоді зв'яжіться з {steunpunt}.",
        before: "Як зв'язатися з центром підтримки, написано в розділі",
        link: 'Контакти',
        after: 'внизу цієї сторінки.',
      },
      summary: {
        when: 'Коли',
        where: 'Де',
        forWhom: 'Для кого',
        places: 'Місця',
        online: 'Онлайн',
        audiences: {
          ouders: 'Батьки та опікуни',
          jongeren: 'Молодь',
          iedereen: 'Батьки та молодь',
        },
      },
      list: {
        loading: 'Зустрічі завантажуються…',
        failed: 'Не вдалося завантажити зустрічі. Спробуйте пізніше.',
        empty: 'Зараз у розкладі немає зустрічей.',
        signUp: 'Зареєструватися',
        signUpWaiting: 'Записатися в список очікування',
      },
      signUp: {
        sendFailed: 'Зареєструватися не вдалося. Спробуйте ще раз за кілька хвилин.',
        failedHeading: 'Зараз це не працює',
        failedText: 'Не вдалося завантажити зустріч. Спробуйте ще раз за кілька хвилин.',
        allMeetings: 'Переглянути всі зустрічі в розкладі',
        otherMeetings: 'Переглянути інші зустрічі в розкладі',
        cancelledHeading: 'Ця зустріч не відбудеться',
        closedHeading: 'Реєстрацію закрито',
        fullHeading: 'Ця зустріч заповнена',
        cancelledText: 'Ця зустріч не відбудеться. Зареєструватися на неї вже не можна.',
        closedText: 'На цю зустріч уже не можна зареєструватися.',
        waitingHeading: 'Ви в списку очікування',
        confirmedHeading: 'Вас зареєстровано',
        waitingNumber: 'Ви номер {position} у списку очікування',
        forMeeting: 'На: {title}, {day}',
        nextHeading: 'Що далі?',
        mailSent: 'Ми надішлемо вам лист на адресу {email}.',
        waitingNext:
          'Якщо звільниться місце, ви отримаєте його автоматично. Тоді ви також отримаєте лист.',
        confirmedNext: 'У листі є файл. З ним ви додасте зустріч до свого календаря.',
        cancelLater:
          'Не можете прийти? Тоді скасуйте реєстрацію за посиланням у листі. Тоді ваше місце зможе отримати хтось інший.',
        backToAgenda: 'Назад до розкладу',
        waitingFormLabel: 'Запис у список очікування',
        waitingSubmit: 'Запишіть мене в список очікування',
        busy: 'Реєстрація…',
        keyReused:
          'Цю реєстрацію вже надіслано з іншими даними. Оновіть сторінку та спробуйте ще раз.',
      },
      cancel: {
        failed: 'Скасувати не вдалося. Спробуйте ще раз за кілька хвилин.',
        personOne: '1 особа',
        personMany: 'кількість осіб: {count}',
        backLink: 'Переглянути зустрічі в розкладі',
        loadFailed: 'Ми не змогли завантажити вашу реєстрацію. Спробуйте ще раз за кілька хвилин.',
        linkWrong:
          "Можливо, посилання скопійовано не повністю, або зустріч була давно. Скористайтеся посиланням із листа з підтвердженням або зв'яжіться з центром підтримки.",
        failedHeading: 'Зараз це не працює',
        wrongHeading: 'Це посилання для скасування не працює',
        doneHeading: 'Реєстрацію скасовано',
        done: 'Ви не прийдете на: {titleSentence} Дякуємо, що повідомили. Тепер ваше місце може отримати хтось інший.',
        alreadyLeft: 'Ви вже скасували реєстрацію на цю зустріч.',
        onWaitingList: 'Ви в списку очікування на цю зустріч ({persons}).',
        signedUp: 'Вас зареєстровано на цю зустріч ({persons}).',
        cancelledNote: 'Ця зустріч не відбудеться. Скасовувати реєстрацію не потрібно.',
        startedNote: 'Ця зустріч уже почалася. Скасувати реєстрацію вже не можна.',
        heading: 'Скасування реєстрації',
        button: 'Скасувати мою реєстрацію',
        prompt:
          'Не можете прийти? Тоді скасуйте реєстрацію. Тоді ваше місце зможе отримати хтось інший.',
        busy: 'Скасування…',
        problem: 'Є проблема',
      },
    },
  },
};

/**
 * Whether a person checked a language's texts against the Dutch. None has: an AI
 * assistant made them, so each page in another language says so (TranslationNotice).
 */
export const oudercafeChecked: Record<Locale, boolean> = {
  nl: true,
  en: false,
  ar: false,
  tr: false,
  pl: false,
  uk: false,
};
