/**
 * Right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms, and
 * the historic scripts of the supplementary planes.
 */
const RTL =
  '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFC\\u{10800}-\\u{10FFF}\\u{1E800}-\\u{1EFFF}';

/** The explicit bidi controls: Arabic letter mark, LRM/RLM, embeddings, overrides, isolates. */
const CONTROL = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';

const NEEDS_ISOLATION = new RegExp(`[${RTL}${CONTROL}]`, 'u');
const CONTROLS = new RegExp(`[${CONTROL}]`, 'gu');
const RTL_RUN = new RegExp(`[${RTL}](?:[\\s\\u200C\\u2010\\u2011-]*[${RTL}])*`, 'gu');

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

/**
 * Record text with its explicit bidi controls taken out, for what leaves the page as data
 * (citations, exports, head tags): a control there would reach the reader's manuscript unseen,
 * or keep citeproc from seeing a name's letters. Where text is shown, direction is the page's
 * job (`dir="auto"`, `<bdi>`), never a character's.
 */
export function withoutBidiControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/**
 * Text cut into runs of right-to-left words (letters, with the spaces and hyphens between them)
 * and the rest, so that a view can isolate each run (`<bdi>`): a name or title keeps its own
 * direction, and the commas, dates and full stops the citation put around it stay in place.
 */
export function directionRuns(text: string): { text: string; rtl: boolean }[] {
  const runs: { text: string; rtl: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(RTL_RUN)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), rtl: false });
    runs.push({ text: match[0], rtl: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), rtl: false });
  return runs;
}
