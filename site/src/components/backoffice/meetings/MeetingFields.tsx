/**
 * Inputs the shared form fields (form/fields.tsx) do not have: date, time, web address
 * and whole numbers. Same markup, ids and error wiring as those fields, so the error
 * summary links and the styling work the same.
 */
import type { ChangeEvent, ReactNode } from 'react';
import { fieldId } from '../../form/fields.tsx';

const hintId = (name: string) => `${fieldId(name)}-hint`;
const errorId = (name: string) => `${fieldId(name)}-fout`;

interface InputFieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  type: 'date' | 'time' | 'url' | 'number';
}

export function InputField(props: InputFieldProps) {
  const { name, label, hint, error, value, onChange, type } = props;
  const described = [hint ? hintId(name) : '', error ? errorId(name) : ''].filter(Boolean);
  // A number is typed as text with a numeric keyboard (GOV.UK: no spinner that changes by scrolling).
  const inputType = type === 'number' ? 'text' : type;
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={fieldId(name)}>
          {label}
        </label>
      </div>
      {hint && (
        <div
          className="utrecht-form-field__description utrecht-form-field-description"
          id={hintId(name)}
        >
          {hint}
        </div>
      )}
      {error && (
        <p
          className="utrecht-form-field__error-message utrecht-form-field-error-message"
          id={errorId(name)}
        >
          <span className="visually-hidden">Fout: </span>
          {error}
        </p>
      )}
      <div className="utrecht-form-field__input">
        <input
          className={`utrecht-textbox utrecht-textbox--html-input bo-input--${type}${error ? ' utrecht-textbox--invalid' : ''}`}
          id={fieldId(name)}
          name={name}
          type={inputType}
          value={value}
          inputMode={type === 'number' ? 'numeric' : type === 'url' ? 'url' : undefined}
          spellCheck={type === 'url' ? false : undefined}
          aria-describedby={described.length > 0 ? described.join(' ') : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      </div>
    </div>
  );
}
