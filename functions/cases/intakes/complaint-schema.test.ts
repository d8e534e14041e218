import { describe, expect, it } from 'vitest';
import { outcomes } from '../../core/route-chooser/outcomes.ts';
import {
  amsterdamToday,
  complaintFieldOrder,
  complaintInput,
  complaintRoutes,
} from './complaint-schema.ts';

const valid = {
  role: 'ouder',
  route: 'gpo',
  about: '  Basisschool De Linde ',
  decisionDate: '2025-04-17',
  whatHappened: 'De school wil mijn dochter verwijderen.',
  outcomeWanted: 'Dat ze kan blijven.',
  wantsLetterHelp: false,
  contactChannel: 'telefoon',
  phone: '06 12 34 56 78',
  reminder: false,
  consent: true,
};

const fieldsWithErrors = (input: unknown) => {
  const result = complaintInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => String(issue.path[0]));
};

describe('the complaint schema', () => {
  it('offers every route of the chooser and "weet ik niet"', () => {
    expect(complaintRoutes).toEqual([...outcomes.map((o) => o.intakeRoute), 'weet-ik-niet']);
  });

  it('trims texts, normalises the phone number and leaves empty optional fields out', () => {
    const parsed = complaintInput.parse({ ...valid, spokenWith: '  ', childName: '', email: '' });
    expect(parsed).toMatchObject({ about: 'Basisschool De Linde', phone: '0612345678' });
    expect(parsed.spokenWith).toBeUndefined();
    expect(parsed.childName).toBeUndefined();
    expect(parsed.email).toBeUndefined();
  });

  it('takes today in Amsterdam as a decision date, never tomorrow or a day that does not exist', () => {
    const today = amsterdamToday();
    expect(fieldsWithErrors({ ...valid, decisionDate: today })).toEqual([]);
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect(fieldsWithErrors({ ...valid, decisionDate: amsterdamToday(tomorrow) })).toEqual([
      'decisionDate',
    ]);
    expect(fieldsWithErrors({ ...valid, decisionDate: '2025-02-30' })).toEqual(['decisionDate']);
    expect(fieldsWithErrors({ ...valid, decisionDate: '17-04-2025' })).toEqual(['decisionDate']);
    expect(complaintInput.parse({ ...valid, decisionDate: '' }).decisionDate).toBeUndefined();
  });

  it('knows the Amsterdam day at midnight UTC', () => {
    // 23.30 UTC on 31 December is already 1 January in Amsterdam.
    expect(amsterdamToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('refuses a date of birth or a number as the child name', () => {
    expect(fieldsWithErrors({ ...valid, childName: 'Lotte' })).toEqual([]);
    expect(fieldsWithErrors({ ...valid, childName: 'L.J.' })).toEqual([]);
    expect(fieldsWithErrors({ ...valid, childName: '123456782' })).toEqual(['childName']);
    expect(fieldsWithErrors({ ...valid, childName: 'Lotte 12-03-2015' })).toEqual(['childName']);
  });

  it('lists every field in the form order', () => {
    const fields = Object.keys(complaintInput.def.shape).sort();
    expect([...complaintFieldOrder].sort()).toEqual(fields);
  });
});
