/**
 * The national independent line for parents (Ouders & Onderwijs): the site's contact block
 * shows it when a steunpunt has no phone or e-mail yet, and a mail whose replies nobody
 * reads gives it. Never the SWV's office, which decides on TLVs.
 */
export const nationalLine = {
  name: 'Ouders & Onderwijs',
  phone: '0800-5010',
  email: 'vraag@oudersonderwijs.nl',
  website: 'https://www.oudersonderwijs.nl',
} as const;
