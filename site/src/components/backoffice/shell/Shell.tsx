/**
 * The frame of every signed-in back-office page: header with who is signed in, their role
 * and "Uitloggen", the navigation for their role, and the main content once the session
 * is known. A page that is not for the user's role says so instead of showing anything.
 */
import { useEffect, type ReactNode } from 'react';
import { roleLabels, type Role } from '../../../../../functions/auth/principal.ts';
import { Alert } from '../ui/Alert.tsx';
import { signOutEverywhere } from './api.ts';
import { steunpuntName, type Directory } from './directory.ts';
import { homeFor, navFor, type NavKey } from './paths.ts';
import { useSession, type Me } from './use-session.ts';
import { Loading } from '../ui/LoadStatus.tsx';

interface ShellProps {
  directory: Directory;
  current?: NavKey;
  /** Roles the page is for; others see "Geen toegang". All roles when left out. */
  allow?: readonly Role[];
  children: (me: Me) => ReactNode;
}

export function Shell({ directory, current, allow, children }: ShellProps) {
  const session = useSession();
  const me = session.status === 'ready' ? session.me : undefined;
  const denied = me !== undefined && allow !== undefined && !allow.includes(me.principal.role);

  useEffect(() => {
    if (denied) document.title = 'Geen toegang – Backoffice';
  }, [denied]);

  return (
    <Frame me={me} directory={directory} current={current}>
      {session.status === 'loading' && <Loading />}
      {session.status === 'failed' && (
        <>
          <h1 className="utrecht-heading-1">Dit lukt nu niet</h1>
          <Alert type="error" role="alert">
            <p className="utrecht-paragraph">{session.message}</p>
          </Alert>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => window.location.reload()}
          >
            Probeer het opnieuw
          </button>
        </>
      )}
      {me && (denied ? <NoAccess role={me.principal.role} allow={allow} /> : children(me))}
    </Frame>
  );
}

/** Header, navigation and main landmark; the sign-in page uses it without a user. */
export function Frame(props: {
  me?: Me | undefined;
  directory: Directory;
  current?: NavKey | undefined;
  children: ReactNode;
}) {
  const { me, directory, current, children } = props;
  return (
    <>
      <header className="bo-header">
        <div className="bo-header__inner">
          <a className="bo-logo" href={me ? homeFor(me.principal.role) : '/backoffice/'}>
            <span className="bo-logo__name">Backoffice</span>
            <span className="bo-logo__sub">Steunpunten passend onderwijs</span>
          </a>
          {me && <SignedIn me={me} directory={directory} />}
        </div>
        {me && <MainNav role={me.principal.role} current={current} />}
      </header>
      <main id="inhoud" className="bo-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

function SignedIn({ me, directory }: { me: Me; directory: Directory }) {
  const { principal } = me;
  const where = principal.steunpunt
    ? (me.steunpuntName ?? steunpuntName(directory, principal.steunpunt))
    : principal.swv
      ? (directory.swvs[principal.swv]?.name ?? principal.swv)
      : undefined;
  return (
    <div className="bo-user">
      <p className="bo-user__who">
        <span className="visually-hidden">Ingelogd als </span>
        <strong>{principal.name}</strong>
        <span className="bo-user__role">
          {roleLabels[principal.role]}
          {where ? `, ${where}` : ''}
        </span>
      </p>
      <button
        type="button"
        className="utrecht-button bo-user__sign-out"
        onClick={() => void signOutEverywhere('Je bent uitgelogd.')}
      >
        Uitloggen
      </button>
    </div>
  );
}

function MainNav({ role, current }: { role: Role; current: NavKey | undefined }) {
  return (
    <nav className="bo-nav" aria-label="Hoofdmenu">
      <ul className="bo-nav__list">
        {navFor(role).map((item) => (
          <li key={item.key}>
            <a
              className="bo-nav__link"
              href={item.href}
              aria-current={item.key === current ? 'page' : undefined}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Who a page is for, in the words of "Deze pagina is alleen voor …". */
const audienceOf: Record<Role, string> = {
  medewerker: 'medewerkers van het steunpunt',
  coordinator: 'coördinatoren van het steunpunt',
  beheerder: 'beheerders van het portaal',
  'swv-lezer': 'lezers van een samenwerkingsverband',
};

/** Roles without cases say why they see none; the others hear who the page is for. */
function noAccessText(role: Role, allow: readonly Role[] | undefined): string {
  if (role === 'swv-lezer')
    return 'Als lezer van een samenwerkingsverband zie je geen vragen, geen meldingen en geen persoonsgegevens. Je ziet alleen de monitor met cijfers.';
  if (role === 'beheerder')
    return 'Als beheerder zie je geen vragen, geen meldingen en geen persoonsgegevens.';
  if (!allow || allow.length === 0) return 'Deze pagina is niet voor jouw rol.';
  const audiences = allow.map((r) => audienceOf[r]);
  const list =
    audiences.length === 1
      ? audiences[0]
      : `${audiences.slice(0, -1).join(', ')} en ${audiences[audiences.length - 1]}`;
  return `Deze pagina is alleen voor ${list}.`;
}

export function NoAccess({ role, allow }: { role: Role; allow?: readonly Role[] | undefined }) {
  return (
    <>
      <h1 className="utrecht-heading-1">Geen toegang</h1>
      <Alert type="warning">
        <p className="utrecht-paragraph">{noAccessText(role, allow)}</p>
      </Alert>
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href={homeFor(role)}>
          Naar je startpagina
        </a>
      </p>
    </>
  );
}
