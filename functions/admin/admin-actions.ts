/** What the beheer log records, in Dutch; shared by the API and the log page in the browser. */
export const adminActions = {
  'account-created': 'Account gemaakt',
  'account-changed': 'Account gewijzigd',
  'account-disabled': 'Account uitgezet',
  'account-enabled': 'Account aangezet',
  'steunpunt-saved': 'Steunpunt opgeslagen',
  'steunpunt-contact-saved': 'Contactgegevens van steunpunt opgeslagen',
  'swv-moved': 'Samenwerkingsverband verhuisd',
} as const;
export type AdminAction = keyof typeof adminActions;

export interface AdminLogEntry {
  at: string;
  byUserId: string;
  byName: string;
  action: AdminAction;
  /** The account id, steunpunt id or SWV slug the change was about. */
  target: string;
  /** How the target is called now: a name. */
  targetName: string;
  /** The role, steunpunt or SWV it has after the change, when that says something. */
  detail?: string;
}
