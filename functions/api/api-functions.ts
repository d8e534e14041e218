/**
 * The API's Lambda functions and the paths each one serves, declared once: the CDK app
 * makes one function and its API Gateway routes from each entry (infra/http-api.ts), and a
 * test checks that every route the apps declare reaches the function that has it.
 *
 * API Gateway sends a request to its most specific route: an exact path before one with a
 * variable, and a longer greedy `{proxy+}` prefix before a shorter one. So the public
 * function takes whatever the back-office ones do not.
 */
export interface ApiFunction {
  /** The Lambda entry, from the repository's root. */
  entry: string;
  /** What the function does, as its AWS description says. */
  description: string;
  /** Whose requests these are: each audience has its own throttle. */
  audience: 'public' | 'backOffice';
  /** HTTP API route paths (any method). */
  paths: readonly string[];
}

export const apiFunctions = {
  public: {
    entry: 'functions/api/lambdas/public.ts',
    description: 'Portal API for everyone: questions and the site’s reads',
    audience: 'public',
    paths: ['/api/{proxy+}'],
  },
  complaints: {
    entry: 'functions/api/lambdas/complaints.ts',
    description: 'Portal API for everyone: the request for help with a complaint or dispute',
    audience: 'public',
    paths: ['/api/swv/{swv}/klachten'],
  },
  oudercafe: {
    entry: 'functions/api/lambdas/oudercafe.ts',
    description: 'Portal API for everyone: the Oudercafé’s agenda, sign-ups and cancel links',
    audience: 'public',
    paths: [
      '/api/swv/{swv}/bijeenkomsten',
      '/api/swv/{swv}/bijeenkomsten/{proxy+}',
      '/api/afmelding',
    ],
  },
  staff: {
    entry: 'functions/api/lambdas/staff.ts',
    description: 'Back-office API: a steunpunt’s cases',
    audience: 'backOffice',
    paths: ['/api/backoffice/{proxy+}'],
  },
  steunpunt: {
    entry: 'functions/api/lambdas/steunpunt.ts',
    description:
      'Back-office API: contacts, templates, settings, topics, audit log, person requests',
    audience: 'backOffice',
    paths: [
      '/api/backoffice/contacts',
      '/api/backoffice/templates',
      '/api/backoffice/templates/{proxy+}',
      '/api/backoffice/settings',
      '/api/backoffice/onderwerpen',
      '/api/backoffice/audit',
    ],
  },
  persons: {
    entry: 'functions/api/lambdas/persons.ts',
    description: 'Back-office API: requests from a person (find, export, erase)',
    audience: 'backOffice',
    paths: ['/api/backoffice/personen/{proxy+}'],
  },
  meetings: {
    entry: 'functions/api/lambdas/meetings.ts',
    description: 'Back-office API: the Oudercafé’s meetings and attendees',
    audience: 'backOffice',
    paths: ['/api/backoffice/bijeenkomsten', '/api/backoffice/bijeenkomsten/{proxy+}'],
  },
  admin: {
    entry: 'functions/api/lambdas/admin.ts',
    description: 'Back-office API: beheer of accounts, steunpunten and SWVs',
    audience: 'backOffice',
    paths: [
      '/api/backoffice/beheer/{proxy+}',
      '/api/backoffice/steunpunten/{proxy+}',

      '/api/backoffice/nog-in-te-vullen',
    ],
  },
  monitor: {
    entry: 'functions/api/lambdas/monitor.ts',
    description: 'Back-office API: the signaleringsmonitor, its exports and reports',
    audience: 'backOffice',
    paths: [
      '/api/backoffice/monitor/{proxy+}',
      '/api/backoffice/signalen/{proxy+}',
      '/api/backoffice/rapportages/{proxy+}',
      '/api/backoffice/beheer/monitor',
    ],
  },
} as const satisfies Record<string, ApiFunction>;

export type ApiFunctionName = keyof typeof apiFunctions;

/**
 * The one API path no function serves: the OpenAPI document, a file of the built site
 * (scripts/build-openapi.ts), served from the bucket by CloudFront and from site/dist locally.
 */
export const openApiPath = '/api/openapi.json';
