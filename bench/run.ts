/** `npm run bench`: figures with a baseline measured in the same run; not part of the tests. */
import { startPortal } from '../scripts/portal.ts';
import { benchBundles } from './bundles.ts';
import { benchInbox } from './inbox.ts';
import { benchIslandWeight } from './island-weight.ts';
import { benchMeetings } from './meetings.ts';
import { benchMonitor } from './monitor.ts';
import { benchPageWeight } from './page-weight.ts';
import { benchSiteBuild } from './site-build.ts';
import { benchLimitSecret, benchSubmissions } from './submissions.ts';

await benchBundles();
// The submission benchmark sends thousands of forms from one connection: it measures what
// the limits cost, not where they stop it, so their maxima are lifted here, and its proofs
// are made with this secret (bench/submissions.ts).
Object.assign(process.env, {
  LIMIT_SECRET: benchLimitSecret,
  LIMIT_SUBMISSIONS_PER_MINUTE: '1000000',
  LIMIT_CONFIRMATIONS_PER_DAY: '1000000',
});
// One local portal for the benchmarks that need it: the apps read their settings once.
const portal = await startPortal({ port: 0, workerIntervalMs: 60_000 });
try {
  await benchSubmissions(portal);
  await benchPageWeight(portal);
  benchIslandWeight();
} finally {
  await portal.stop();
}
benchSiteBuild();
await benchInbox();
await benchMeetings();
await benchMonitor();
