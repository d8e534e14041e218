/**
 * The attendee list as a CSV for Dutch Excel (functions/lib/dutch-csv.ts: BOM, `;`,
 * CRLF, formulas neutralised), dates as dd-MM-yyyy HH:mm in Amsterdam time.
 */
import { clockTime, inAmsterdam, isoDay } from '../lib/amsterdam-time.ts';
import { dutchCsv } from '../lib/dutch-csv.ts';
import type { Attendee } from './meeting-schema.ts';

export const csvHeaders = [
  'Naam',
  'E-mail',
  'Telefoon',
  'Aantal personen',
  'Wensen',
  'Status',
  'Plek op wachtlijst',
  'Aangemeld op',
  'Aanwezig',
] as const;

const statusText = { bevestigd: 'Aangemeld', wachtlijst: 'Wachtlijst', afgemeld: 'Afgemeld' };

const amsterdam = (iso: string) => {
  const local = inAmsterdam(iso);
  return `${isoDay(local).split('-').reverse().join('-')} ${clockTime(local)}`;
};

export function attendeesCsv(attendees: readonly Attendee[]): string {
  const rows = attendees.map((a) => [
    a.name,
    a.email,
    a.phone ?? '',
    String(a.persons),
    a.needs ?? '',
    statusText[a.status],
    a.position ? String(a.position) : '',
    amsterdam(a.signedUpAt),
    a.attended === undefined ? '' : a.attended ? 'Ja' : 'Nee',
  ]);
  return dutchCsv([[...csvHeaders], ...rows]);
}
