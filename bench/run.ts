/**
 * `npm run bench`: figures with a baseline measured in the same run; not part of the tests.
 * `npm run bench -- submissions` (or any of the parts' names) runs only those parts.
 */
import { startPortal } from '../scripts/portal.ts';
import { benchBundles } from './bundles.ts';
import { benchInbox } from './inbox.ts';
import { benchLanguageWeight } from './language-weight.ts';
import { benchIslandWeight } from './island-weight.ts';
import { benchMeetings } from './meetings.ts';
import { benchMonitor } from './monitor.ts';
import { benchPageWeight } from './page-weight.ts';
import { benchSiteBuild } from './site-build.ts';
import { benchLimitSecret, benchSubmissions } from './submissions.ts';

const parts = [
  'bundles',
  'submissions',
  'page-weight',
  'language-weight',
  'island-weight',
  'site-build',
  'inbox',
  'meetings',
  'monitor',
] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(parts as readonly string[]).includes(name));
if (unknown.length > 0)
  throw new Error(`Unknown part ${unknown.join(', ')}; parts: ${parts.join(', ')}`);
const wanted = (part: (typeof parts)[number]) => asked.length === 0 || asked.includes(part);
const portalParts = ['submissions', 'page-weight', 'language-weight'] as const;

if (wanted('bundles')) await benchBundles();
// The submission benchmark sends thousands of forms from one connection: it measures what
// the limits cost, not where they stop it, so their maxima are lifted here, and its proofs
// are made with this secret (bench/submissions.ts).
Object.assign(process.env, {
  LIMIT_SECRET: benchLimitSecret,
  LIMIT_SUBMISSIONS_PER_MINUTE: '1000000',
  LIMIT_CONFIRMATIONS_PER_DAY: '1000000',
});
// One local portal for the benchmarks that need it: the apps read their settings once.
if (portalParts.some(wanted)) {
  const portal = await startPortal({ port: 0, workerIntervalMs: 60_000 });
  try {
    if (wanted('submissions')) await benchSubmissions(portal);
    if (wanted('page-weight')) await benchPageWeight(portal);
    if (wanted('language-weight')) await benchLanguageWeight(portal);
  } finally {
    await portal.stop();
  }
}
if (wanted('island-weight')) benchIslandWeight();
if (wanted('site-build')) benchSiteBuild();
if (wanted('inbox')) await benchInbox();
if (wanted('meetings')) await benchMeetings();
if (wanted('monitor')) await benchMonitor();
