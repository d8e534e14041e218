/**
 * The local issuer's sign-in page, where Cognito would show its managed login: the demo
 * users as buttons in one form that posts back with the request's own parameters. Plain
 * HTML without scripts, in Dutch, and accessible (the browser tests run axe on it).
 */
import { roleLabels } from '../../functions/auth/principal.ts';
import type { DemoUser } from './demo-users.ts';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

const style = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; line-height: 1.5; }
  main { max-width: 40rem; margin: 0 auto; padding: 1.5rem; }
  ul { list-style: none; padding: 0; }
  li { margin-block-end: 1rem; }
  button { font: inherit; padding: 0.5rem 1rem; border: 2px solid #154273; border-radius: 4px;
    background: #fff; color: #154273; cursor: pointer; }
  button:hover { background: #e6edf5; }
  button:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
  .role { margin: 0.25rem 0 0; color: #4a4a4a; }
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)} – Steunpunt-portaal</title>
<style>${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

const describeUser = (user: DemoUser) =>
  [roleLabels[user.role], user.steunpunt ?? user.swv].filter(Boolean).join(', ');

/** The page with the demo users; `params` go back in hidden fields, unchanged. */
export function signInPage(accounts: readonly DemoUser[], params: Record<string, string>): string {
  const hidden = Object.entries(params)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('\n');
  const users = accounts
    .map((user) => {
      const id = `gebruiker-${escape(user.id)}`;
      return `<li>
<button type="submit" name="user" value="${escape(user.id)}" aria-describedby="${id}">Log in als ${escape(user.name)}</button>
<p class="role" id="${id}">${escape(describeUser(user))}</p>
</li>`;
    })
    .join('\n');
  return layout(
    'Inloggen (lokaal)',
    `<h1>Inloggen (lokaal)</h1>
<p>Dit is de lokale omgeving: hier staat deze pagina in plaats van de echte inlogpagina. Kies met wie je inlogt.</p>
<form method="post">
${hidden}
<h2>Demogebruikers</h2>
<ul>
${users}
</ul>
</form>`,
  );
}

export function signInErrorPage(message: string): string {
  return layout(
    'Inloggen lukt niet',
    `<h1>Inloggen lukt niet</h1>
<p>${escape(message)}</p>
<p><a href="/backoffice/">Terug naar de backoffice</a></p>`,
  );
}
