/**
 * The buttons under a back-office form: save (it says so while saving) and, while an
 * existing item is being changed, "Annuleren" to go back to a new one.
 */
export function SaveButtons(props: { busy: boolean; label: string; onCancel?: () => void }) {
  const { busy, label, onCancel } = props;
  return (
    <div className="utrecht-button-group">
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {busy ? 'Bezig met opslaan…' : label}
      </button>
      {onCancel && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={onCancel}
        >
          Annuleren
        </button>
      )}
    </div>
  );
}
