import { describe, expect, it } from 'vitest';
import {
  describeFindings,
  findPersonalData,
  passesElfproef,
  type PersonalDataKind,
} from './signal-personal-data.ts';

/** The kinds and snippets found, in order. */
const found = (text: string) => findPersonalData(text).map((f) => [f.kind, f.snippet]);

describe('findPersonalData', () => {
  it.each([
    ['Mail ouder via j.jansen@example.nl als het mag', 'email', 'j.jansen@example.nl'],
    ['Contact: Info+Ouders@School-Zuid.nl', 'email', 'Info+Ouders@School-Zuid.nl'],
    ['Bel moeder op 06-12345678 na drie uur', 'phone', '06-12345678'],
    ['Bel 06 12 34 56 78', 'phone', '06 12 34 56 78'],
    ['Nummer 0612345678 werkt niet', 'phone', '0612345678'],
    ['Vaste lijn 020 123 4567', 'phone', '020 123 4567'],
    ['Vaste lijn 0251-123456', 'phone', '0251-123456'],
    ['Buitenland +31 6 12345678', 'phone', '+31 6 12345678'],
    ['Of +31 (0)20 1234567', 'phone', '+31 (0)20 1234567'],
    ['Of 0031612345678', 'phone', '0031612345678'],
    ['BSN 111222333 stond in de brief', 'bsn', '111222333'],
    ['Nummer 1112.22.333 in het dossier', 'bsn', '1112.22.333'],
    ['Nummer 123 456 782 in de brief', 'bsn', '123 456 782'],
    ['Mevrouw Jansen van school reageert niet', 'name', 'Jansen'],
    ['Gesprek met meneer De Vries over de TLV', 'name', 'De Vries'],
    ['Gesprek met meneer van der Berg over de TLV', 'name', 'van der Berg'],
    ['De juf Petra zegt dat het niet kan', 'name', 'Petra'],
    ['Meester Ahmed Yilmaz weet het', 'name', 'Ahmed Yilmaz'],
    ['mijn zoon Daan zit thuis', 'name', 'Daan'],
    ['Onze dochter Mila wacht op een plek', 'name', 'Mila'],
    ['Dhr. Bakker belde', 'name', 'Bakker'],
    ['Sanne zit al maanden thuis', 'name', 'Sanne'],
    ['Het gaat om Noah en zijn broer', 'name', 'Noah'],
  ] as [string, PersonalDataKind, string][])('finds in "%s" a %s', (text, kind, snippet) => {
    expect(found(text)).toContainEqual([kind, snippet]);
  });

  it.each([
    [
      'Op 3 maart 2026 weigerde basisschool De Regenboog een leerling',
      '3 maart 2026',
      'basisschool De Regenboog',
    ],
    ['Gesprek op 12-03-2026 op de Regenboogschool', '12-03-2026', 'de Regenboogschool'],
    ['Lyceum in het oosten, intake op maandag 4 mei', 'maandag 4 mei', 'Lyceum'],
    ['Op 5/6/25 zei het college dat er geen plek was', '5/6/25', 'het college'],
    ['Datum 2026-01-15, De Vlinderschool', '2026-01-15', 'De Vlinderschool'],
  ])('finds a date with a school in "%s"', (text, dateSnippet, schoolSnippet) => {
    const result = found(text);
    expect(result).toContainEqual(['date', dateSnippet]);
    expect(result).toContainEqual(['school', schoolSnippet]);
  });

  it.each([
    'Ouders wachten lang op een TLV voor het speciaal onderwijs.',
    'Scholen weigeren leerlingen met een zware ondersteuningsvraag.',
    'In maart kregen drie gezinnen geen plek op een school in de regio.',
    // A date without a school, or a school without a date, names nobody.
    'Sinds 1 augustus zitten meer kinderen thuis.',
    'Een basisschool zegt dat zij de ondersteuning niet kan bieden.',
    // A service number is not a person's, and short numbers are no phone.
    'Ouders bellen de landelijke lijn 0800-5010.',
    'Het gaat om 12 kinderen en 3 scholen.',
    // Nine digits that fail the elfproef, and more than nine.
    'Kenmerk 123456789 van het SWV.',
    'Dossiernummer 1234567890 in het systeem.',
    // Words like moeder or juf without a capitalised name after them.
    'De moeder voelt zich niet gehoord door de juf van groep 5.',
    'De mentor reageert niet op mails.',
    // Abbreviations after such a word are no names.
    'Volgens de directeur SWV is er geen plek, en de moeder TLV-aanvragen vindt het lang duren.',
    // An @ without an address.
    'Ouders @ school voelen zich niet gehoord.',
    'Zorg en onderwijs werken langs elkaar heen; het SWV kan dat verbeteren.',
    '',
  ])('finds nothing in "%s"', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('gives each finding its place in the text, in order', () => {
    const text = 'Mail a@b.nl of bel 06-12345678, vraag naar mevrouw Jansen.';
    const findings = findPersonalData(text);
    expect(findings.map((f) => f.kind)).toEqual(['email', 'phone', 'name']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.snippet);
    expect(findings[0]).toMatchObject({ label: 'E-mailadres', start: 5, end: 11 });
  });

  it('reports one stretch of text once, even when two patterns see a name there', () => {
    // "Daan" follows "mijn zoon" and is on the list of first names.
    expect(found('mijn zoon Daan')).toEqual([['name', 'Daan']]);
    // A mobile number is not also a nine-digit number.
    expect(found('Bel +31612345678')).toEqual([['phone', '+31612345678']]);
  });

  it('says in words what it found', () => {
    expect(describeFindings(findPersonalData('Bel 06-12345678 of mail a@b.nl'))).toBe(
      'telefoonnummer: "06-12345678"; e-mailadres: "a@b.nl"',
    );
  });
});

describe('passesElfproef', () => {
  it.each(['111222333', '123456782', '999999990'])('accepts %s', (digits) => {
    expect(passesElfproef(digits)).toBe(true);
  });
  it.each(['123456789', '000000000', '11122233', '1112223334', 'abcdefghi'])(
    'refuses %s',
    (digits) => {
      expect(passesElfproef(digits)).toBe(false);
    },
  );
});
