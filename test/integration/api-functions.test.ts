/**
 * Every route the apps declare reaches, through API Gateway's routes, the one function that
 * has it (functions/api/api-functions.ts): read from the declarations and from each part's own
 * route table, so a new route in the wrong part, or a path no function takes, fails here.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { adminRoutes } from '../../functions/api/admin-app.ts';
import { apiFunctions, type ApiFunctionName } from '../../functions/api/api-functions.ts';
import { monitorGroupRoutes } from '../../functions/api/monitor-app.ts';
import { personsRoutes } from '../../functions/api/persons-app.ts';
import { complaintRoutes } from '../../functions/api/complaint-routes.ts';
import { formsRoutes } from '../../functions/api/forms-app.ts';
import { oudercafeRoutes } from '../../functions/api/oudercafe-app.ts';
import { routeDeclarations } from '../../functions/api/routes.ts';
import { meetingsRoutes } from '../../functions/api/meetings-app.ts';
import { staffRoutes } from '../../functions/api/staff-app.ts';
import { steunpuntRoutes } from '../../functions/api/steunpunt-app.ts';

// Only the route tables are read: nothing is called.
const deps = {
  db: {} as DynamoDBDocumentClient,
  tableName: 'unused',
  clock: () => new Date(),
  tenants: async () => undefined,
};
const parts: Record<ApiFunctionName, { routes: { method: string; path: string }[] }> = {
  public: formsRoutes(deps),
  complaints: complaintRoutes(deps),
  oudercafe: oudercafeRoutes(deps),
  staff: staffRoutes(deps),
  steunpunt: steunpuntRoutes(deps),
  meetings: meetingsRoutes(deps),
  persons: personsRoutes(deps),
  admin: adminRoutes(deps),
  monitor: monitorGroupRoutes(deps),
};

/** How API Gateway picks a route: exact, then with variables, then the longest greedy prefix. */
function functionFor(requestPath: string): ApiFunctionName | undefined {
  const candidates = Object.entries(apiFunctions).flatMap(([name, fn]) =>
    fn.paths.map((path) => ({ name: name as ApiFunctionName, path })),
  );
  const segments = requestPath.split('/');
  const rank = ({ path }: { path: string }): number | undefined => {
    const parts = path.split('/');
    const greedy = parts.at(-1) === '{proxy+}';
    const fixed = greedy ? parts.slice(0, -1) : parts;
    if (greedy ? segments.length <= fixed.length : segments.length !== fixed.length) return;
    let variables = 0;
    for (const [index, part] of fixed.entries()) {
      if (/^\{\w+\}$/.test(part)) variables++;
      else if (part !== segments[index]) return;
    }
    // Exact beats variables beats greedy; among greedy ones the longer prefix wins.
    return greedy ? 1_000 - fixed.length : variables;
  };
  const ranked = candidates
    .map((candidate) => ({ ...candidate, rank: rank(candidate) }))
    .filter((candidate) => candidate.rank !== undefined)
    .sort((a, b) => a.rank! - b.rank!);
  return ranked[0]?.name;
}

const sample = (path: string) => `/api${path.replace(/:(\w+)/g, 'x-$1')}`;

describe('the API functions', () => {
  it('pick routes as API Gateway does', () => {
    expect(functionFor('/api/swv/a/vragen')).toBe('public');
    expect(functionFor('/api/swv/a/klachten')).toBe('complaints');
    expect(functionFor('/api/swv/a/bijeenkomsten')).toBe('oudercafe');
    expect(functionFor('/api/swv/a/bijeenkomsten/m1/aanmeldingen')).toBe('oudercafe');
    expect(functionFor('/api/afmelding')).toBe('oudercafe');
    expect(functionFor('/api/backoffice/cases/a')).toBe('staff');
    expect(functionFor('/api/backoffice/templates/t1')).toBe('steunpunt');
    expect(functionFor('/api/backoffice/bijeenkomsten/m1/annuleren')).toBe('meetings');
    expect(functionFor('/api/backoffice/beheer/gebruikers')).toBe('admin');
    expect(functionFor('/api/backoffice/beheer/monitor')).toBe('monitor');
    expect(functionFor('/api/backoffice/monitor/a/halfjaar')).toBe('monitor');
  });

  it('send every declared route to the one function that has it', () => {
    const missing: string[] = [];
    for (const route of routeDeclarations) {
      const name = functionFor(sample(route.path));
      const has = (part: ApiFunctionName) =>
        parts[part].routes.some(
          (r) => r.method === route.method.toUpperCase() && r.path === route.path,
        );
      if (!name || !has(name)) missing.push(`${route.method} ${route.path} → ${name ?? 'none'}`);
      // And no other function has it.
      const owners = (Object.keys(parts) as ApiFunctionName[]).filter(has);
      expect(owners, route.path).toEqual([name]);
    }
    expect(missing).toEqual([]);
    expect(routeDeclarations.length).toBeGreaterThan(40);
  });
});
