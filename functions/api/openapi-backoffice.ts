/**
 * The back office's part of the OpenAPI document: one entry per route, with the same zod
 * schemas the routes validate their bodies with. `test/integration/openapi.test.ts` checks
 * that every route the app registers is described here, so a new route cannot be left out.
 */
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import {
  accountActive,
  accountInput,
  accountUpdate,
  steunpuntInput,
  tenantMove,
} from '../admin/account-schema.ts';
import {
  assignInput,
  noteInput,
  replyInput,
  signalInput,
  statusInput,
  topicInput,
} from '../cases/changes-input.ts';
import { contactInput } from '../cases/intakes/contact-schema.ts';
import { settingsInput } from '../cases/settings.ts';
import { templateInput } from '../cases/templates-input.ts';
import { meetingBackofficeOperations } from './meeting-openapi.ts';
import { personInput } from '../privacy/person-input.ts';
import { topicSettingsInput } from '../topics/topic-schema.ts';

type Who = 'staff' | 'coordinator' | 'beheerder' | 'signed-in';

export interface Operation {
  summary: string;
  who: Who;
  body?: $ZodType;
  /** Needs an Idempotency-Key header (a retry changes nothing). */
  idempotent?: boolean;
  query?: Record<string, string>;
}

const whoText: Record<Who, string> = {
  staff: 'Medewerkers en coördinatoren, alleen voor hun eigen steunpunt.',
  coordinator: 'Alleen coördinatoren, alleen voor hun eigen steunpunt.',
  beheerder: 'Alleen beheerders.',
  'signed-in': 'Iedereen die is ingelogd.',
};

export const backofficeOperations: Record<string, Operation> = {
  'GET /api/backoffice/me': {
    summary: 'Wie is ingelogd, met rol en samenwerkingsverbanden',
    who: 'signed-in',
  },
  'GET /api/backoffice/cases': {
    summary: 'De inbox: dossiers per status, nieuwste eerst, met filters en een cursor',
    who: 'staff',
    query: {
      status: 'nieuw, in-behandeling, wacht-op-reactie of afgerond',
      swv: 'Alleen dit samenwerkingsverband',
      topic: 'Alleen dit onderwerp',
      assignee: 'Alleen dossiers van deze medewerker',
      overdue: '1: alleen dossiers over de reactietermijn',
      cursor: 'Waar de vorige pagina ophield',
    },
  },
  'GET /api/backoffice/cases/by-reference': {
    summary: 'Een dossier zoeken op referentienummer',
    who: 'staff',
    query: { ref: 'Het referentienummer, zoals V-2026-000123' },
  },
  'GET /api/backoffice/cases/{swv}/{caseId}': {
    summary: 'Een dossier met zijn geschiedenis',
    who: 'staff',
  },
  'GET /api/backoffice/cases/{swv}/{caseId}/reply-draft': {
    summary: 'Een antwoord uit een sjabloon, met de plaatshouders ingevuld',
    who: 'staff',
    query: { templateId: 'Het sjabloon' },
  },
  'POST /api/backoffice/cases/{swv}/{caseId}/assign': {
    summary: 'Toewijzen (aan jezelf; een coördinator ook aan een collega)',
    who: 'staff',
    body: assignInput,
    idempotent: true,
  },
  'POST /api/backoffice/cases/{swv}/{caseId}/status': {
    summary: 'De status wijzigen of heropenen',
    who: 'staff',
    body: statusInput,
    idempotent: true,
  },
  'POST /api/backoffice/cases/{swv}/{caseId}/topic': {
    summary: 'Het onderwerp van een vraag wijzigen',
    who: 'staff',
    body: topicInput,
    idempotent: true,
  },
  'POST /api/backoffice/cases/{swv}/{caseId}/signal': {
    summary: 'Een signaal voor het samenwerkingsverband vastleggen',
    who: 'staff',
    body: signalInput,
    idempotent: true,
  },
  'POST /api/backoffice/cases/{swv}/{caseId}/replies': {
    summary: 'Een antwoord per e-mail sturen (via de outbox)',
    who: 'staff',
    body: replyInput,
    idempotent: true,
  },
  'POST /api/backoffice/cases/{swv}/{caseId}/notes': {
    summary: 'Een interne notitie toevoegen',
    who: 'staff',
    body: noteInput,
    idempotent: true,
  },
  'POST /api/backoffice/contacts': {
    summary: 'Een contact per telefoon, WhatsApp of inloop vastleggen als nieuw dossier',
    who: 'staff',
    body: contactInput,
    idempotent: true,
  },
  'GET /api/backoffice/templates': {
    summary: 'De antwoordsjablonen van het steunpunt',
    who: 'staff',
  },
  'POST /api/backoffice/templates': {
    summary: 'Een sjabloon toevoegen',
    who: 'coordinator',
    body: templateInput,
    idempotent: true,
  },
  'PUT /api/backoffice/templates/{id}': {
    summary: 'Een sjabloon wijzigen',
    who: 'coordinator',
    body: templateInput,
    idempotent: true,
  },
  'DELETE /api/backoffice/templates/{id}': {
    summary: 'Een sjabloon verwijderen',
    who: 'coordinator',
    idempotent: true,
    query: { version: 'De versie die je zag; anders 409' },
  },
  'GET /api/backoffice/onderwerpen': {
    summary: 'De onderwerpen van het steunpunt: landelijke (ook verborgen) en eigen',
    who: 'staff',
  },
  'PUT /api/backoffice/onderwerpen': {
    summary: 'Landelijke onderwerpen verbergen, eigen onderwerpen toevoegen of wijzigen',
    who: 'coordinator',
    body: topicSettingsInput,
    idempotent: true,
  },
  'GET /api/backoffice/settings': {
    summary: 'De instellingen van het steunpunt',
    who: 'coordinator',
  },
  'PUT /api/backoffice/settings': {
    summary: 'Reactietermijn en bewaartermijnen wijzigen',
    who: 'coordinator',
    body: settingsInput,
    idempotent: true,
  },
  'GET /api/backoffice/audit': {
    summary: 'Het logboek: wie welk dossier bekeek of wijzigde',
    who: 'coordinator',
    query: { month: 'De maand, zoals 2026-11', cursor: 'Waar de vorige pagina ophield' },
  },
  'POST /api/backoffice/personen/zoeken': {
    summary: 'Alle dossiers van één persoon zoeken (e-mailadres of telefoonnummer)',
    who: 'coordinator',
    body: personInput,
  },
  'POST /api/backoffice/personen/export': {
    summary: 'Alles van één persoon exporteren (inzage)',
    who: 'coordinator',
    body: personInput,
  },
  'POST /api/backoffice/personen/verwijderen': {
    summary: 'De persoonsgegevens van één persoon wissen',
    who: 'coordinator',
    body: personInput,
    idempotent: true,
  },
  'GET /api/backoffice/beheer/organisaties': {
    summary: 'Steunpunten met hun samenwerkingsverbanden',
    who: 'beheerder',
  },
  'PUT /api/backoffice/beheer/steunpunten': {
    summary: 'Een steunpunt toevoegen of wijzigen',
    who: 'beheerder',
    body: steunpuntInput,
  },
  'PUT /api/backoffice/beheer/samenwerkingsverbanden/{swv}/steunpunt': {
    summary: 'Een samenwerkingsverband zonder vragen naar een ander steunpunt verhuizen',
    who: 'beheerder',
    body: tenantMove,
  },
  'GET /api/backoffice/beheer/logboek': {
    summary: 'Het logboek van beheer: wie welk account, steunpunt of samenwerkingsverband wijzigde',
    who: 'beheerder',
    query: { month: 'De maand, zoals 2026-11' },
  },
  'GET /api/backoffice/beheer/gebruikers': { summary: 'Alle accounts', who: 'beheerder' },
  'POST /api/backoffice/beheer/gebruikers': {
    summary: 'Een account maken',
    who: 'beheerder',
    body: accountInput,
    idempotent: true,
  },
  'PUT /api/backoffice/beheer/gebruikers/{userId}': {
    summary: 'Naam, rol en organisatie van een account wijzigen',
    who: 'beheerder',
    body: accountUpdate,
  },
  'PUT /api/backoffice/beheer/gebruikers/{userId}/actief': {
    summary: 'Een account uit- of aanzetten',
    who: 'beheerder',
    body: accountActive,
  },
  ...meetingBackofficeOperations,
};

const problem = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The OpenAPI path items of the back office. */
export function backofficePaths(): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [key, operation] of Object.entries(backofficeOperations)) {
    const [method, path] = key.split(' ') as [string, string];
    const pathParameters = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const queryParameters = Object.entries(operation.query ?? {}).map(([name, description]) => ({
      name,
      in: 'query',
      required: false,
      description,
      schema: { type: 'string' },
    }));
    const idempotency = operation.idempotent
      ? [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            description:
              'Eén sleutel per handeling; een herhaling met dezelfde sleutel verandert niets',
            schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16,128}$' },
          },
        ]
      : [];
    paths[path] ??= {};
    paths[path][method.toLowerCase()] = {
      summary: operation.summary,
      description: whoText[operation.who],
      tags: ['Backoffice'],
      security: [{ idToken: [] }],
      parameters: [...pathParameters, ...queryParameters, ...idempotency],
      ...(operation.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: z.toJSONSchema(operation.body, { io: 'input', unrepresentable: 'any' }),
                },
              },
            },
          }
        : {}),
      responses: {
        200: { description: 'Gelukt' },
        ...(operation.body
          ? { 400: problem('De gegevens kloppen niet; per veld staat wat er mis is') }
          : {}),
        401: problem('Niet ingelogd, of het token is verlopen'),
        403: problem('Deze rol mag dit niet'),
        404: problem('Niet gevonden (of van een ander steunpunt)'),
        ...(operation.idempotent ? { 409: problem('Iemand anders wijzigde het net') } : {}),
      },
    };
  }
  return paths;
}

/** How the back office proves who it is: an ID token from Cognito (locally: the portal's issuer). */
export const idTokenScheme = {
  idToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
};
