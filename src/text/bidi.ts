/**
 * Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms, and
 * the historic scripts of the supplementary planes) and the explicit bidi controls (marks,
 * embeddings, overrides, isolates).
 */
const NEEDS_ISOLATION =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Record text for a string the UI composes ("<title> – Lectern", "3 of 7: <passage>"): wrapped in
 * first-strong isolates when it has right-to-left letters or bidi controls, so it takes its own
 * direction, cannot reorder the words around it, and an unclosed override inside it ends with it.
 * Plain left-to-right text is returned as it is.
 */
export function isolate(text: string): string {
  return NEEDS_ISOLATION.test(text) ? `${FSI}${text}${PDI}` : text;
}
