import { fold } from './fold';

/**
 * A folded word in American spelling, for comparison only, so that "tumour" and "tumor",
 * "anaemia" and "anemia", "behavioural" and "behavioral", "normalisation" and "normalization",
 * "analysed" and "analyzed", "centre" and "center", "oedema" and "edema" are variants. Only the
 * regular correspondences are applied ("-ise" is left alone: "exercise" and "supervise" are not
 * "-ize" words).
 */
export function americanSpelling(folded: string): string {
  if (folded.length < 5) return folded;
  let word = folded;
  if (word.includes('ae')) word = word.replace(/ae(?=[a-z])/g, 'e');
  if (word.includes('oe')) {
    word = word
      .replace(/^oe/, 'e')
      .replace(/^foet/, 'fet')
      .replace(/^coeli/, 'celi')
      .replace(/hoea/, 'hea');
  }
  return word
    .replace(/isation/, 'ization')
    .replace(/(.{3})our(s|ed|ing|al|ally|able|ite|ites)?$/, '$1or$2')
    .replace(/yse([sd])?$/, 'yze$1')
    .replace(/tre(s)?$/, 'ter$1')
    .replace(/tred$/, 'tered')
    .replace(/ogue(s)?$/, 'og$1');
}

/**
 * Text with every British spelling of a word written the American way ("Tumour stroma" →
 * "Tumor stroma"), case kept, for the search index and the words searched for, so that either
 * spelling finds both. Words with letters other than a–z are left as they are.
 */
export function americanText(text: string): string {
  return text.replace(/[A-Za-z]{5,}/g, (word) => {
    const folded = fold(word);
    const american = americanSpelling(folded);
    if (american === folded) return word;
    if (word === word.toUpperCase()) return american.toUpperCase();
    const first = word[0] ?? '';
    return first === first.toUpperCase() ? first + american.slice(1) : american;
  });
}
