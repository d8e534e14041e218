/** A user of a steunpunt who may handle cases: someone a case can be assigned to. */
export interface Colleague {
  userId: string;
  name: string;
  /**
   * Their role, as the staff directory knows it: a complaint about the steunpunt can be
   * handed only to a coördinator (cases/case-changes.ts). Left out when not known.
   */
  role?: 'medewerker' | 'coordinator';
}
