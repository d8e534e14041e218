import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { errorName, log } from '../lib/log.ts';
import type { ApiDeps } from './deps.ts';
import { questionRoutes } from './question-routes.ts';
import { newRouter } from './router.ts';

const problems: Record<number, string> = {
  400: 'De gegevens konden niet worden gelezen. Probeer het opnieuw.',
  413: 'Je bericht is te groot. Maak het korter en probeer het opnieuw.',
  415: 'De gegevens moeten als JSON worden verstuurd.',
};

export function createApp(deps: ApiDeps) {
  const app = newRouter().basePath('/api');

  app.use('*', bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.json({ message: problems[413] }, 413) }));
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.route('/', questionRoutes(deps));
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Steunpunt-portaal API', version: '0.1.0' },
  });

  app.notFound((c) => c.json({ message: 'Deze pagina bestaat niet' }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ message: problems[error.status] ?? 'Dit verzoek klopt niet' }, error.status);
    }
    log.error('api.error', { errorName: errorName(error), method: c.req.method, route: c.req.routePath });
    return c.json({ message: 'Er ging bij ons iets mis. Probeer het over een paar minuten opnieuw.' }, 500);
  });
  return app;
}

export type PortalApi = ReturnType<typeof createApp>;
