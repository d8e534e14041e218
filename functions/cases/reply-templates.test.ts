import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { asksForReply, templateInput, unfinishedTemplateMessage } from './templates-input.ts';
import { defaultTemplates, fillPlaceholders } from './reply-templates.ts';

describe('fillPlaceholders', () => {
  const values = {
    naam: 'Anna',
    referentie: 'V-2026-000001',
    steunpunt: 'Steunpunt Test',
    medewerker: 'Bob',
  };

  it('fills every placeholder, as often as it occurs', () => {
    expect(
      fillPlaceholders(
        'Hallo {naam}, {naam}! Je nummer: {referentie}. {medewerker} van {steunpunt}',
        values,
      ),
    ).toBe('Hallo Anna, Anna! Je nummer: V-2026-000001. Bob van Steunpunt Test');
  });

  it('leaves no gap where a value is missing', () => {
    expect(fillPlaceholders('Hallo {naam},\n\nTekst', { ...values, naam: '' })).toBe(
      'Hallo,\n\nTekst',
    );
    expect(fillPlaceholders('Hallo {naam}!', {})).toBe('Hallo!');
  });

  it('leaves other braces and the rest of the text alone', () => {
    expect(fillPlaceholders('Let op : {iets} en {naam }', values)).toBe(
      'Let op : {iets} en {naam }',
    );
  });

  it('fills the default templates without leftovers', () => {
    for (const template of defaultTemplates) {
      expect(z.safeParse(templateInput, template).success, template.id).toBe(true);
      expect(fillPlaceholders(template.body, values)).not.toMatch(/\{[a-z]+\}/);
    }
  });
});

describe('the default templates as a reply', () => {
  const byId = (id: string) => defaultTemplates.find((t) => t.id === id)!.body;

  it('are recognised when they ask the parent to answer by e-mail', () => {
    expect(defaultTemplates.filter((t) => asksForReply(t.body)).map((t) => t.id)).toEqual([
      'eerste-reactie',
      'meer-informatie',
      'gesprek',
    ]);
    expect(asksForReply('Bel ons gerust. Je kunt ook mailen naar info@steunpunt.nl.')).toBe(false);
  });

  it('cannot go out before their instructions are replaced', () => {
    expect(unfinishedTemplateMessage(byId('eerste-reactie'))).toContain(
      '[Schrijf hier je antwoord.]',
    );
    expect(unfinishedTemplateMessage(byId('meer-informatie'))).toContain(
      '[Schrijf hier wat je wilt weten.]',
    );
    expect(unfinishedTemplateMessage(byId('afronding'))).toBeUndefined();
    expect(unfinishedTemplateMessage('Zie artikel [1] en {naam}.')).toBeUndefined();
  });
});
