/**
 * The OpenAPI document, built from the route declarations (route-kit.ts): the same zod
 * schemas the API validates with and the forms check against, and the guard's `who`.
 * A schema registered with an id in zod's global registry becomes a component, any other
 * is written where it is used. Built with the site (scripts/build-openapi.ts), never in a
 * Lambda.
 */
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { problemBody } from '../lib/field-errors.ts';
import type { RoleRule } from './guard.ts';
import type { Answer, RouteDeclaration } from './route-kit.ts';
import { routeDeclarations } from './routes.ts';

type Json = Record<string, unknown>;

const jsonSchemaOptions = { io: 'input', unrepresentable: 'any' } as const;

const whoText: Record<RoleRule, string> = {
  public: 'Voor iedereen, zonder inloggen.',
  'signed-in': 'Iedereen die is ingelogd.',
  staff: 'Medewerkers en coördinatoren, alleen voor hun eigen steunpunt.',
  coordinator: 'Alleen coördinatoren, alleen voor hun eigen steunpunt.',
  beheerder: 'Alleen beheerders.',
  'swv-reader': 'Lezers van een samenwerkingsverband en coördinatoren.',
  'steunpunt-keeper': 'De coördinator van het steunpunt, of een beheerder (elk steunpunt).',
};

/** How the back office proves who it is: an ID token from Cognito (locally: the portal's issuer). */
export const idTokenScheme = {
  idToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
};

const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: 'Eén sleutel per handeling; een herhaling met dezelfde sleutel verandert niets',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16,128}$' },
};

/** The answers every route of its kind gives, before the route's own. */
function standardAnswers(route: RouteDeclaration): Record<number, Answer> {
  const signedIn = route.who.role !== 'public';
  const answers: Record<number, Answer> = {};
  if (route.body || route.query || route.idempotent) {
    answers[400] = 'De gegevens kloppen niet; per veld staat wat er mis is';
  }
  if (signedIn) answers[401] = 'Niet ingelogd, of het token is verlopen';
  if (signedIn && route.who.role !== 'signed-in') answers[403] = 'Deze rol mag dit niet';
  if (route.who.tenant) answers[404] = 'Niet gevonden (of van een ander steunpunt)';
  if (route.body) answers[415] = 'De gegevens zijn geen JSON';
  return answers;
}

class DocumentBuilder {
  /** The schemas that become components, with their ids. */
  private readonly components = z.registry<{ id: string }>();

  /** A $ref for a schema with an id, else the schema itself as the route validates it. */
  schema(schema: $ZodType): Json {
    const id = (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id;
    if (!id) return z.toJSONSchema(schema, jsonSchemaOptions) as Json;
    if (!this.components.has(schema)) this.components.add(schema, { id });
    return { $ref: `#/components/schemas/${id}` };
  }

  private parameterSchema(schema: $ZodType | undefined): Json {
    if (!schema) return { type: 'string' };
    const { $schema: _schema, ...rest } = z.toJSONSchema(schema, jsonSchemaOptions) as Json;
    return rest;
  }

  private response(status: number, answer: Answer): Json {
    const { description, schema } = typeof answer === 'string' ? { description: answer } : answer;
    const body = schema ?? (status >= 400 ? problemBody : undefined);
    return body
      ? { description, content: { 'application/json': { schema: this.schema(body) } } }
      : { description };
  }

  operation(route: RouteDeclaration): Json {
    const pathParameters = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: this.parameterSchema(route.params?.[name!]),
    }));
    const query = route.query
      ? (z.toJSONSchema(route.query.schema, jsonSchemaOptions) as {
          properties?: Record<string, Json>;
          required?: string[];
        })
      : undefined;
    const queryParameters = Object.entries(query?.properties ?? {}).map(([name, schema]) => ({
      name,
      in: 'query',
      required: query?.required?.includes(name) ?? false,
      ...(route.query?.descriptions?.[name] ? { description: route.query.descriptions[name] } : {}),
      schema,
    }));
    const parameters = [
      ...pathParameters,
      ...queryParameters,
      ...(route.idempotent ? [idempotencyKeyParameter] : []),
    ];
    const answers = { ...standardAnswers(route), ...route.answers };
    const isPublic = route.who.role === 'public';
    return {
      operationId: route.operationId,
      summary: route.summary,
      description: whoText[route.who.role],
      ...(route.path.startsWith('/backoffice/') ? { tags: ['Backoffice'] } : {}),
      security: isPublic ? [] : [{ idToken: [] }],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: this.schema(route.body.schema) } },
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(answers)
          .sort(([a], [b]) => Number(a) - Number(b))
          .map(([status, answer]) => [status, this.response(Number(status), answer)]),
      ),
    };
  }

  /** Every component schema, as the request side sees it: before trims and transforms. */
  componentSchemas(): Record<string, Json> {
    const { schemas } = z.toJSONSchema(this.components, {
      ...jsonSchemaOptions,
      uri: (id) => `#/components/schemas/${id}`,
    });
    return Object.fromEntries(
      Object.entries(schemas).map(([id, json]) => {
        const { $schema: _schema, $id: _uri, id: _id, ...rest } = json as Json;
        return [id, rest];
      }),
    );
  }
}

/** The document of these routes; the API's own is `openApiDocument()`. */
export function buildOpenApiDocument(routes: readonly RouteDeclaration[]) {
  const builder = new DocumentBuilder();
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const path = `/api${route.path.replace(/:(\w+)/g, '{$1}')}`;
    paths[path] ??= {};
    paths[path][route.method] = builder.operation(route);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Steunpunt-portaal API', version: '0.1.0' },
    // The API sits on the site's own origin, under /api.
    servers: [{ url: '/', description: 'Dezelfde plek als de site' }],
    tags: [{ name: 'Backoffice', description: 'Voor wie bij een steunpunt of in beheer werkt' }],
    paths,
    components: { schemas: builder.componentSchemas(), securitySchemes: idTokenScheme },
  };
}

let document: ReturnType<typeof buildOpenApiDocument> | undefined;
export const openApiDocument = () => (document ??= buildOpenApiDocument(routeDeclarations));
