/**
 * DEMO ONLY: a made-up public contact for one steunpunt, so the local portal shows both
 * states of the contact block (a steunpunt that can be reached directly, and one that has
 * filled in nothing yet and shows the question form and the national line). The addresses
 * end in .example and the numbers are 0000- and 060-numbers: nobody can be reached by them. Real
 * contact details never live here or in content/: the coördinator enters them in the
 * back office (Contactgegevens).
 */
import type { SteunpuntContact } from '../../functions/admin/steunpunten.ts';

export const demoContacts: Readonly<Record<string, SteunpuntContact>> = {
  'amstel-en-meer': {
    email: 'steunpunt@amstel-en-meer.example',
    phone: '0000 000 001',
    hours: 'Maandag tot en met donderdag van 9.00 tot 16.00 uur (demo)',
    // 060 numbers are not given out: a demo WhatsApp number that makes a well-formed link.
    whatsapp: '06 0000 0002',
    visitingAddress: 'Demostraat 1, 0000 AA Demodorp (demo)',
    complaints: {
      name: 'Klachtencommissie (demo)',
      address: 'klachten@amstel-en-meer.example',
    },
  },
};
