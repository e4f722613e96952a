import { stemmer as porter } from 'stemmer';
import { lancasterStemmer as lancaster } from 'lancaster-stemmer';

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
  return { porter: porter(folded), lancaster: lancaster(folded) };
}

/** True when two folded words are variants of one another (see `stems`). */
export function areVariants(a: string, b: string, sa: Stems | null, sb: Stems | null): boolean {
  if (a === b) return true;
  if (!sa || !sb) return false;
  if (sa.porter === sb.porter) return true;
  return sa.lancaster === sb.lancaster && (a.startsWith(b) || b.startsWith(a));
}
