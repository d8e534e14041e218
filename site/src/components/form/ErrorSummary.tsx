import { forwardRef, type MouseEvent } from 'react';

export interface SummaryItem {
  message: string;
  /** The id of the control to move focus to; items without one are shown as plain text. */
  targetId?: string | undefined;
}

/** Move focus to a field, and scroll so that its label or legend is in view too. */
function focusField(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  target.focus({ preventScroll: true });
  const container = target.closest('.utrecht-form-fieldset, .utrecht-form-field');
  (container ?? target).scrollIntoView({ block: 'start' });
}

/**
 * The GOV.UK error summary: a heading and a list of links to the fields with an error,
 * with the same message as the field. The parent moves focus here after a failed submit.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[] }>(
  function ErrorSummary({ items }, ref) {
    return (
      <div className="error-summary" id="foutoverzicht" tabIndex={-1} ref={ref}>
        <div role="alert">
          <h2 className="utrecht-heading-2 error-summary__title">Er is een probleem</h2>
          <ul className="error-summary__list">
            {items.map(({ message, targetId }) => (
              <li key={`${targetId ?? 'form'}-${message}`}>
                {targetId ? (
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${targetId}`}
                    onClick={(event) => focusField(event, targetId)}
                  >
                    {message}
                  </a>
                ) : (
                  <span className="error-summary__text">{message}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    );
  },
);
