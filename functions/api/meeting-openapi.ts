/** The Oudercafé's public endpoints in the OpenAPI document (functions/api/openapi.ts). */
import type { Operation } from './openapi-backoffice.ts';
import {
  attendanceInput,
  meetingCancelInput,
  meetingEditInput,
  meetingInput,
} from '../meetings/meeting-schema.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
const swvParameter = {
  name: 'swv',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[a-z0-9-]{2,64}$' },
  example: 'po-haarlemmermeer',
};
const meetingParameter = {
  name: 'meetingId',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[a-z0-9]{8,40}$' },
};

export function meetingPaths() {
  return {
    '/api/swv/{swv}/bijeenkomsten': {
      get: {
        summary: 'De komende bijeenkomsten (oudercafés) voor een samenwerkingsverband',
        parameters: [swvParameter],
        responses: {
          200: json('PublicMeetingList', 'De bijeenkomsten, op volgorde van begintijd'),
          404: json('Problem', 'Dit samenwerkingsverband bestaat niet'),
        },
      },
    },
    '/api/swv/{swv}/bijeenkomsten/{meetingId}': {
      get: {
        summary: 'Eén bijeenkomst, met de plaatsen die nog vrij zijn',
        parameters: [swvParameter, meetingParameter],
        responses: {
          200: json('PublicMeeting', 'De bijeenkomst'),
          404: json('Problem', 'Deze bijeenkomst bestaat niet voor dit samenwerkingsverband'),
        },
      },
    },
    '/api/swv/{swv}/bijeenkomsten/{meetingId}/aanmeldingen': {
      post: {
        summary: 'Meld je aan voor een bijeenkomst',
        parameters: [
          swvParameter,
          meetingParameter,
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            description: 'Eén sleutel per aanmelding; een herhaling boekt niets extra',
            schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16,128}$' },
          },
        ],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('SignUpInput') } },
        },
        responses: {
          201: json('SignUpResult', 'Aangemeld: een plek of een plek op de wachtlijst'),
          200: json('SignUpResult', 'Deze aanmelding was al ontvangen (zelfde sleutel)'),
          400: json('Problem', 'De gegevens kloppen niet; per veld staat wat er mis is'),
          404: json('Problem', 'Deze bijeenkomst bestaat niet'),
          409: json('Problem', 'Aanmelden kan niet meer (gesloten of geannuleerd)'),
          422: json('Problem', 'Deze sleutel hoort bij een andere aanmelding'),
        },
      },
    },
    '/api/afmelding': {
      get: {
        summary: 'Bekijk de aanmelding bij een afmeldcode (meldt niet af)',
        parameters: [{ name: 'code', in: 'query', required: true, schema: { type: 'string' } }],
        responses: {
          200: json('CancelLookup', 'De bijeenkomst en de stand van de aanmelding'),
          404: json('Problem', 'Deze afmeldlink klopt niet of is verlopen'),
        },
      },
      post: {
        summary: 'Meld je af; de plek gaat naar de eerste op de wachtlijst',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('CancelCodeInput') } },
        },
        responses: {
          200: json('CancelDone', 'Afgemeld (ook als dat al eerder gebeurde)'),
          400: json('Problem', 'De code ontbreekt of heeft een verkeerde vorm'),
          404: json('Problem', 'Deze afmeldlink klopt niet of is verlopen'),
          409: json('Problem', 'De bijeenkomst is al begonnen'),
        },
      },
    },
  };
}

/** The back office's meeting routes, merged into functions/api/openapi-backoffice.ts. */
export const meetingBackofficeOperations: Record<string, Operation> = {
  'GET /api/backoffice/bijeenkomsten': {
    summary: 'De bijeenkomsten van het steunpunt: komend (standaard) of voorbij',
    who: 'staff',
    query: { periode: 'komend of voorbij' },
  },
  'POST /api/backoffice/bijeenkomsten': {
    summary: 'Een bijeenkomst maken (met herhaling: een reeks, elke maand)',
    who: 'staff',
    body: meetingInput,
    idempotent: true,
  },
  'GET /api/backoffice/bijeenkomsten/{meetingId}': {
    summary: 'Een bijeenkomst met deelnemers en wachtlijst (komt in het auditlog)',
    who: 'staff',
  },
  'PUT /api/backoffice/bijeenkomsten/{meetingId}': {
    summary: 'Een bijeenkomst wijzigen; wie aangemeld is of wacht krijgt bericht',
    who: 'staff',
    body: meetingEditInput,
    idempotent: true,
  },
  'POST /api/backoffice/bijeenkomsten/{meetingId}/annuleren': {
    summary: 'Een bijeenkomst annuleren; iedereen die aangemeld is of wacht krijgt bericht',
    who: 'staff',
    body: meetingCancelInput,
    idempotent: true,
  },
  'PUT /api/backoffice/bijeenkomsten/{meetingId}/aanmeldingen/{attendeeId}/aanwezig': {
    summary: 'Aanwezigheid van een deelnemer vastleggen (na het begin)',
    who: 'staff',
    body: attendanceInput,
  },
  'GET /api/backoffice/bijeenkomsten/{meetingId}/deelnemers.csv': {
    summary: 'De deelnemerslijst als CSV voor Excel (komt in het auditlog)',
    who: 'staff',
  },
};
