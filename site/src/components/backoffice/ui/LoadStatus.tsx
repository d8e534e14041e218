/**
 * What a page shows while its data comes, or when it could not come. The page itself shows
 * the data once `loaded.status` is 'ready'.
 */
import { Alert } from './Alert.tsx';

export type Loaded<Ready extends object> =
  { status: 'loading' } | ({ status: 'ready' } & Ready) | { status: 'failed'; message: string };

/** Said while the page's data is on its way. */
export function Loading() {
  return (
    <p className="utrecht-paragraph" role="status">
      Bezig met laden…
    </p>
  );
}

export function LoadStatus({ loaded }: { loaded: { status: string; message?: string } }) {
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') {
    return (
      <Alert type="error" role="alert">
        <p className="utrecht-paragraph">{loaded.message}</p>
      </Alert>
    );
  }
  return null;
}
