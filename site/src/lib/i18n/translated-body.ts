/**
 * The Markdown body of a translated information page, rendered for one SWV (issue #14).
 * Run while building the pages, never in a browser. Three things happen on the way:
 *
 * - Facts come from data: the body writes `{{term:<key>}}` and gets `termText(key, lang)`
 *   ("6 weeks", "6 أسابيع"), `{{date:<key>}}` a date in law in the language, so no number
 *   or date is typed in a translation. An unknown key, or any other `{{…}}`, stops the
 *   build with the file named.
 * - Links are written as on the Dutch page (`../opp/`, `../begrippen/#tlv`, `../vraag/`).
 *   Each one goes to the page in the same language when the SWV has it in that language,
 *   otherwise to the Dutch page with `hreflang="nl"` and "(in Dutch)" in the reader's
 *   language, as DutchOnlyLink does. Which pages exist is asked, not guessed (`existsIn`).
 * - In a translation no person has checked, every legal term and every route outcome
 *   heading (`## … { #id .route-outcome }`) carries a visible mark that links to the Dutch
 *   page: those are the places where a wrong translation would cost a parent most.
 */
import type { Element, ElementContent, Parents, Text } from 'hast';
import { defineHastPlugin, markdownToHtml, type HastVisitorContext } from 'satteri';
import {
  isLegalDateKey,
  legalDateText,
  legalDates,
  type LegalDateKey,
} from '../../../../functions/core/legal-dates.ts';
import {
  isLegalTermKey,
  legalTerms,
  termText,
  type LegalTermKey,
} from '../../../../functions/core/legal-terms.ts';
import type { Locale } from '../../../../functions/core/locales.ts';
import { stackedTables } from '../stacked-tables.ts';

export interface BodyContext {
  lang: Locale;
  /** The SWV the page is rendered for: its pages live under `/<slug>/`. */
  slug: string;
  /** The page's own name: `content/translations/<lang>/<page>.md`, Dutch `/<slug>/<page>/`. */
  page: string;
  /** False when no person checked the translation: terms and outcomes get their mark. */
  checked: boolean;
  /**
   * Does the SWV's page at this path (under `/<slug>/`, no slashes around it: `opp`,
   * `vraag`, `klacht-of-geschil`, `` for the home) exist in the page's language?
   */
  existsIn: (path: string) => boolean;
  /** The reader's words: "(in Dutch)" after a Dutch-only link, and the unchecked mark. */
  words: { inDutch: string; uncheckedMark: string };
}

const placeholder = /\{\{([^}]*)\}\}/g;

/** Where the error is, for whoever edits the translation. */
const fileOf = (ctx: BodyContext) => `content/translations/${ctx.lang}/${ctx.page}.md`;

/** A fact in the body: a legal term (`{{term:key}}`) or a date in law (`{{date:key}}`). */
export type Placeholder = { kind: 'term'; key: LegalTermKey } | { kind: 'date'; key: LegalDateKey };

/** The facts a body names, in order; anything else in double braces is an error. */
export function placeholdersOf(body: string, file = 'the translation'): Placeholder[] {
  return [...body.matchAll(placeholder)].map(([whole, inner]): Placeholder => {
    const [kind, key = ''] = inner!.trim().split(':');
    if (kind === 'term' && isLegalTermKey(key)) return { kind, key };
    if (kind === 'date' && isLegalDateKey(key)) return { kind, key };
    throw new Error(
      `${file}: ${whole} is not a legal term or date. Write {{term:<key>}} with one of: ` +
        `${Object.keys(legalTerms).join(', ')} (functions/core/legal-terms.ts), or ` +
        `{{date:<key>}} with one of: ${Object.keys(legalDates).join(', ')} (functions/core/legal-dates.ts)`,
    );
  });
}

const text = (value: string): Text => ({ type: 'text', value });

/**
 * The visible "check the Dutch text" after a term or an outcome, linked to the Dutch page
 * at the same section (the headings keep the Dutch ids).
 */
function uncheckedMark(ctx: BodyContext, anchor = ''): ElementContent[] {
  return [
    text(' ('),
    {
      type: 'element',
      tagName: 'a',
      properties: {
        className: ['utrecht-link', 'utrecht-link--html-a', 'unchecked-mark'],
        href: `/${ctx.slug}/${ctx.page}/${anchor && `#${anchor}`}`,
        hreflang: 'nl',
        dataUncheckedMark: '',
      },
      children: [text(ctx.words.uncheckedMark)],
    },
    text(')'),
  ];
}

function enclosingLink(
  node: Readonly<Text>,
  visit: HastVisitorContext,
): Readonly<Element> | undefined {
  let parent: Readonly<Parents> | undefined = visit.parent(node);
  while (parent && parent.type !== 'root') {
    if (parent.type === 'element' && parent.tagName === 'a') return parent;
    parent = visit.parent(parent);
  }
  return undefined;
}

/** The id of the heading whose section holds the node, so a mark lands there in Dutch. */
function sectionOf(node: Readonly<Text>, visit: HastVisitorContext): string {
  let block: Readonly<Text | Parents> = node;
  let parent: Readonly<Parents> | undefined = visit.parent(node);
  while (parent && parent.type !== 'root') {
    block = parent;
    parent = visit.parent(parent);
  }
  if (!parent) return '';
  const heading = parent.children
    .slice(0, visit.indexOf(block) ?? 0)
    .reverse()
    .find(
      (child): child is Element =>
        child.type === 'element' &&
        /^h[2-6]$/.test(child.tagName) &&
        typeof child.properties.id === 'string',
    );
  return heading ? String(heading.properties.id) : '';
}

/**
 * `{{term:objection}}` → "6 weeks", `{{date:positionAct}}` → "1 August 2025". A term in an
 * unchecked translation gets the mark after it, or after the link it is part of.
 */
function renderFacts(
  node: Readonly<Text>,
  visit: HastVisitorContext,
  ctx: BodyContext,
  linksMarked: Set<Readonly<Element>>,
): void {
  const facts = placeholdersOf(node.value, fileOf(ctx));
  if (facts.length === 0) return;
  const link = enclosingLink(node, visit);
  const section = ctx.checked ? '' : sectionOf(node, visit);
  const parts: ElementContent[] = [];
  let termSeen = false;
  // split() with one group alternates: text, placeholder, text, …
  node.value.split(placeholder).forEach((piece, index) => {
    if (index % 2 === 0) {
      if (piece) parts.push(text(piece));
      return;
    }
    const fact = facts[(index - 1) / 2]!;
    if (fact.kind === 'date') {
      parts.push(text(legalDateText(fact.key, ctx.lang)));
      return;
    }
    termSeen = true;
    parts.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['legal-term'], dataTerm: fact.key },
      children: [text(termText(fact.key, ctx.lang))],
    });
    if (!ctx.checked && !link) parts.push(...uncheckedMark(ctx, section));
  });
  visit.replaceNode(node, parts);
  if (termSeen && !ctx.checked && link && !linksMarked.has(link)) {
    linksMarked.add(link);
    visit.insertAfter(link, uncheckedMark(ctx, section));
  }
}

/** A link of the body as the translated page needs it (see the module's comment). */
function rewriteLink(link: Readonly<Element>, visit: HastVisitorContext, ctx: BodyContext): void {
  if (link.properties.dataUncheckedMark !== undefined) return;
  const href = String(link.properties.href ?? '');
  if (href.startsWith('#') || /^(https?:|mailto:|tel:)/.test(href)) return;
  const relative = /^\.\.\/(.*)$/.exec(href);
  if (!relative) {
    throw new Error(
      `${fileOf(ctx)}: the link "${href}" is not written as on the Dutch page; write ../<page>/ (or #<id> on this page)`,
    );
  }
  const [pathAndQuery = '', fragment] = relative[1]!.split('#');
  const path = pathAndQuery.replace(/\/$/, '');
  const hash = fragment === undefined ? '' : `#${fragment}`;
  const target = path ? `${path}/` : '';
  if (ctx.existsIn(path)) {
    visit.setProperty(link, 'href', `/${ctx.lang}/${ctx.slug}/${target}${hash}`);
    return;
  }
  visit.setProperty(link, 'href', `/${ctx.slug}/${target}${hash}`);
  visit.setProperty(link, 'hreflang', 'nl');
  visit.appendChild(link, text(` ${ctx.words.inDutch}`));
}

/** An outcome of a route (`.route-outcome` on its heading) gets the mark when unchecked. */
function markOutcome(heading: Readonly<Element>, visit: HastVisitorContext, ctx: BodyContext) {
  const classes = (heading.properties.className as string[] | undefined) ?? [];
  if (ctx.checked || !classes.includes('route-outcome')) return;
  const id = typeof heading.properties.id === 'string' ? heading.properties.id : '';
  visit.appendChild(heading, uncheckedMark(ctx, id));
}

/** The body's HTML for one SWV and language. */
export function renderTranslatedBody(markdown: string, ctx: BodyContext): string {
  placeholdersOf(markdown, fileOf(ctx));
  const linksMarked = new Set<Readonly<Element>>();
  const translatedBody = defineHastPlugin({
    name: 'translated-body',
    text: (node, visit) => renderFacts(node, visit, ctx, linksMarked),
    element: [
      { filter: ['a'], visit: (link, visit) => rewriteLink(link, visit, ctx) },
      { filter: ['h2', 'h3', 'h4'], visit: (heading, visit) => markOutcome(heading, visit, ctx) },
    ],
  });
  const { html } = markdownToHtml(markdown, {
    hastPlugins: [translatedBody, stackedTables],
    // `## Heading { #id }`: a translation keeps the Dutch heading's id, so links still land.
    features: { gfm: true, headingAttributes: true, smartPunctuation: true },
  });
  return html;
}
