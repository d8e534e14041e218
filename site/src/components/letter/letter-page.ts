/**
 * The public letter page (`/<slug>/klacht/brief/`): the draft letter built in the browser
 * from the answers the complaint intake left in this tab (complaint-letter-handoff.ts), one
 * labelled text area per block, and a print view that follows every change. Plain DOM, no
 * framework. Nothing leaves the browser: no request, nothing stored beyond the tab. The
 * parent's edits stay in the tab too, so a reload does not undo them.
 */
import {
  draftLetter,
  letterText,
  type LetterBlock,
} from '../../../../functions/cases/intakes/complaint-letter.ts';
import { isLetterRoute } from '../../../../functions/cases/intakes/letter-routes.ts';
import { timeZone } from '../../../../functions/lib/dutch-dates.ts';
import { letterStorageKey, readForLetter } from '../../lib/complaint-letter-handoff.ts';

const amsterdamToday = () => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());

function paragraph(text: string) {
  const element = document.createElement('p');
  element.className = 'utrecht-paragraph';
  element.textContent = text;
  return element;
}

/** One block as a labelled text area, as the form kit draws a field (LabelledField.astro). */
function field(block: LetterBlock) {
  const id = `brief-${block.id}`;
  const wrapper = document.createElement('div');
  wrapper.className = 'utrecht-form-field utrecht-form-field--textarea';
  const label = document.createElement('label');
  label.className = 'utrecht-form-label';
  label.htmlFor = id;
  label.textContent = block.label;
  const labelBox = document.createElement('div');
  labelBox.className = 'utrecht-form-field__label';
  labelBox.append(label);
  wrapper.append(labelBox);
  const area = document.createElement('textarea');
  area.className = 'utrecht-textarea utrecht-textarea--html-textarea';
  area.id = id;
  area.name = block.id;
  area.value = block.text;
  area.rows = Math.min(12, Math.max(2, block.text.split('\n').length + 1));
  if (block.hint) {
    const hint = document.createElement('div');
    hint.className = 'utrecht-form-field__description utrecht-form-field-description';
    hint.id = `${id}-hint`;
    hint.textContent = block.hint;
    wrapper.append(hint);
    area.setAttribute('aria-describedby', hint.id);
  }
  const input = document.createElement('div');
  input.className = 'utrecht-form-field__input';
  input.append(area);
  wrapper.append(input);
  return { wrapper, area };
}

/** The parent's edited texts, per block, kept per case in this tab. */
function keptEdits(key: string, count: number): string[] | undefined {
  try {
    const texts = JSON.parse(sessionStorage.getItem(key) ?? 'null') as unknown;
    return Array.isArray(texts) && texts.length === count ? texts.map(String) : undefined;
  } catch {
    return undefined;
  }
}

export function showLetter(root: HTMLElement) {
  const swv = root.dataset.swv ?? '';
  const handoff = readForLetter(sessionStorage, swv);
  const route = handoff?.answers.route;
  if (!handoff || !isLetterRoute(route)) return;
  const letter = draftLetter(route, {
    answers: handoff.answers,
    swv: {
      name: root.dataset.swvName ?? '',
      address: root.dataset.swvStreet
        ? {
            street: root.dataset.swvStreet,
            postcode: root.dataset.swvPostcode ?? '',
            city: root.dataset.swvCity ?? '',
          }
        : undefined,
    },
    today: amsterdamToday(),
  });

  const part = <T extends HTMLElement>(name: string) =>
    root.querySelector<T>(`[data-letter-${name}]`)!;
  part('title').textContent = letter.title;
  part('reference').textContent = handoff.reference;
  part('notes').replaceChildren(
    ...letter.notes.map((note) => {
      const item = document.createElement('li');
      item.className = 'utrecht-unordered-list__item';
      item.textContent = note;
      return item;
    }),
  );

  const sheet = part('sheet');
  const editsKey = `${letterStorageKey(swv)}:${handoff.reference}:tekst`;
  const edits = keptEdits(editsKey, letter.blocks.length);
  const fields = letter.blocks.map((block, index) => ({
    block,
    ...field({ ...block, text: edits?.[index] ?? block.text }),
  }));
  const current = () => fields.map(({ block, area }) => ({ id: block.id, text: area.value }));
  const render = () =>
    sheet.replaceChildren(
      ...current().map(({ id, text }) => {
        const element = paragraph(text);
        element.classList.add('letter-sheet__block', `letter-sheet__block--${id}`);
        return element;
      }),
    );
  part('fields').replaceChildren(...fields.map(({ wrapper }) => wrapper));
  part('fields').addEventListener('input', () => {
    render();
    try {
      sessionStorage.setItem(editsKey, JSON.stringify(fields.map(({ area }) => area.value)));
    } catch {
      // A browser that keeps nothing still shows the letter; the edits just do not last.
    }
  });
  render();

  part('print').addEventListener('click', () => window.print());
  const copied = part('copied');
  part('copy').addEventListener('click', () => {
    navigator.clipboard.writeText(letterText(current())).then(
      () => (copied.textContent = 'De tekst van je brief staat nu op je klembord.'),
      () =>
        (copied.textContent =
          'Kopiëren lukt niet in deze browser. Selecteer de tekst van de brief en kopieer hem zelf.'),
    );
  });

  part('missing').hidden = true;
  part('shown').hidden = false;
}
