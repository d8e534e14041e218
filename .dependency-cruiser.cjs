/**
 * The floors of functions/: every import runs down a floor or stays on its own floor, and
 * no folders import each other in a circle. `npm run deps` checks both; `npm run lint` runs it.
 * Type-only imports count too: a type pulled from a floor above couples the floors as
 * much as a value does.
 *
 *   5 entries       api, mail-worker, retention-job   (the composition roots and Lambdas)
 *   4 privacy       privacy                           (person requests, the privacy jobs)
 *   3 capabilities  cases, meetings, monitor, admin
 *   2 services      mail, audit, topics, auth, limits
 *   1 ground        lib, core, tenants
 *
 * Folders on one floor may use each other, as long as no circle forms (rule 2).
 *
 * The site (site/src) is checked too: the Oudercafé's public scripts and the back office
 * stay apart, and browser code takes from functions/ only types (the typed client's
 * PortalApi) and the modules that are plain schemas and words, never server code.
 */
const floors = [
  ['lib', 'core', 'tenants'],
  ['mail', 'audit', 'topics', 'auth', 'limits'],
  ['cases', 'meetings', 'monitor', 'admin'],
  ['privacy'],
  ['api', 'mail-worker', 'retention-job'],
];

const folders = (names) => `^functions/(${names.join('|')})/`;

/** One rule per floor: it may not import any folder of a floor above it. */
const noImportUp = floors.slice(0, -1).map((floor, index) => ({
  name: `no-import-up-from-${floor.join('-')}`,
  comment: `${floor.join(', ')} (floor ${index + 1}) may not import a floor above it`,
  severity: 'error',
  from: { path: folders(floor) },
  to: { path: folders(floors.slice(index + 1).flat()) },
}));

/**
 * What browser code may import from functions/ as a value: schemas, input checks and the
 * vocabulary they use, modules without server dependencies. Anything else only as a type.
 */
const sharedWithTheBrowser = [
  '-schema\\.ts$',
  '-input\\.ts$',
  '^functions/core/vocabulary\\.ts$',
  '^functions/core/sentence\\.ts$',
  '^functions/core/national-line\\.ts$',
  // The portal's languages: the switcher and the translated pages name them (issue #14).
  '^functions/core/locales\\.ts$',
  // A form's messages filled in, and dates in the page's language (Intl only; issue #14).
  '^functions/core/(field-messages|locale-dates)\\.ts$',
  '^functions/core/route-chooser/(conditions|questions|outcomes|flow)\\.ts$',
  '^functions/lib/field-errors\\.ts$',
  '^functions/lib/dutch-dates\\.ts$',
  // The filing deadline, computed at once on the route chooser's outcome pages.
  '^functions/core/filing-deadlines\\.ts$',
  '^functions/lib/(dutch-holidays|termijnenwet-days)\\.ts$',
  '^functions/cases/case\\.ts$',
  // The draft letter for a bezwaar or GPO request, built in the parent's browser.
  '^functions/cases/intakes/(complaint-letter|letter-routes)\\.ts$',
  '^functions/cases/case-kinds\\.ts$',
  '^functions/cases/settings\\.ts$',
  // How a protected count reads, the same in the view, the report and the exports.
  '^functions/monitor/shown-text\\.ts$',
  '^functions/auth/principal\\.ts$',
  // The monitor's shape and the names of its dimensions (the back office's monitor page).
  '^functions/monitor/monitor-types\\.ts$',
  '^functions/monitor/value-labels\\.ts$',
  '^functions/admin/admin-actions\\.ts$',
  // The personal-data check, run as the coördinator edits a signal text.
  '^functions/monitor/signal-personal-data\\.ts$',
  // How long a half-year report's texts may be (the editor's hints, without zod).
  '^functions/monitor/report-limits\\.ts$',
];

/** Run while building the pages (content collections, front matter), never in a browser. */
const buildTimeOnly = '^site/src/(content\\.config|lib/pages|lib/gemeenten)\\.ts$';

const siteRooms = ['oudercafe', 'backoffice'].map((room, index, rooms) => ({
  name: `no-import-from-${room}-into-${rooms[1 - index]}`,
  comment: `site/src/components/${rooms[1 - index]}/ may not import ${room}/: they share only form/ and lib/`,
  severity: 'error',
  from: { path: `^site/src/components/${rooms[1 - index]}/` },
  to: { path: `^site/src/components/${room}/` },
}));

module.exports = {
  forbidden: [
    ...noImportUp,
    ...siteRooms,
    {
      name: 'browser-takes-only-types-and-schemas-from-functions',
      comment:
        'Browser code imports from functions/ only types or the schema modules (sharedWithTheBrowser)',
      severity: 'error',
      from: { path: '^site/src/', pathNot: buildTimeOnly },
      to: {
        path: '^functions/',
        pathNot: sharedWithTheBrowser,
        dependencyTypesNot: ['type-only', 'type-import'],
      },
    },
    {
      name: 'no-folder-cycle',
      comment: 'The folders of functions/ may not import each other in a circle',
      severity: 'error',
      scope: 'folder',
      from: { path: '^functions/[^/]+$' },
      to: { path: '^functions/[^/]+$', circular: true },
    },
    {
      name: 'every-folder-on-a-floor',
      comment: 'A new folder in functions/ needs its floor in .dependency-cruiser.cjs',
      severity: 'error',
      from: { path: '^functions/', pathNot: folders(floors.flat()) },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js'] },
  },
};
