/**
 * Writes the API's OpenAPI document into the built site (site/dist/api/openapi.json), so no
 * Lambda carries or builds it: CloudFront serves the file at /api/openapi.json from the
 * site's bucket, and the local portal from site/dist.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { openApiPath } from '../functions/api/api-functions.ts';
import { openApiDocument } from '../functions/api/openapi.ts';

const file = new URL(`../site/dist${openApiPath}`, import.meta.url);
mkdirSync(new URL('.', file), { recursive: true });
writeFileSync(file, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
