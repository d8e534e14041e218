/**
 * The OpenAPI document, built from the same zod schemas the API validates with and
 * the form checks against. Made on first request, so it costs a cold start nothing.
 */
import * as z from 'zod/mini';
// Imported for their registration in zod's global registry.
import '../lib/field-errors.ts';
import '../cases/intakes/question-schema.ts';
import { meetingPaths } from './meeting-openapi.ts';
import '../topics/topic-schema.ts';

import { backofficePaths, idTokenScheme } from './openapi-backoffice.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (name: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});

function build() {
  // Every schema registered with an id (QuestionInput, QuestionCreated, Problem), as
  // the request side sees them: before the trimming and normalising transforms.
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const components = Object.fromEntries(
    Object.entries(schemas).map(([id, json]) => {
      const { $schema: _schema, $id: _uri, id: _id, ...rest } = json as Record<string, unknown>;
      return [id, rest];
    }),
  );
  return {
    openapi: '3.1.0',
    info: { title: 'Steunpunt-portaal API', version: '0.1.0' },
    paths: {
      '/api/health': {
        get: { summary: 'Of de API draait', responses: { 200: { description: 'De API draait' } } },
      },
      '/api/openapi.json': {
        get: { summary: 'Deze beschrijving', responses: { 200: { description: 'OpenAPI 3.1' } } },
      },
      '/api/auth/config': {
        get: {
          summary: 'Waar de backoffice inlogt (authorization-code flow met PKCE)',
          responses: {
            200: { description: 'De openbare inloginstellingen' },
            404: jsonContent('Problem', 'Inloggen is hier niet ingesteld'),
          },
        },
      },
      '/api/swv/{swv}/onderwerpen': {
        get: {
          summary: 'De onderwerpen op het vraagformulier, op volgorde',
          parameters: [
            {
              name: 'swv',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[a-z0-9-]{2,64}$' },
              example: 'po-haarlemmermeer',
            },
          ],
          responses: {
            200: jsonContent('PublicTopics', 'De onderwerpen; een minuut te bewaren'),
            404: jsonContent('Problem', 'Dit samenwerkingsverband bestaat niet'),
          },
        },
      },
      '/api/swv/{swv}/vragen': {
        post: {
          summary: 'Stel een vraag aan het ouder- en jeugdsteunpunt',
          parameters: [
            {
              name: 'swv',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[a-z0-9-]{2,64}$' },
              example: 'po-haarlemmermeer',
            },
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              description:
                'Eén sleutel per vraag; een herhaling met dezelfde sleutel maakt niets nieuws',
              schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16,128}$' },
            },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('QuestionInput') } },
          },
          responses: {
            201: jsonContent('QuestionCreated', 'De vraag is opgeslagen'),
            200: jsonContent('QuestionCreated', 'Deze vraag was al ontvangen (zelfde sleutel)'),
            400: jsonContent('Problem', 'De gegevens kloppen niet; per veld staat wat er mis is'),
            404: jsonContent('Problem', 'Dit samenwerkingsverband bestaat niet'),
            415: jsonContent('Problem', 'De gegevens zijn geen JSON'),
            422: jsonContent('Problem', 'Deze sleutel hoort bij een andere vraag'),
          },
        },
      },
      ...meetingPaths(),
      ...backofficePaths(),
    },
    components: {
      schemas: components,
      securitySchemes: idTokenScheme,
    },
  };
}

let document: ReturnType<typeof build> | undefined;
export const openApiDocument = () => (document ??= build());
