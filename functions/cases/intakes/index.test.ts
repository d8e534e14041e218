import { describe, expect, it } from 'vitest';
import { reservedPageNames } from '../../tenants/content-page.ts';
import type { Tenant } from '../../tenants/swv-profile.ts';
import { caseFormPages, caseKinds, referencePrefixes } from '../case-kinds.ts';
import { caseMailTemplates } from '../case-mails.ts';
import { complaintIntake } from './complaint.ts';
import { complaintInput } from './complaint-schema.ts';
import { intakes } from './index.ts';
import { intakeMailTemplates } from './intake-mail-templates.ts';
import { questionIntake } from './question.ts';
import { questionInput } from './question-schema.ts';

const tenant: Tenant = {
  slug: 'po-voorbeeld',
  steunpunt: 'sp-voorbeeld',
  name: 'Samenwerkingsverband Voorbeeld',
  shortName: 'Voorbeeld',
  sector: 'PO',
  gemeenten: ['Voorbeeld'],
  steunpuntName: 'Steunpunt Voorbeeld',
};

describe('the kinds of case and their intakes', () => {
  it('gives every kind its own reference prefix and its own form page', () => {
    expect(new Set(referencePrefixes).size).toBe(Object.keys(caseKinds).length);
    expect(new Set(caseFormPages).size).toBe(caseFormPages.length);
    for (const page of caseFormPages) {
      expect(reservedPageNames as readonly string[]).not.toContain(page);
    }
  });

  it('lists every intake once, each of a declared kind', () => {
    expect(new Set(intakes).size).toBe(intakes.length);
    for (const intake of intakes) expect(Object.keys(caseKinds)).toContain(intake.kind);
  });

  it('renders every mail an intake declares, and its confirmation is one of them', () => {
    for (const intake of intakes) {
      for (const name of Object.keys(intake.mails)) expect(caseMailTemplates).toHaveProperty(name);
    }
    // And no template that no intake declares.
    expect(Object.keys(intakeMailTemplates).sort()).toEqual(
      intakes.flatMap((intake) => Object.keys(intake.mails)).sort(),
    );
    const input = questionInput.parse({
      role: 'ouder',
      topic: 'ondersteuning',
      question: 'Mijn kind krijgt op school niet de hulp die het nodig heeft. Wat kan ik doen?',
      schoolType: 'po',
      gemeente: 'Voorbeeld',
      contactChannel: 'email',
      email: 'ouder@example.nl',
      consent: true,
    });
    const now = new Date('2026-11-24T10:00:00.000Z');
    const dueAt = new Date('2026-12-01T10:00:00.000Z');
    const mail = questionIntake.confirmationMail(input, tenant, {
      reference: 'V-2026-000001',
      now,
      dueAt,
      reply: { replyTo: 'info@steunpunt.example' },
    });
    expect(mail?.template).toBeDefined();
    // The reply address is decided once, for the case (case-reply-address.ts).
    expect(mail?.replyTo).toBe('info@steunpunt.example');
    expect(Object.keys(questionIntake.mails)).toContain(mail?.template);
  });

  it('confirms a complaint with one of its own mails, carrying the route and last day', () => {
    expect(intakes).toContain(complaintIntake);
    const input = complaintInput.parse({
      role: 'ouder',
      route: 'gpo',
      about: 'Basisschool De Linde',
      decisionDate: '2026-10-20',
      whatHappened: 'De school wil mijn dochter verwijderen.',
      outcomeWanted: 'Dat ze kan blijven.',
      wantsLetterHelp: true,
      contactChannel: 'email',
      email: 'ouder@example.nl',
      reminder: false,
      consent: true,
    });
    const mail = complaintIntake.confirmationMail(input, tenant, {
      reference: 'K-2026-000001',
      now: new Date('2026-11-24T10:00:00.000Z'),
      dueAt: new Date('2026-11-27T16:00:00.000Z'),
      reply: {},
    });
    expect(Object.keys(complaintIntake.mails)).toContain(mail?.template);
    // GPO: six weeks from Tuesday 20 October, no extension: Tuesday 1 December.
    expect(mail?.params).toMatchObject({ route: 'gpo', filingDeadline: '2026-12-01' });
    expect(JSON.stringify(mail?.params)).not.toContain('Linde');
    expect(caseKinds[complaintIntake.kind].prefix).toBe('K');
  });
});
