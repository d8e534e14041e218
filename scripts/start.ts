/** `npm start`: the whole portal locally, with demo data kept in .data/ across restarts. */
import { startPortal } from './portal.ts';

const port = Number(process.env.PORT ?? 4321);
const portal = await startPortal({
  port,
  sesPort: Number(process.env.SES_PORT ?? port + 1),
  dataDir: new URL('../.data/dynamodb', import.meta.url).pathname,
});

console.log(`
Steunpunt-portaal draait lokaal.

  Portaal (site en API):  ${portal.url}/
  Vraag stellen, bijv.:   ${portal.url}/po-haarlemmermeer/vraag/
  API-beschrijving:       ${portal.url}/api/openapi.json
  Verstuurde e-mails:     ${portal.mailUrl}

Stoppen: Ctrl-C
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nPortaal stopt…');
    await portal.stop();
    console.log('Gestopt.');
    process.exit(0);
  });
}
