import { stemmer as porter } from 'stemmer';
import { lancasterStemmer as lancaster } from 'lancaster-stemmer';
import { americanSpelling } from './spelling';

/**
 * Word variants, from two published stemmers. Porter's (1980) conflates regular inflections
 * ("drug"/"drugs", "derivative"/"derivatives"); Lancaster's (Paice 1990) is more aggressive and
 * also joins "stroma" and "stromal", but over-reaches ("trial" and "try"), so it only counts when
 * one word extends the other. Words of three letters or fewer must match exactly.
 */
export interface Stems {
  porter: string;
  lancaster: string;
}

const MIN_STEMMED_LENGTH = 4;

export function stems(folded: string): Stems | null {
  if (folded.length < MIN_STEMMED_LENGTH || !/^[a-z]+$/.test(folded)) return null;
  const spelled = americanSpelling(folded);
  return { porter: porter(spelled), lancaster: lancaster(spelled) };
}

/**
 * The first letters a word's variants share, for looking them up: British "ae" and "oe" can change
 * them ("anaemia", "anemia").
 */
export function variantPrefix(folded: string, length: number): string {
  const spelled =
    folded.includes('ae') || folded.includes('oe') ? americanSpelling(folded) : folded;
  return spelled.slice(0, length);
}

/** True when two folded words are variants of one another (see `stems`). */
export function areVariants(a: string, b: string, sa: Stems | null, sb: Stems | null): boolean {
  if (a === b) return true;
  if (!sa || !sb) return false;
  if (sa.porter === sb.porter) return true;
  return sa.lancaster === sb.lancaster && (a.startsWith(b) || b.startsWith(a));
}
