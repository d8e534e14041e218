/**
 * What every API app shares, whichever routes it carries: the base path, the body limit, and
 * the answers for a path that does not exist and for an error, always in Dutch and never
 * with a stack or personal data.
 */
import type { Env, Schema } from 'hono';
import { Hono } from 'hono/tiny';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { authMessages } from '../auth/middleware.ts';
import { errorName, log } from '../lib/log.ts';

const problems: Record<number, string> = {
  400: 'De gegevens konden niet worden gelezen. Probeer het opnieuw.',
  401: authMessages[401],
  403: authMessages[403],
  413: 'Je bericht is te groot. Maak het korter en probeer het opnieuw.',
};

/** The largest body any route takes; the longest form is far below it. */
const maxBodyBytes = 64 * 1024;

/** `routes` under /api, with the shared limit and answers. */
export function apiApp<E extends Env, S extends Schema>(routes: Hono<E, S, '/'>) {
  const app = new Hono<E>()
    .basePath('/api')
    .use(
      '*',
      bodyLimit({ maxSize: maxBodyBytes, onError: (c) => c.json({ message: problems[413] }, 413) }),
    )
    .route('/', routes);
  app.notFound((c) => c.json({ message: 'Deze pagina bestaat niet' }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ message: problems[error.status] ?? 'Dit verzoek klopt niet' }, error.status);
    }
    log.error('api.error', {
      errorName: errorName(error),
      method: c.req.method,
      route: c.req.routePath,
    });
    return c.json(
      { message: 'Er ging bij ons iets mis. Probeer het over een paar minuten opnieuw.' },
      500,
    );
  });
  return app;
}
