/** `npm run bench`: figures with a baseline measured in the same run; not part of the tests. */
import { benchBundles } from './bundles.ts';
import { benchSubmissions } from './submissions.ts';

await benchBundles();
await benchSubmissions();
