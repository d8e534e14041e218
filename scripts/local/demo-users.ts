/**
 * The people who can sign in to the local portal: one of each role, with made-up names.
 * Two steunpunten have staff, so the local portal shows that one steunpunt never sees
 * another's cases. The steunpunt and SWV ids are those in content/.
 */
import type { Role } from '../../functions/auth/principal.ts';

export interface DemoUser {
  /** Stable id, also the token's `sub`. */
  id: string;
  name: string;
  email: string;
  role: Role;
  steunpunt?: string;
  swv?: string;
}

export const demoUsers: readonly DemoUser[] = [
  {
    id: 'sanne-medewerker',
    name: 'Sanne Bakker',
    email: 'sanne.bakker@amstel-en-meer.example',
    role: 'medewerker',
    steunpunt: 'amstel-en-meer',
  },
  {
    id: 'ruud-coordinator',
    name: 'Ruud Visser',
    email: 'ruud.visser@amstel-en-meer.example',
    role: 'coordinator',
    steunpunt: 'amstel-en-meer',
  },
  {
    id: 'fatima-medewerker',
    name: 'Fatima El Amrani',
    email: 'fatima.elamrani@vo-noord-kennemerland.example',
    role: 'medewerker',
    steunpunt: 'vo-noord-kennemerland',
  },
  {
    id: 'joost-swv-lezer',
    name: 'Joost de Graaf',
    email: 'joost.degraaf@po-haarlemmermeer.example',
    role: 'swv-lezer',
    swv: 'po-haarlemmermeer',
  },
  {
    id: 'ingrid-beheerder',
    name: 'Ingrid Mulder',
    email: 'ingrid.mulder@steunpunt-portaal.example',
    role: 'beheerder',
  },
];

export const demoUser = (id: string) => demoUsers.find((user) => user.id === id);
