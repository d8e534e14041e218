/**
 * The deadline readout's DOM, shared by the route chooser's calculator
 * (deadline-calculator.ts) and the complaint intake's date page (deadline-script.ts): a
 * module of its own, so the intake's bundle does not carry the calculator.
 */
import { parseIsoDay } from '../../../../functions/core/filing-deadlines.ts';

/** Today in Amsterdam, as a calendar day. */
export function today() {
  const text = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(),
  );
  return parseIsoDay(text)!;
}

/** Sentences as paragraphs, the first (the last day) in bold. */
export function paragraphsOf(lines: readonly string[]) {
  return lines.map((text, index) => {
    const paragraph = document.createElement('p');
    paragraph.className = 'utrecht-paragraph';
    if (index === 0) {
      const strong = document.createElement('strong');
      strong.textContent = text;
      paragraph.append(strong);
    } else {
      paragraph.textContent = text;
    }
    return paragraph;
  });
}
