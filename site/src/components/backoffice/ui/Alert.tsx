import type { ReactNode } from 'react';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/** The Utrecht alert: a coloured box with a bold first word, so colour is never the only cue. */
export function Alert(props: { type: AlertType; children: ReactNode; role?: 'alert' | 'note' }) {
  const { type, children, role } = props;
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

/**
 * A live region that is always in the page (screen readers only announce changes to a
 * region they already know), showing the outcome of the last action.
 */
export function Outcome(props: { outcome: { type: AlertType; text: ReactNode } | undefined }) {
  const { outcome } = props;
  return (
    <div role="status" className="bo-outcome">
      {outcome && (
        <Alert type={outcome.type}>
          <p className="utrecht-paragraph">{outcome.text}</p>
        </Alert>
      )}
    </div>
  );
}
