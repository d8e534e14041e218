/**
 * A title at the end of a sentence: "Oudercafé: hoe werkt het?" already ends like one, so it
 * gets no full stop after its question mark.
 */
export const endSentence = (text: string) =>
  /[.?!…]$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`;
