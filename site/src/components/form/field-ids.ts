/**
 * The ids that tie a field's label, hint, error message and control together. One
 * definition for the server-rendered public fields (`*.astro`), the form kit that
 * enhances them, and the back office's React fields, so an error summary link always
 * finds its control.
 */
export const fieldId = (name: string) => `vraag-${name}`;
export const optionId = (name: string, value: string) => `vraag-${name}-${value}`;
export const hintId = (name: string) => `${fieldId(name)}-hint`;
export const errorId = (name: string) => `${fieldId(name)}-fout`;
/** The hint under one option of a radio group (GOV.UK's radio item hint). */
export const optionHintId = (name: string, value: string) => `${optionId(name, value)}-hint`;
