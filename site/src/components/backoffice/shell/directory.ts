/**
 * Public facts about the SWVs and steunpunten, put into each back-office page when the
 * site is built (see build-directory.ts): steunpunt names for the header and for reply
 * placeholders, and each SWV's gemeenten for registering a contact.
 */
export interface SwvFacts {
  name: string;
  steunpunt: string;
  gemeenten: string[];
}

export interface Directory {
  steunpunten: Record<string, string>;
  swvs: Record<string, SwvFacts>;
}

export const steunpuntName = (directory: Directory, slug: string | undefined) =>
  slug ? (directory.steunpunten[slug] ?? slug) : undefined;

/** The steunpunt that works for this SWV, by name. */
export const steunpuntOfSwv = (directory: Directory, swv: string) => {
  const facts = directory.swvs[swv];
  return facts ? steunpuntName(directory, facts.steunpunt) : undefined;
};
