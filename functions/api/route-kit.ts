/**
 * A route declared once, as data: its method and path, who may call it, the input it
 * reads and the answers it gives. From that one declaration come the middlewares the route
 * runs (`checks`: guard first, then the input, so a refusal never depends on the input),
 * its OpenAPI operation (openapi.ts) and what the access-matrix test expects per role.
 *
 * A sub-app keeps Hono's typed chain, so `hc<PortalApi>` knows every route's input and
 * answers: `app.post(route.path, ...checks(route), (c) => ...)`.
 */
import type { MiddlewareHandler } from 'hono';
import type { BlankInput } from 'hono/types';
import type { $ZodType } from 'zod/v4/core';
import type { BackofficeEnv } from '../auth/middleware.ts';
import { guard, type TenantCheck, type TenantRule, type Who } from './guard.ts';
import { idempotencyKey, jsonBody, queryParams, type InLanguage } from './router.ts';

/** A schema with the order its fields have in the form (for the error summary). */
export interface Input<S extends $ZodType = $ZodType> {
  schema: S;
  fieldOrder: readonly string[];
  /** Per field, what it means (for the document's query parameters). */
  descriptions?: Record<string, string>;
  /** A body's schema in the language it asks for; the declared schema is the document's. */
  inLanguage?: InLanguage;
}

/** An answer in the OpenAPI document; a schema registered with an id becomes a $ref. */
export type Answer = string | { description: string; schema?: $ZodType };

export interface RouteDeclaration {
  method: 'get' | 'post' | 'put' | 'delete';
  /** The path under /api, in Hono's notation (`/swv/:swv/vragen`). */
  path: string;
  operationId: string;
  summary: string;
  who: Who;
  /** The path parameters, for the document; the handler or tenant rule decides 404. */
  params?: Record<string, $ZodType>;
  query?: Input;
  body?: Input;
  /** Needs an Idempotency-Key header: a retry with the same key changes nothing. */
  idempotent?: boolean;
  /** What the route answers besides what its guard and input checks answer. */
  answers: Record<number, Answer>;
}

/** Keeps the declaration's literal types, which the typed middlewares are derived from. */
export const route = <const D extends RouteDeclaration>(declaration: D) => declaration;

/** A middleware that passes; stands in for an input a route does not read. */
type Pass = MiddlewareHandler<BackofficeEnv, string, BlankInput>;
const pass: Pass = async (_c, next) => {
  await next();
};

type KeyCheck<D> = D extends { idempotent: true } ? typeof idempotencyKey : Pass;
type QueryCheck<D> = D extends { query: Input<infer S> } ? ReturnType<typeof queryParams<S>> : Pass;
type BodyCheck<D> = D extends { body: Input<infer S> } ? ReturnType<typeof jsonBody<S>> : Pass;

export type Checks<D> = [
  MiddlewareHandler<BackofficeEnv>,
  KeyCheck<D>,
  QueryCheck<D>,
  BodyCheck<D>,
];

/**
 * The middlewares of a declared route, in the order that keeps the security property:
 * the guard (role, then tenant) before the idempotency key, the query and the body.
 */
export function checks<const D extends RouteDeclaration>(
  declaration: D,
  tenantChecks: Partial<Record<TenantRule, TenantCheck>> = {},
): Checks<D> {
  return [
    guard(declaration.who, tenantChecks),
    (declaration.idempotent ? idempotencyKey : pass) as KeyCheck<D>,
    (declaration.query
      ? queryParams(declaration.query.schema, declaration.query.fieldOrder)
      : pass) as QueryCheck<D>,
    (declaration.body
      ? jsonBody(declaration.body.schema, declaration.body.fieldOrder, declaration.body.inLanguage)
      : pass) as BodyCheck<D>,
  ];
}
