/**
 * The attendee list as a CSV that Dutch Excel opens as it should: UTF-8 with a BOM
 * (else Excel guesses Windows-1252), `;` between fields (the Dutch list separator),
 * CRLF lines, dates as dd-MM-yyyy HH:mm in Amsterdam time. A value that starts with
 * = + - @ (or a tab or return) would run as a formula: it gets a leading apostrophe.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { stringify } from 'csv-stringify/sync';
import { timeZone } from '../lib/amsterdam-time.ts';
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

export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const amsterdam = (iso: string) => format(new TZDate(new Date(iso), timeZone), 'dd-MM-yyyy HH:mm');

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
  return (
    '\uFEFF' +
    stringify([[...csvHeaders], ...rows.map((row) => row.map(neutralise))], {
      delimiter: ';',
      record_delimiter: 'windows',
      quoted_match: /[;"\r\n]/,
    })
  );
}
