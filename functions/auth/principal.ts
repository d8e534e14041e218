/**
 * Who is calling the back office, as the auth middleware (functions/auth) makes it from
 * a verified token. In AWS the token comes from Cognito; locally from the portal's own
 * issuer. Both carry the same claims (see claimsToPrincipal in functions/auth).
 */
export const roles = ['medewerker', 'coordinator', 'swv-lezer', 'beheerder'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  medewerker: 'Medewerker',
  coordinator: 'Coördinator',
  'swv-lezer': 'Lezer samenwerkingsverband',
  beheerder: 'Beheerder',
};

export interface Principal {
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** The steunpunt a medewerker or coördinator works for. */
  steunpunt?: string;
  /** The SWV a swv-lezer reads the monitor of. */
  swv?: string;
}

/** The claims in a token, named as Cognito names them. */
export interface PortalClaims {
  sub: string;
  email: string;
  name: string;
  'cognito:groups': Role[];
  'custom:steunpunt'?: string;
  'custom:swv'?: string;
}
