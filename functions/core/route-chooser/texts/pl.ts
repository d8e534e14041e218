/** The route chooser in Polish (made by an AI assistant; no person has checked it yet). */
import type { TranslatedChooserTexts } from '../chooser-texts.ts';

export const pl: TranslatedChooserTexts = {
  name: 'Skarga czy spór',
  description:
    'Jaka droga jest właściwa, gdy nie zgadzasz się ze szkołą lub ze związkiem szkół? Odpowiedz na kilka pytań.',
  previous: 'Poprzednie pytanie',
  intro:
    'Odpowiadasz na kilka pytań. Potem widzisz, jaka droga pasuje, do kogo się zwrócić i ile masz czasu. Nie zapisujemy niczego, co wybierasz. Wolisz przeczytać wszystko? Zobacz {link}.',
  allOnOnePage: 'skargi, spory i sprzeciw',
  answersSoFar: 'Twoje dotychczasowe odpowiedzi',
  yourAnswers: 'Twoje odpowiedzi',
  change: 'Zmień',
  changeWhich: 'swoją odpowiedź na: {question}',
  askForHelp: 'Poproś punkt wsparcia o pomoc w tej drodze',
  startAgain: 'Zacznij od nowa',
  attention: 'Uwaga:',
  questions: {
    over: {
      text: 'Czego to dotyczy?',
      hint: 'Wybierz to, co pasuje najlepiej. Pasuje więcej rzeczy? Wybierz to, co teraz jest najważniejsze.',
      options: {
        tlv: 'Decyzja związku szkół w sprawie [[toelaatbaarheidsverklaring (TLV)]], czyli zgody na szkołę specjalną',
        toelating: 'Szkoła nie przyjmuje twojego dziecka albo nie ma miejsca',
        verwijdering: 'Szkoła chce usunąć twoje dziecko ze szkoły',
        schorsing: 'Twoje dziecko zostało zawieszone',
        opp: 'Plan rozwoju ([[OPP]]) twojego dziecka',
        thuiszitten: 'Twoje dziecko siedzi w domu i nie chodzi do szkoły',
        'gelijke-behandeling':
          'Twoje dziecko jest traktowane nierówno, na przykład z powodu niepełnosprawności lub choroby',
        gedrag: 'Coś, co ktoś ze szkoły lub ze związku szkół zrobił albo postanowił',
        steunpunt: 'Masz skargę na sam punkt wsparcia',
      },
    },
    besluit: {
      text: 'Czy masz decyzję szkoły na piśmie?',
      hint: 'Liczy się zarówno list, jak i e-mail. Liczy się też zamiar: decyzja, którą szkoła planuje podjąć. W przypadku [[OPP]] chodzi o [[OPP]], który szkoła ustaliła.',
      options: { ja: 'Tak, mam list lub e-mail', nee: 'Nie, jeszcze nie' },
    },
    school: {
      text: 'Czy to szkoła publiczna, czy szkoła wyznaniowa lub niepubliczna?',
      hint: 'Szkoła „bijzonder” opiera się na religii lub na własnej wizji. Na przykład szkoła katolicka, chrześcijańska lub waldorfska. Często jest to napisane na stronie szkoły.',
      options: {
        openbaar: 'Szkoła publiczna',
        bijzonder: 'Szkoła wyznaniowa lub niepubliczna',
        'weet-niet': 'Nie wiem',
      },
    },
    gesproken: {
      text: 'Czy rozmawiałeś już o tym ze szkołą lub ze związkiem szkół?',
      options: { ja: 'Tak, ale problem nie został rozwiązany', nee: 'Nie, jeszcze nie' },
    },
  },
  outcomeTitles: {
    'praat-met-school': 'Najpierw porozmawiaj ze szkołą',
    klacht: 'Złóż skargę w szkole lub w krajowej komisji skarg',
    gpo: 'Zwróć się do komisji sporów w sprawie odpowiedniej edukacji',
    'bezwaar-tlv': 'Złóż sprzeciw wobec decyzji w sprawie TLV',
    schorsing: 'Twoje dziecko zostało zawieszone: co możesz zrobić?',
    thuiszitten: 'Pomoc, gdy twoje dziecko siedzi w domu',
    'gelijke-behandeling': 'Zwróć się do Holenderskiego Instytutu Praw Człowieka',
    'klacht-over-steunpunt': 'Skarga na punkt wsparcia',
  },
  deadlineForm: {
    heading: 'Ile masz czasu?',
    labelDecision: 'Kiedy otrzymałeś decyzję?',
    labelEvent: 'Kiedy to się stało?',
    hint: {
      lkc: 'Wpisz dzień, w którym to się stało. Na przykład {example}.',
      gpo: 'Wpisz dzień, w którym otrzymałeś decyzję lub zamiar. Na przykład {example}.',
      bezwaar: 'Wpisz dzień, w którym otrzymałeś list lub e-mail z decyzją. Na przykład {example}.',
    },
    rule: {
      bezwaar: [
        'Masz {term}. Termin zaczyna się dzień po dniu, w którym otrzymałeś decyzję. Twój ostatni dzień to ten sam dzień tygodnia, {term} później.',
        'Czy ten dzień wypada w sobotę, w niedzielę lub w święto? Wtedy możesz wysłać jeszcze w pierwszy dzień po nim, który nie jest sobotą, niedzielą ani świętem.',
        'Wysyłasz sprzeciw e-mailem? Wtedy musi dotrzeć przed końcem twojego ostatniego dnia. Nadajesz list na czas? Wtedy może dotrzeć do tygodnia później.',
      ],
      gpo: [
        'Masz {term}. Termin zaczyna się dzień po dniu, w którym otrzymałeś decyzję lub zamiar. Twój ostatni dzień to ten sam dzień tygodnia, {term} później.',
        'Trzymaj się tego dnia, także gdy wypada w weekend lub w święto. To jest bezpieczna data.',
      ],
      lkc: [
        'Masz {term} od dnia, w którym to się stało. Potem jest zwykle za późno. Ten termin się nie przesuwa.',
      ],
    },
  },
  deadline: {
    lang: 'pl',
    lastDay: 'Twój ostatni dzień to {date}.',
    passed:
      'Ten dzień już minął. Czasem jest to jeszcze możliwe: spóźniony wniosek bywa przyjęty, jeśli dobrze wyjaśnisz, dlaczego się spóźniłeś. Poproś punkt wsparcia o pomoc.',
    today: 'Dzisiaj jest twój ostatni dzień.',
    daysLeft: {
      one: 'Masz jeszcze {days} dzień.',
      few: 'Masz jeszcze {days} dni.',
      many: 'Masz jeszcze {days} dni.',
      other: 'Masz jeszcze {days} dnia.',
    },
    moved:
      'Termin {term} kończy się właściwie {date}. Ten dzień to: {reason}. Dlatego twój ostatni dzień się przesuwa.',
    sendBezwaar:
      'Wysyłasz sprzeciw e-mailem? Wtedy musi dotrzeć przed końcem tego dnia. Nadajesz list na czas? Wtedy może dotrzeć do tygodnia później.',
    calendarUnknown:
      'Nie wiemy jeszcze, jakie wolne dni rząd doda w tym roku. Sprawdź datę później jeszcze raz.',
    gpoSafe: 'To jest bezpieczna data: dokładnie {term}, bez przedłużenia.',
    restDays: {
      zaterdag: 'sobota',
      zondag: 'niedziela',
      'Goede Vrijdag': 'Wielki Piątek',
      Nieuwjaarsdag: 'Nowy Rok',
      'Eerste Paasdag': 'Niedziela Wielkanocna',
      'Tweede Paasdag': 'Poniedziałek Wielkanocny',
      Koningsdag: 'Dzień Króla',
      Bevrijdingsdag: 'Dzień Wyzwolenia',
      Hemelvaartsdag: 'Wniebowstąpienie',
      'Eerste Pinksterdag': 'Zielone Świątki (niedziela)',
      'Tweede Pinksterdag': 'Zielone Świątki (poniedziałek)',
      'Eerste Kerstdag': 'Boże Narodzenie',
      'Tweede Kerstdag': 'drugi dzień Bożego Narodzenia',
      'door de regering vastgestelde vrije dag': 'dzień wolny ustalony przez rząd',
    },
  },
  outcomes: {
    'praat-met-school': {
      summary:
        'Nie ma jeszcze decyzji albo nie rozmawiałeś jeszcze o tym ze szkołą. Zacznij więc od rozmowy ze szkołą. Często razem znajdziecie rozwiązanie.',
      whereToGo:
        'Nie musisz niczego wysyłać. Skontaktuj się ze szkołą i poproś o rozmowę. Punkt wsparcia może pomóc ci przygotować się do rozmowy.',
    },
    klacht: {
      summary:
        'Rozmawiałeś już ze szkołą, ale problem nadal jest? Wtedy możesz złożyć skargę do komisji skarg, do której należy szkoła, na przykład do [[Landelijke Klachtencommissie Onderwijs (LKC)]].',
      whereToGo:
        'Wyślij skargę do komisji skarg szkoły. Jaka to komisja, jest napisane w przewodniku szkoły.',
    },
    gpo: {
      summary:
        'Nie zgadzasz się z zarządem szkoły w sprawie przyjęcia, usunięcia lub [[OPP]] twojego dziecka? Wtedy możesz przedstawić sprawę komisji sporów [[Geschillencommissie Passend Onderwijs (GPO)]].',
      whereToGo:
        'Składasz sprawę przez internet w [[Geschillencommissie Passend Onderwijs]]. Nie potrzebujesz adwokata.',
    },
    'bezwaar-tlv': {
      summary:
        'Nie zgadzasz się z decyzją związku szkół w sprawie [[toelaatbaarheidsverklaring (TLV)]]? Wtedy możesz złożyć sprzeciw ([[bezwaar]]) do związku szkół. Zrób to w ciągu {{term:objection}}.',
      whereToGo:
        'Wyślij sprzeciw do związku szkół, który podjął decyzję. Podpisz go i dołącz kopię decyzji.',
    },
    schorsing: {
      summary:
        'Twoje dziecko zostało zawieszone? Wtedy przez krótki czas nie może chodzić na lekcje. Szkoła musi przestrzegać zasad, a ty możesz złożyć sprzeciw wobec decyzji.',
      whereToGo:
        'Wyślij sprzeciw do zarządu szkoły. W liście o zawieszeniu jest napisane, jak i gdzie. Jeśli nie, zapytaj szkołę.',
    },
    thuiszitten: {
      summary:
        'Twoje dziecko nie chodzi już do szkoły albo tylko kilka godzin w tygodniu? Twoje dziecko i tak ma prawo do nauki każdego dnia. Szkoła nadal jest odpowiedzialna.',
      whereToGo:
        'Zacznij od szkoły i poproś o rozmowę. Punkt wsparcia bezpłatnie myśli razem z tobą. Twoje dziecko jest w domu dłużej niż {{term:homeBeforeConsultant}}? Wtedy możesz zgłosić się do [[onderwijsconsulenten]] (konsultantów edukacyjnych).',
    },
    'gelijke-behandeling': {
      summary:
        'Uważasz, że szkoła traktuje twoje dziecko inaczej z powodu niepełnosprawności lub przewlekłej choroby? Wtedy możesz poprosić [[College voor de Rechten van de Mens]] o opinię.',
      whereToGo: 'Poproś o opinię [[College voor de Rechten van de Mens]] przez internet.',
    },
    'klacht-over-steunpunt': {
      summary:
        'Nie jesteś zadowolony z pomocy punktu wsparcia? Może nie dostałeś odpowiedzi albo nie czułeś się wysłuchany. Wtedy możesz się na to poskarżyć.',
      whereToGo:
        'Najpierw powiedz to osobie, która ci pomagała, albo koordynatorowi punktu wsparcia. Dane kontaktowe punktu wsparcia są na dole każdej strony.',
    },
  },
  flagNotes: {
    'parallel-bezwaar':
      'Twoje dziecko chodzi do szkoły publicznej. Złóż więc w ciągu {{term:objection}} także sprzeciw do zarządu szkoły, obok sprawy w [[GPO]]. Tak droga do sądu pozostaje otwarta.',
    'school-onbekend':
      'Nie wiesz, czy szkoła jest publiczna, czy wyznaniowa? Zapytaj szkołę albo zajrzyj do przewodnika szkoły. W szkole publicznej składasz w ciągu {{term:objection}} także sprzeciw do zarządu szkoły. Nie czekaj: termin już biegnie.',
  },
  whereToGo: 'Gdzie się zwrócić?',
  checkDutch: 'Nikt jeszcze nie sprawdził tego wyniku. Sprawdź go w tekście niderlandzkim.',
  checkDeadline: 'Nikt jeszcze nie sprawdził tego terminu. Sprawdź go w tekście niderlandzkim.',
  readInDutch: 'Przeczytaj pełne wyjaśnienie tego kroku',
  askQuestion: 'Zadaj pytanie',
  postalAddress: 'Adres pocztowy {name} to:',
  noPostalAddress:
    'Nie mamy jeszcze adresu pocztowego {name}. Sprawdź stronę internetową związku szkół lub list z decyzją.',
};
