import { findAbbreviations, type Abbreviation } from './abbreviations';
import { fold } from './fold';
import { areVariants, stems, variantPrefix, type Stems } from './stem';
import { isJoiningHyphen, scanTokens, tokenize } from './tokens';

/**
 * Finding terms in a text: pure functions over plain data, no DOM.
 *
 * `prepareText` does the one-off work for a text (its segments: the title, each paragraph):
 * tokens, their folded forms, a vocabulary of distinct forms with their stems, the positions of
 * each form, and the abbreviations the text defines. `findOccurrences` then looks terms up in
 * that index, so matching costs time in proportion to the occurrences, not to the text. Terms are
 * tokenised like the text and compared token by token, so they are always literal (`C++`,
 * `p<0.05`, `a.b`): no regular expression is ever built from them.
 */

/** A prepared text. Treat it as opaque; it is only read by the functions of this module. */
export interface PreparedText {
  segments: readonly string[];
  /** Per token: its segment, offsets, vocabulary entry. */
  tokenSegment: Int32Array;
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
  tokenForm: Int32Array;
  /** Distinct folded forms, with whether each is a word, its stems and its token positions. */
  forms: string[];
  formIsWord: boolean[];
  /** Token positions of form f: `postings[postingStart[f] … postingStart[f + 1]]`, ascending. */
  postingStart: Int32Array;
  postings: Int32Array;
  formIndex: Map<string, number>;
  /** Word forms by their first letters: where a word's variants can be (see `wordForms`). */
  byPrefix: Map<string, number[]>;
  /** Stems of forms, computed when a term first asks for them. */
  stemCache: Map<number, Stems | null>;
  abbreviations: Abbreviation[];
  /** Original token text, needed to match a short form with its exact case. */
  tokenText: (position: number) => string;
}

/** Where a term occurs: a segment and a half-open range of UTF-16 offsets in it. */
export interface Occurrence {
  segment: number;
  start: number;
  end: number;
  /** True when the occurrence is an abbreviation or long form learnt from the text. */
  viaAbbreviation: boolean;
}

export interface TermInput {
  id: string;
  text: string;
}

export function prepareText(segments: readonly string[]): PreparedText {
  // Typed arrays sized for the worst case (every character a token), filled in one pass.
  const capacity = segments.reduce((sum, segment) => sum + segment.length, 0) + 1;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const segs = new Int32Array(capacity);
  const formOf = new Int32Array(capacity);
  let count = 0;
  const forms: string[] = [];
  const formIsWord: boolean[] = [];
  const formIndex = new Map<string, number>();
  const foldCache = new Map<string, number>();

  segments.forEach((segment, segmentIndex) => {
    scanTokens(segment, (start, end, isWord) => {
      const text = segment.slice(start, end);
      let form = foldCache.get(text);
      if (form === undefined) {
        const key = isWord ? fold(text) : text.normalize('NFC');
        form = formIndex.get(key);
        if (form === undefined) {
          form = forms.length;
          forms.push(key);
          formIsWord.push(isWord);
          formIndex.set(key, form);
        }
        foldCache.set(text, form);
      }
      starts[count] = start;
      ends[count] = end;
      segs[count] = segmentIndex;
      formOf[count] = form;
      count++;
    });
  });

  // Postings by counting sort: each form's token positions, in reading order.
  const postingStart = new Int32Array(forms.length + 1);
  for (let i = 0; i < count; i++) {
    const slot = (formOf[i] ?? 0) + 1;
    postingStart[slot] = (postingStart[slot] ?? 0) + 1;
  }
  for (let f = 1; f <= forms.length; f++)
    postingStart[f] = (postingStart[f] ?? 0) + (postingStart[f - 1] ?? 0);
  const postings = new Int32Array(count);
  const fill = postingStart.slice();
  for (let i = 0; i < count; i++) {
    const form = formOf[i] ?? 0;
    postings[fill[form] ?? 0] = i;
    fill[form] = (fill[form] ?? 0) + 1;
  }

  const byPrefix = new Map<string, number[]>();
  forms.forEach((form, i) => {
    if (formIsWord[i] && form.length >= MIN_VARIANT_LENGTH)
      pushTo(byPrefix, variantPrefix(form, PREFIX), i);
  });

  return {
    segments,
    tokenSegment: segs.subarray(0, count),
    tokenStart: starts.subarray(0, count),
    tokenEnd: ends.subarray(0, count),
    tokenForm: formOf.subarray(0, count),
    forms,
    formIsWord,
    postingStart,
    postings,
    formIndex,
    byPrefix,
    stemCache: new Map(),
    abbreviations: firstDefinitions(segments.flatMap((segment) => findAbbreviations(segment))),
    tokenText: (position) => {
      const segment = segments[segs[position] ?? 0] ?? '';
      return segment.slice(starts[position], ends[position]);
    },
  };
}

/**
 * Variants of a word share its first letters (stems only ever change endings), so a term's word is
 * compared only with the forms that start like it, and stems are computed for those alone. That
 * keeps preparing a long text to one pass over its tokens.
 */
const PREFIX = 3;
const MIN_VARIANT_LENGTH = 4;

/** A short form defined again in a later paragraph is the same abbreviation: keep the first. */
function firstDefinitions(abbreviations: Abbreviation[]): Abbreviation[] {
  const seen = new Set<string>();
  return abbreviations.filter((a) => {
    const key = `${a.short}\u0000${termKey(a.long)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function pushTo(map: Map<string, number[]>, key: string, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One unit of a compiled term: the set of vocabulary forms it accepts, and how it joins the previous unit. */
interface Unit {
  forms: Set<number>;
  /** The previous unit touches this one with no space ("C++", "p<0.05"). */
  tight: boolean;
  /** Exact text the token must have (abbreviations are matched case-sensitively). */
  exact?: string;
}

/** The key that identifies a term regardless of case, accents and spacing. */
export function termKey(text: string): string {
  return fold(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/** Compiles a term against a prepared text; `null` when the text cannot contain it. */
function compile(prepared: PreparedText, text: string, exactCase = false): Unit[] | null {
  const tokens = tokenize(text);
  const units: Unit[] = [];
  let previousEnd = -1;
  let loosenNext = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const tight = units.length > 0 && token.start === previousEnd && !loosenNext;
    loosenNext = false;
    previousEnd = token.end;
    // A hyphen between two words of a term joins them loosely: "bone-marrow" finds "bone marrow".
    const next = tokens[i + 1];
    if (
      !token.isWord &&
      isJoiningHyphen(token.text) &&
      tokens[i - 1]?.isWord === true &&
      next?.isWord === true
    ) {
      loosenNext = true;
      continue;
    }
    const forms = token.isWord
      ? wordForms(prepared, fold(token.text))
      : symbolForms(prepared, token.text);
    if (forms.size === 0) return null;
    units.push(exactCase ? { forms, tight, exact: token.text } : { forms, tight });
  }
  return units.length > 0 ? units : null;
}

/**
 * Arabic writes the article and the proclitics "and", "so", "with", "like", "for" ("ال", "و",
 * "ف", "ب", "ك", "ل"; together "وبال", "لل") onto the word: a term's word, its article aside, also matches the
 * word with any of them in front ("ورم" finds "الورم" and "والورم").
 */
const ARABIC_PREFIXES = ['', 'و', 'ف'].flatMap((and) =>
  ['', 'ب', 'ك', 'ل'].flatMap((by) =>
    ['', 'ال'].map((the) => and + (by === 'ل' && the ? 'لل' : by + the)),
  ),
);

function arabicForms(folded: string): string[] {
  if (!/^\p{sc=Arabic}{2,}$/u.test(folded)) return [];
  const base = /^(?:ال|لل)(.{2,})$/u.exec(folded)?.[1] ?? folded;
  return ARABIC_PREFIXES.map((p) => p + base);
}

function wordForms(prepared: PreparedText, folded: string): Set<number> {
  const result = new Set<number>();
  for (const written of [folded, ...arabicForms(folded)]) {
    const exact = prepared.formIndex.get(written);
    if (exact !== undefined) result.add(exact);
  }
  const own = stems(folded);
  if (!own) return result;
  for (const form of prepared.byPrefix.get(variantPrefix(folded, PREFIX)) ?? []) {
    let theirs = prepared.stemCache.get(form);
    if (theirs === undefined) {
      theirs = stems(prepared.forms[form] ?? '');
      prepared.stemCache.set(form, theirs);
    }
    if (areVariants(folded, prepared.forms[form] ?? '', own, theirs)) result.add(form);
  }
  return result;
}

function symbolForms(prepared: PreparedText, symbol: string): Set<number> {
  const form = prepared.formIndex.get(symbol.normalize('NFC'));
  return new Set(form === undefined ? [] : [form]);
}

/** Token positions where the compiled term starts and ends (inclusive), in reading order. */
function matchUnits(prepared: PreparedText, units: Unit[]): [number, number][] {
  const first = units[0];
  if (!first) return [];
  const starts: number[] = [];
  const { postings, postingStart } = prepared;
  for (const form of first.forms) {
    const end = postingStart[form + 1] ?? 0;
    for (let i = postingStart[form] ?? 0; i < end; i++) starts.push(postings[i] ?? 0);
  }
  if (first.forms.size > 1) starts.sort((a, b) => a - b);
  const { tokenSegment, tokenStart, tokenEnd, tokenForm, forms } = prepared;
  const found: [number, number][] = [];
  for (const start of starts) {
    if (first.exact !== undefined && prepared.tokenText(start) !== first.exact) continue;
    let position = start;
    let ok = true;
    for (let u = 1; u < units.length && ok; u++) {
      const unit = units[u];
      if (!unit) break;
      let next = position + 1;
      const sameSegment = (p: number) => tokenSegment[p] === tokenSegment[position];
      // Between words, a hyphen in the text stands for a space in the term.
      if (
        !unit.tight &&
        next < tokenForm.length &&
        sameSegment(next) &&
        !prepared.formIsWord[tokenForm[next] ?? -1] &&
        isJoiningHyphen(forms[tokenForm[next] ?? -1] ?? '') &&
        !unit.forms.has(tokenForm[next] ?? -1) &&
        tokenStart[next] === tokenEnd[position] &&
        tokenStart[next + 1] === tokenEnd[next]
      ) {
        next += 1;
      }
      ok =
        next < tokenForm.length &&
        sameSegment(next) &&
        unit.forms.has(tokenForm[next] ?? -1) &&
        (!unit.tight || tokenStart[next] === tokenEnd[position]) &&
        (unit.exact === undefined || prepared.tokenText(next) === unit.exact);
      position = next;
    }
    if (ok) found.push([start, position]);
  }
  return found;
}

function toOccurrences(
  prepared: PreparedText,
  spans: [number, number][],
  viaAbbreviation: boolean,
): Occurrence[] {
  return spans.map(([first, last]) => ({
    segment: prepared.tokenSegment[first] ?? 0,
    start: prepared.tokenStart[first] ?? 0,
    end: prepared.tokenEnd[last] ?? 0,
    viaAbbreviation,
  }));
}

/** True when two phrases have the same words, up to variants ("Multiple myeloma", "multiple myelomas"). */
function sameWords(a: string, b: string): boolean {
  const wa = tokenize(a).filter((t) => t.isWord);
  const wb = tokenize(b).filter((t) => t.isWord);
  if (wa.length !== wb.length || wa.length === 0) return false;
  return wa.every((token, i) => {
    const fa = fold(token.text);
    const fb = fold(wb[i]?.text ?? '');
    return areVariants(fa, fb, stems(fa), stems(fb));
  });
}

/**
 * Finds every occurrence of each term, including the abbreviations the text defines for it
 * ("Multiple myeloma" also finds "MM" once the text says "Multiple myeloma (MM)", and the other way
 * round). Blank terms and terms that repeat another (by `termKey`) are skipped.
 */
export function findOccurrences(
  prepared: PreparedText,
  terms: readonly TermInput[],
): Map<string, Occurrence[]> {
  const result = new Map<string, Occurrence[]>();
  const seen = new Set<string>();
  for (const term of terms) {
    const key = termKey(term.text);
    if (key === '' || seen.has(key) || result.has(term.id)) continue;
    seen.add(key);
    const units = compile(prepared, term.text);
    const occurrences = units ? toOccurrences(prepared, matchUnits(prepared, units), false) : [];
    for (const abbreviation of prepared.abbreviations) {
      let alias: Unit[] | null = null;
      if (sameWords(term.text, abbreviation.long)) {
        alias = compile(prepared, abbreviation.short, true);
      } else if (termKey(abbreviation.short) === key) {
        alias = compile(prepared, abbreviation.long);
      }
      if (alias) occurrences.push(...toOccurrences(prepared, matchUnits(prepared, alias), true));
    }
    result.set(term.id, dedupeOccurrences(occurrences));
  }
  return result;
}

function dedupeOccurrences(occurrences: Occurrence[]): Occurrence[] {
  occurrences.sort((a, b) => a.segment - b.segment || a.start - b.start || b.end - a.end);
  const kept: Occurrence[] = [];
  for (const occurrence of occurrences) {
    const last = kept[kept.length - 1];
    if (last && last.segment === occurrence.segment && last.start === occurrence.start) continue;
    kept.push(occurrence);
  }
  return kept;
}

/** A piece of a segment: plain text when `terms` is empty, else a highlight of those terms. */
export interface Range {
  start: number;
  end: number;
  terms: string[];
}

/**
 * Cuts each segment into consecutive ranges, each tagged with every term covering it, so that
 * overlapping terms ("bone", "bone marrow", "marrow stromal cells") give flat, non-nested pieces
 * and the ranges' texts put together give back the segment exactly. Term order follows `order`.
 */
export function toRanges(
  segments: readonly string[],
  occurrencesByTerm: ReadonlyMap<string, readonly Occurrence[]>,
  order: readonly string[],
): Range[][] {
  // Events are packed into numbers (segment, offset, end-before-start, term) and sorted as a
  // Float64Array: no objects, no comparator, so a hundred thousand occurrences cost milliseconds.
  const termBits = Math.max(1, Math.ceil(Math.log2(order.length + 1)));
  const offsetBits = Math.max(
    1,
    Math.ceil(Math.log2(Math.max(...segments.map((s) => s.length), 1) + 2)),
  );
  const termScale = 2 ** termBits;
  const typeScale = 2 * termScale;
  const segmentScale = 2 ** offsetBits * typeScale;
  let total = 0;
  for (const term of order) total += 2 * (occurrencesByTerm.get(term)?.length ?? 0);
  const events = new Float64Array(total);
  let n = 0;
  order.forEach((term, t) => {
    for (const o of occurrencesByTerm.get(term) ?? []) {
      const base = o.segment * segmentScale;
      events[n++] = base + o.start * typeScale + termScale + t; // a start sorts after an end
      events[n++] = base + o.end * typeScale + t;
    }
  });
  events.sort();

  const counts = new Int32Array(order.length);
  const none: string[] = [];
  let next = 0;
  return segments.map((segment, segmentIndex) => {
    const ranges: Range[] = [];
    let active: number[] = [];
    let activeTerms = none;
    let cursor = 0;
    const emit = (end: number) => {
      if (end <= cursor) return;
      const last = ranges[ranges.length - 1];
      if (last && (last.terms === activeTerms || sameTerms(last.terms, activeTerms)))
        last.end = end;
      else ranges.push({ start: cursor, end, terms: activeTerms });
      cursor = end;
    };
    for (; next < n; next++) {
      const key = events[next] ?? 0;
      if (Math.floor(key / segmentScale) !== segmentIndex) break;
      const within = key % segmentScale;
      const t = within % termScale;
      const isStart = within % typeScale >= termScale;
      emit(Math.floor(within / typeScale));
      const count = (counts[t] ?? 0) + (isStart ? 1 : -1);
      counts[t] = count;
      if (isStart && count === 1) {
        active = active.length === 0 ? [t] : [...active, t].sort((a, b) => a - b);
      } else if (!isStart && count === 0) {
        active = active.length === 1 ? [] : active.filter((x) => x !== t);
      } else {
        continue;
      }
      activeTerms = active.length === 0 ? none : active.map((x) => order[x] ?? '');
    }
    emit(segment.length);
    return ranges;
  });
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((term, i) => term === b[i]);
}
