/**
 * Small form-field building blocks with the NL Design System (Utrecht) class names.
 * Each field shows its label, an optional hint, its error message (when there is one) and
 * the control, and wires them up with aria-describedby and aria-invalid.
 */
import type { ChangeEvent, ReactNode } from 'react';
import { errorId, fieldId, hintId, optionId } from './field-ids.ts';

export { fieldId, optionId };

const cx = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

function describedBy(name: string, hint: ReactNode, error: string | undefined) {
  const ids = [hint ? hintId(name) : '', error ? errorId(name) : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Hint({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div
      className="utrecht-form-field__description utrecht-form-field-description"
      id={hintId(name)}
    >
      {children}
    </div>
  );
}

function ErrorMessage({ name, message }: { name: string; message: string }) {
  return (
    <p
      className="utrecht-form-field__error-message utrecht-form-field-error-message"
      id={errorId(name)}
    >
      <span className="visually-hidden">Fout: </span>
      {message}
    </p>
  );
}

/** A labelled control: the label, the hint and the error above it, wired by id. */
function LabelledField(props: BaseProps & { kind: string; children: ReactNode }) {
  const { name, label, hint, error, kind, children } = props;
  return (
    <div
      className={cx(
        `utrecht-form-field utrecht-form-field--${kind}`,
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={fieldId(name)}>
          {label}
        </label>
      </div>
      {hint && <Hint name={name}>{hint}</Hint>}
      {error && <ErrorMessage name={name} message={error} />}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

interface BaseProps {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A text typed in another language than the page's (issue #14): its lang and direction. */
interface TextLanguage {
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
}

interface TextFieldProps extends BaseProps, TextLanguage {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
}

export function TextField(props: TextFieldProps) {
  const {
    name,
    label,
    hint,
    error,
    value,
    onChange,
    type = 'text',
    autoComplete,
    inputMode,
    lang,
    dir,
  } = props;
  return (
    <LabelledField name={name} label={label} hint={hint} error={error} kind="text">
      <input
        className={cx(
          'utrecht-textbox utrecht-textbox--html-input',
          error && 'utrecht-textbox--invalid',
        )}
        id={fieldId(name)}
        name={name}
        type={type}
        value={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        lang={lang}
        dir={dir}
        spellCheck={type === 'text' ? undefined : false}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </LabelledField>
  );
}

interface TextAreaFieldProps extends BaseProps, TextLanguage {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function TextAreaField(props: TextAreaFieldProps) {
  const { name, label, hint, error, value, onChange, rows = 8, lang, dir } = props;
  return (
    <LabelledField name={name} label={label} hint={hint} error={error} kind="textarea">
      <textarea
        className={cx(
          'utrecht-textarea utrecht-textarea--html-textarea',
          error && 'utrecht-textarea--invalid',
        )}
        id={fieldId(name)}
        name={name}
        rows={rows}
        value={value}
        lang={lang}
        dir={dir}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
      />
    </LabelledField>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  placeholder: string;
}

export function SelectField(props: SelectFieldProps) {
  const { name, label, hint, error, value, onChange, options, placeholder } = props;
  return (
    <LabelledField name={name} label={label} hint={hint} error={error} kind="select">
      <select
        className={cx(
          'utrecht-select utrecht-select--html-select',
          error && 'utrecht-select--invalid',
        )}
        id={fieldId(name)}
        name={name}
        value={value}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

interface RadioGroupProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
}

export function RadioGroup(props: RadioGroupProps) {
  const { name, label, hint, error, value, onChange, options } = props;
  return (
    <div
      className={cx(
        'utrecht-form-fieldset utrecht-form-fieldset--distanced',
        error && 'utrecht-form-fieldset--invalid',
      )}
    >
      <fieldset
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        id={fieldId(name)}
        aria-describedby={describedBy(name, hint, error)}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {label}
        </legend>
        {hint && <Hint name={name}>{hint}</Hint>}
        {error && <ErrorMessage name={name} message={error} />}
        <div className="radio-list">
          {options.map((option) => (
            <div className="utrecht-form-field utrecht-form-field--radio" key={option.value}>
              <div className="utrecht-form-field__label">
                <label
                  className="utrecht-form-label utrecht-form-label--radio"
                  htmlFor={optionId(name, option.value)}
                >
                  {option.label}
                </label>
              </div>
              <div className="utrecht-form-field__input">
                <input
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  type="radio"
                  id={optionId(name, option.value)}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  aria-invalid={error ? true : undefined}
                  onChange={() => onChange(option.value)}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

interface CheckboxFieldProps extends BaseProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const { name, label, hint, error, checked, onChange } = props;
  return (
    <div
      className={cx(
        'utrecht-form-field utrecht-form-field--checkbox',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={fieldId(name)}>
          {label}
        </label>
      </div>
      {hint && <Hint name={name}>{hint}</Hint>}
      {error && <ErrorMessage name={name} message={error} />}
      <div className="utrecht-form-field__input">
        <input
          className="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id={fieldId(name)}
          name={name}
          checked={checked}
          aria-describedby={describedBy(name, hint, error)}
          aria-invalid={error ? true : undefined}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
        />
      </div>
    </div>
  );
}
