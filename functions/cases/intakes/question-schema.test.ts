import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../lib/field-errors.ts';
import { questionFieldOrder, questionInput } from './question-schema.ts';

const base = {
  role: 'jongere',
  topic: 'examen-vo',
  question: 'Mag ik extra tijd bij mijn toetsen?',
  schoolType: 'vo',
  gemeente: 'Beverwijk',
  contactChannel: 'email',
  email: 'Jong@Example.NL ',
  consent: true,
};

const errorsOf = (input: unknown) => {
  const result = questionInput.safeParse(input);
  return result.success ? [] : fieldErrors(result.error, questionFieldOrder);
};

describe('questionInput', () => {
  it('normalises what people type: trims, lower-cases e-mail, drops empty optional fields', () => {
    const parsed = questionInput.parse({ ...base, name: '  ', phone: '' });
    expect(parsed.email).toBe('jong@example.nl');
    expect(parsed.name).toBeUndefined();
    expect(parsed.phone).toBeUndefined();
  });

  it.each(['06 12345678', '06-123 456 78', '+31 6 1234 5678', '(020) 330 6320', '0031612345678'])(
    'accepts the phone number %s',
    (phone) => {
      const parsed = questionInput.parse({ ...base, contactChannel: 'telefoon', phone });
      expect(parsed.phone).toMatch(/^(\+|00)?\d{10,15}$/);
    },
  );

  it.each(['0612', 'bel me maar', '06-1234-5678-9999-0000'])(
    'rejects the phone number %s',
    (phone) => {
      expect(errorsOf({ ...base, contactChannel: 'telefoon', phone })).toEqual([
        { field: 'phone', message: 'Vul een telefoonnummer in zoals 06 12345678' },
      ]);
    },
  );

  it('needs the e-mail address when contact is by e-mail, the phone number otherwise', () => {
    expect(errorsOf({ ...base, email: '' })).toEqual([
      { field: 'email', message: 'Vul je e-mailadres in, want je wilt contact per e-mail' },
    ]);
    expect(errorsOf({ ...base, contactChannel: 'whatsapp' })[0]?.field).toBe('phone');
  });

  it('says what is wrong with a question that is empty, short or long', () => {
    expect(errorsOf({ ...base, question: '   ' })[0]?.message).toBe('Schrijf je vraag op');
    expect(errorsOf({ ...base, question: 'Hulp?' })[0]?.message).toMatch(/te kort/);
    expect(errorsOf({ ...base, question: 'a'.repeat(3001) })[0]?.message).toMatch(/te lang/);
  });

  it('takes a topic as a key, national or own; the API checks it against the steunpunt', () => {
    expect(questionInput.parse({ ...base, topic: 'eigen-3f9a1c2b' }).topic).toBe('eigen-3f9a1c2b');
    for (const topic of ['', 'Iets anders', 'x', '<script>', 42]) {
      expect(errorsOf({ ...base, topic })).toEqual([
        { field: 'topic', message: 'Kies waar je vraag over gaat' },
      ]);
    }
  });

  it('needs consent to be exactly true', () => {
    for (const consent of [false, 'true', 'on', undefined]) {
      expect(errorsOf({ ...base, consent })).toEqual([
        { field: 'consent', message: 'Geef aan dat je de privacyverklaring hebt gelezen' },
      ]);
    }
  });

  it('lists an empty form’s problems in the order of the form', () => {
    expect(errorsOf({}).map((e) => e.field)).toEqual([
      'role',
      'topic',
      'question',
      'schoolType',
      'gemeente',
      'contactChannel',
      'consent',
    ]);
  });
});
