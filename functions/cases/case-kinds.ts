/**
 * Every kind of case, declared once: what the storage, the references, a person's export
 * and the site need to know of a kind whichever way its cases come in (one kind may have
 * several intakes: a question comes from the form or by phone, cases/intakes/index.ts).
 * Plain data with no imports, so the site's pages and the back office read the same list.
 */
interface CaseKindDeclaration {
  /** Its name in the back office's kind filter and inbox column: "Vraag". */
  label: string;
  /** How the case page speaks of one case: "de vraag", "deze vraag" (so a de-word). */
  noun: string;
  /** The first letter of its references (and so its own counter per tenant and year). */
  prefix: string;
  /**
   * Its cases may carry a last day to file (`filingDeadline`): the inbox then offers the
   * deadline order, filters and column.
   */
  filingDeadlines?: true;
  /** The person's own texts in the case's `personal` map, with their name in an export. */
  personalTexts: Readonly<Record<string, string>>;
  /** The site's page under `/<slug>/` with its public form: no SWV page may take the name. */
  formPage?: string;
}

export const caseKinds = {
  question: {
    label: 'Vraag',
    noun: 'vraag',
    prefix: 'V',
    personalTexts: { question: 'vraag' },
    formPage: 'vraag',
  },
  complaint: {
    label: 'Klacht of geschil',
    noun: 'melding',
    prefix: 'K',
    filingDeadlines: true,
    personalTexts: {
      about: 'over wie',
      whatHappened: 'wat er gebeurde',
      spokenWith: 'al gesproken met',
      outcomeWanted: 'gewenste uitkomst',
      childName: 'naam kind',
    },
    formPage: 'klacht',
  },
} as const satisfies Record<string, CaseKindDeclaration>;

export type CaseKind = keyof typeof caseKinds;

/** The declared kinds, for a filter's choices and its check. */
export const caseKindNames = Object.keys(caseKinds) as [CaseKind, ...CaseKind[]];

/** Whether any declared kind has filing deadlines (the inbox's deadline view). */
export const someKindHasDeadlines = Object.values(caseKinds).some(
  (kind) => 'filingDeadlines' in kind,
);

/** The kind of a stored case: items from before kinds existed are questions. */
export function kindOf(item: { kind?: unknown }): CaseKind {
  return typeof item.kind === 'string' && item.kind in caseKinds
    ? (item.kind as CaseKind)
    : 'question';
}

/** The first letter of a reference, one per kind of case: V for vraag. */
export type ReferencePrefix = (typeof caseKinds)[CaseKind]['prefix'];

export const referencePrefixes = Object.values(caseKinds).map(
  (kind) => kind.prefix,
) as readonly ReferencePrefix[];

/** A text the person wrote (the question, a complaint's texts), by its key in `personal` (any kind's). */
type PersonalText = {
  [kind in CaseKind]: keyof (typeof caseKinds)[kind]['personalTexts'];
}[CaseKind];

/** A case's personal data, kept in one map so that erasing a person is one REMOVE. */
export type CasePersonal = { name?: string; email?: string; phone?: string } & {
  [text in PersonalText]?: string;
};

/** The page names the public forms of the case kinds take on the site. */
export const caseFormPages: readonly string[] = Object.values(caseKinds).flatMap((kind) =>
  'formPage' in kind ? [kind.formPage] : [],
);
