/**
 * Refreshes the contact block (SteunpuntContact.astro) with the contact the steunpunt's
 * coördinator keeps in the back office, so a new phone number is on every page without a
 * rebuild. A plain script without dependencies: it runs on every page. When the API cannot
 * be reached the block keeps what the page was built with.
 */
import type { InferResponseType } from 'hono/client';
import type { PortalClient } from '../../lib/portal-client.ts';
import { contactLines, reachable, type ContactLine } from '../../lib/contact-lines.ts';

type Contact = InferResponseType<PortalClient['swv'][':swv']['contact']['$get'], 200>;

/** Labels by kind of line: a translated page gives its own in `data-labels` (issue #14). */
type Labels = Partial<Record<ContactLine['kind'], string>>;

/** The same markup as ContactList.astro. */
function contactList(lines: ContactLine[], labels: Labels): HTMLDListElement {
  const list = document.createElement('dl');
  list.className = 'contact-list';
  for (const line of lines) {
    const term = document.createElement('dt');
    term.textContent = labels[line.kind] ?? line.label;
    const value = document.createElement('dd');
    // The coördinator writes the opening hours in Dutch: a translated page says so.
    if (line.kind === 'hours' && labels.hours) value.lang = 'nl';
    if (line.href) {
      const link = document.createElement('a');
      link.className = 'utrecht-link utrecht-link--html-a';
      link.href = line.href;
      link.textContent = line.value;
      value.append(link);
    } else {
      value.textContent = line.value;
    }
    list.append(term, value);
  }
  return list;
}

function show(block: HTMLElement, contact: Contact) {
  const part = (name: string) => block.querySelector<HTMLElement>(`[data-${name}]`);
  const name = part('contact-name');
  if (name) name.textContent = contact.name;
  const lines = contactLines(contact);
  const holder = part('contact-lines');
  if (holder) {
    const labels = JSON.parse(block.dataset.labels ?? '{}') as Labels;
    holder.replaceChildren(...(lines.length > 0 ? [contactList(lines, labels)] : []));
    holder.hidden = lines.length === 0;
  }
  const fallback = part('contact-fallback');
  if (fallback) fallback.hidden = reachable(contact);
  const complaints = part('contact-complaints');
  const complaintsName = part('complaints-name');
  const complaintsAddress = part('complaints-address');
  if (complaints && complaintsName && complaintsAddress) {
    complaintsName.textContent = contact.complaints?.name ?? '';
    complaintsAddress.textContent = contact.complaints?.address ?? '';
    complaints.hidden = !contact.complaints;
  }
  block.dataset.state = 'live';
}

async function refresh(block: HTMLElement) {
  const slug = block.dataset.swv ?? '';
  try {
    // no-cache: ask every time, the ETag makes an unchanged contact a short 304.
    const response = await fetch(`/api/swv/${encodeURIComponent(slug)}/contact`, {
      headers: { accept: 'application/json' },
      cache: 'no-cache',
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    show(block, (await response.json()) as Contact);
  } catch {
    block.dataset.state = 'built';
  }
}

for (const block of document.querySelectorAll<HTMLElement>('[data-steunpunt-contact]')) {
  void refresh(block);
}
