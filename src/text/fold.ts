/**
 * Folding for comparison: case and Latin diacritics are ignored ("NAÏVE", "naïve" and the
 * decomposed "nai\u0308ve" all fold to "naive"), compatibility forms are unified ("ﬁ" → "fi").
 * Only the combining diacritics block is stripped, so marks that carry meaning in other scripts
 * (Devanagari vowel signs, for instance) are kept.
 */
const ASCII = /^[\x20-\x7e]*$/;
const DIACRITICS = /[\u0300-\u036f]/g;

export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(DIACRITICS, '').toLowerCase().normalize('NFC');
}
