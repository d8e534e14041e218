/**
 * The question before a meeting is cancelled: who gets a mail, and the reason (not
 * required) that goes into it. Focus moves to its heading when it opens.
 */
import { useEffect, useRef } from 'react';
import { TextAreaField } from '../../form/fields.tsx';

export function CancelConfirm(props: {
  /** How many sign-ups (confirmed or waiting) get a mail. */
  registrations: number;
  reason: string;
  onReasonChange: (reason: string) => void;
  error: string | undefined;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { registrations, reason, onReasonChange, error, busy, onConfirm, onClose } = props;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="bo-confirm" aria-labelledby="annuleren-titel">
      <h2 className="utrecht-heading-2" id="annuleren-titel" tabIndex={-1} ref={heading}>
        Bijeenkomst annuleren?
      </h2>
      <p className="utrecht-paragraph">
        {registrations > 0
          ? `${registrations} ${registrations === 1 ? 'aanmelding krijgt' : 'aanmeldingen krijgen'} een e-mail dat de bijeenkomst niet doorgaat.`
          : 'Er heeft zich nog niemand aangemeld.'}{' '}
        De bijeenkomst verdwijnt uit de agenda. Dit kun je niet ongedaan maken.
      </p>
      <TextAreaField
        name="reason"
        label="Reden (niet verplicht)"
        hint="Deze reden staat in de e-mail aan de deelnemers."
        rows={3}
        value={reason}
        onChange={onReasonChange}
        error={error}
      />
      <div className="utrecht-button-group">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action bo-button--danger"
          onClick={onConfirm}
        >
          {busy ? 'Bezig met annuleren…' : 'Ja, annuleer de bijeenkomst'}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={onClose}
        >
          Nee, niet annuleren
        </button>
      </div>
    </section>
  );
}
