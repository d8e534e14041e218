/** `npm start`: the whole portal locally, with demo data kept in .data/ across restarts. */
import { OutdatedTableError } from './local/local-dynamo.ts';
import { startPortal } from './portal.ts';

const port = Number(process.env.PORT ?? 4321);
const sesPort = Number(process.env.SES_PORT ?? port + 1);

const portal = await startPortal({
  port,
  sesPort,
  dataDir: new URL('../.data/dynamodb', import.meta.url).pathname,
}).catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Poort ${port} of ${sesPort} is al in gebruik (draait het portaal al?).\n` +
        `Kies andere poorten, bijvoorbeeld: PORT=5000 npm start`,
    );
  } else if (error instanceof OutdatedTableError) {
    console.error(error.message);
  } else if (error.code === 'LEVEL_DATABASE_NOT_OPEN' || /LOCK/.test(String(error.message))) {
    console.error('De map .data/ is in gebruik door een ander portaal dat nog draait.');
  } else {
    console.error(error);
  }
  process.exit(1);
});

console.log(`
Steunpunt-portaal draait lokaal.

  Portaal (site en API):  ${portal.url}/
  Vraag stellen, bijv.:   ${portal.url}/po-haarlemmermeer/vraag/
  Klacht of geschil:      ${portal.url}/po-haarlemmermeer/klacht-of-geschil/
  Hulp daarbij vragen:    ${portal.url}/po-haarlemmermeer/klacht/
  Oudercafé, bijv.:       ${portal.url}/po-haarlemmermeer/oudercafe/
  Backoffice (inloggen):  ${portal.url}/backoffice/
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
