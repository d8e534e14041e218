/**
 * Meetings whose calendar files were saved from the `ics` package (3.12.0) before our own
 * writer replaced it, with DTSTAMP at `stampedAt`. The writer must give the same content
 * lines; only the folding differs (ics folded at 75 characters, RFC 5545 says octets).
 */
import type { IcsMeeting, IcsMethod } from '../meeting-ics.ts';

export const stampedAt = Date.parse('2026-11-30T09:15:42.123Z');

/** A plain meeting in a place; the cases below and the writer's tests vary it. */
export const base: IcsMeeting = {
  id: 'm1',
  title: 'Oudercafé',
  description: 'Praten over passend onderwijs.',
  startsAt: '2026-12-08T18:30:00.000Z',
  endsAt: '2026-12-08T20:00:00.000Z',
  locationKind: 'plaats',
  location: 'Bibliotheek Hoofddorp',
  steunpuntName: 'Steunpunt Amstel & Meer',
  version: 0,
  cancelled: false,
};

const longText = [
  'Welkom bij het Oudercafé! We praten over passend onderwijs, over het OPP; en over wat jij',
  'als ouder kunt doen. Neem gerust een vraag mee 😊 – of je partner, opa, oma…',
  'Map: C:\\Ouders\\Vragen\\2026, kamer 1.03; eerste verdieping.\r\nTot dan! 👨‍👩‍👧‍👦🇳🇱',
].join('\n');

export const goldenCases: { name: string; meeting: IcsMeeting; method?: IcsMethod }[] = [
  { name: 'publish-place', meeting: base },
  {
    name: 'publish-online-organizer',
    meeting: {
      ...base,
      id: '01JF3Q8Z6W5K2M9R7T4V1X0Y3B',
      locationKind: 'online',
      location: undefined,
      onlineUrl:
        'https://meet.voorbeeld.nl/oudercafe/passend-onderwijs-december?room=ouders&taal=nl-NL&pw=ab12cd34',
      steunpuntName: 'Steunpunt Passend Onderwijs: Amstel, Meer; en omstreken',
      steunpuntEmail: 'info@amstel-en-meer.example',
      version: 3,
    },
  },
  {
    name: 'cancel-place-organizer',
    meeting: { ...base, steunpuntEmail: 'info@aenm.example', version: 2 },
    method: 'CANCEL',
  },
  {
    name: 'cancelled-meeting',
    meeting: { ...base, cancelled: true, version: 4 },
    method: 'PUBLISH',
  },
  {
    name: 'long-dutch-texts',
    meeting: {
      ...base,
      id: 'meeting-with-a-rather-long-identifier-that-folds-0123456789abcdef',
      title: 'Oudercafé: “Passend onderwijs”, zorgplicht; thuiszitters \\ en jij 🧑‍🏫 – ééntje méér',
      description: longText,
      location:
        'Bibliotheek Hoofddorp, Raadhuisplein 1; zaal “De Boekenkast” \\ ingang via de Kruisweg, 2132 TZ Hoofddorp',
      steunpuntName: 'Steunpunt Amstel & Meer, regio Haarlemmermeer; Uithoorn',
      steunpuntEmail: 'ouders@steunpunt-amstel-en-meer-haarlemmermeer.example',
      version: 1,
    },
  },
  {
    name: 'online-without-link',
    meeting: { ...base, locationKind: 'online', location: undefined, version: 1 },
  },
  {
    name: 'place-without-address',
    meeting: { ...base, location: undefined },
    method: 'CANCEL',
  },
];
