/**
 * The deadline calculator's sentences in Dutch, on their own: the complaint intake's date
 * page (a Dutch form) says these in the browser without the rest of the chooser's texts.
 */
import type { DeadlineTexts } from '../deadline-words.ts';

export const nlDeadline: DeadlineTexts = {
  lang: 'nl',
  lastDay: 'Je laatste dag is {date}.',
  passed:
    'Die dag is al voorbij. Soms kan het toch nog: een late aanvraag wordt soms nog aangenomen als je goed uitlegt waarom je te laat bent. Vraag het steunpunt om hulp.',
  today: 'Vandaag is je laatste dag.',
  daysLeft: { one: 'Je hebt nog {days} dag.', other: 'Je hebt nog {days} dagen.' },
  moved:
    'De {term} eindigen eigenlijk op {date}. Dat is een {reason}. Daarom schuift je laatste dag op.',
  sendBezwaar:
    'Stuur je je bezwaar per e-mail? Dan moet het binnen zijn voor het einde van die dag. Doe je een brief op tijd op de post? Dan mag die tot een week later aankomen.',
  calendarUnknown:
    'Welke vrije dagen de overheid dat jaar nog toevoegt, weten we nog niet. Kijk de datum later nog eens na.',
  gpoSafe: 'Dit is de veilige datum: precies {term}, zonder verlenging.',
  restDays: {
    zaterdag: 'zaterdag',
    zondag: 'zondag',
    'Goede Vrijdag': 'Goede Vrijdag',
    Nieuwjaarsdag: 'Nieuwjaarsdag',
    'Eerste Paasdag': 'Eerste Paasdag',
    'Tweede Paasdag': 'Tweede Paasdag',
    Koningsdag: 'Koningsdag',
    Bevrijdingsdag: 'Bevrijdingsdag',
    Hemelvaartsdag: 'Hemelvaartsdag',
    'Eerste Pinksterdag': 'Eerste Pinksterdag',
    'Tweede Pinksterdag': 'Tweede Pinksterdag',
    'Eerste Kerstdag': 'Eerste Kerstdag',
    'Tweede Kerstdag': 'Tweede Kerstdag',
    'door de regering vastgestelde vrije dag': 'door de regering vastgestelde vrije dag',
  },
};
