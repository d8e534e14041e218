/** A user of a steunpunt who may handle cases: someone a case can be assigned to. */
export interface Colleague {
  userId: string;
  name: string;
}
