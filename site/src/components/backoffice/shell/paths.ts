/** The back office's own pages, and where each role starts after signing in. */
import type { Role } from '../../../../../functions/auth/principal.ts';

export const backofficePaths = {
  signIn: '/backoffice/',
  inbox: '/backoffice/vragen/',
  contact: '/backoffice/contact/',
  templates: '/backoffice/sjablonen/',
  auditLog: '/backoffice/logboek/',
  persons: '/backoffice/personen/',
  settings: '/backoffice/instellingen/',
  contactDetails: '/backoffice/contactgegevens/',
  topics: '/backoffice/onderwerpen/',
  monitor: '/backoffice/monitor/',
  nationalMonitor: '/backoffice/landelijke-monitor/',
  reports: '/backoffice/rapportage/',
  signals: '/backoffice/signalen/',
  admin: '/backoffice/beheer/',
  accounts: '/backoffice/gebruikers/',
  adminLog: '/backoffice/beheer-logboek/',
  gaps: '/backoffice/nog-in-te-vullen/',
  meetings: '/backoffice/bijeenkomsten/',
  meeting: (meetingId: string) =>
    `/backoffice/bijeenkomst/?${new URLSearchParams({ id: meetingId }).toString()}`,
  /** Without an id: a new meeting. */
  meetingEdit: (meetingId?: string) =>
    meetingId
      ? `/backoffice/bijeenkomst-bewerken/?${new URLSearchParams({ id: meetingId }).toString()}`
      : '/backoffice/bijeenkomst-bewerken/',
  case: (swv: string, caseId: string) =>
    `/backoffice/vraag/?${new URLSearchParams({ swv, id: caseId }).toString()}`,
  /** The draft letter of a bezwaar or GPO complaint. */
  caseLetter: (swv: string, caseId: string) =>
    `/backoffice/conceptbrief/?${new URLSearchParams({ swv, id: caseId }).toString()}`,
} as const;

export function homeFor(role: Role): string {
  switch (role) {
    case 'medewerker':
    case 'coordinator':
      return backofficePaths.inbox;
    case 'swv-lezer':
      return backofficePaths.monitor;
    case 'beheerder':
      return backofficePaths.admin;
  }
}

/** Roles that handle cases; the others never see a case or its free text. */
export const caseRoles: readonly Role[] = ['medewerker', 'coordinator'];

export type NavKey =
  | 'inbox'
  | 'contact'
  | 'meetings'
  | 'templates'
  | 'auditLog'
  | 'persons'
  | 'settings'
  | 'contactDetails'
  | 'topics'
  | 'accounts'
  | 'adminLog'
  | 'gaps'
  | 'signals'
  | 'monitor'
  | 'nationalMonitor'
  | 'reports'
  | 'home';

export interface NavItem {
  key: NavKey;
  label: string;
  href: string;
}

/** What a steunpunt still has to fill in: for its coördinator and for the beheerder. */
const gapsNav: NavItem = { key: 'gaps', label: 'Nog in te vullen', href: backofficePaths.gaps };

/** The SWV's monitor: the reader's only page, and the coördinator's for each SWV. */
const monitorNav: NavItem = { key: 'monitor', label: 'Monitor', href: backofficePaths.monitor };
/** The half-year reports: the reader reads them, the coördinator writes them. */
const reportsNav: NavItem = {
  key: 'reports',
  label: 'Rapportages',
  href: backofficePaths.reports,
};

export function navFor(role: Role): NavItem[] {
  const handling: NavItem[] = [
    { key: 'inbox', label: 'Vragen en meldingen', href: backofficePaths.inbox },
    { key: 'contact', label: 'Contact registreren', href: backofficePaths.contact },
    { key: 'meetings', label: 'Bijeenkomsten', href: backofficePaths.meetings },
  ];
  switch (role) {
    case 'medewerker':
      return handling;
    case 'coordinator':
      return [
        ...handling,
        { key: 'templates', label: 'Sjablonen', href: backofficePaths.templates },
        { key: 'topics', label: 'Onderwerpen', href: backofficePaths.topics },
        { key: 'signals', label: 'Signalen beoordelen', href: backofficePaths.signals },
        { key: 'auditLog', label: 'Logboek', href: backofficePaths.auditLog },
        { key: 'persons', label: 'Personen', href: backofficePaths.persons },
        { key: 'settings', label: 'Instellingen', href: backofficePaths.settings },
        { key: 'contactDetails', label: 'Contactgegevens', href: backofficePaths.contactDetails },
        gapsNav,
        monitorNav,
        reportsNav,
      ];
    case 'swv-lezer':
      return [monitorNav, reportsNav];
    case 'beheerder':
      return [
        { key: 'home', label: 'Organisaties', href: backofficePaths.admin },
        { key: 'accounts', label: 'Gebruikers', href: backofficePaths.accounts },
        { key: 'contactDetails', label: 'Contactgegevens', href: backofficePaths.contactDetails },
        { key: 'adminLog', label: 'Logboek', href: backofficePaths.adminLog },
        gapsNav,
        {
          key: 'nationalMonitor',
          label: 'Landelijke monitor',
          href: backofficePaths.nationalMonitor,
        },
      ];
  }
}
