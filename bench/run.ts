/** `npm run bench`: figures with a baseline measured in the same run; not part of the tests. */
import { startPortal } from '../scripts/portal.ts';
import { benchBundles } from './bundles.ts';
import { benchInbox } from './inbox.ts';
import { benchIslandWeight } from './island-weight.ts';
import { benchMeetings } from './meetings.ts';
import { benchMonitor } from './monitor.ts';
import { benchPageWeight } from './page-weight.ts';
import { benchSiteBuild } from './site-build.ts';
import { benchSubmissions } from './submissions.ts';

await benchBundles();
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
