/** `npm run bench`: figures with a baseline measured in the same run; not part of the tests. */
import { benchBundles } from './bundles.ts';
import { benchPageWeight } from './page-weight.ts';
import { benchSiteBuild } from './site-build.ts';
import { benchSubmissions } from './submissions.ts';

await benchBundles();
await benchSubmissions();
await benchPageWeight();
benchSiteBuild();
