import { findAbbreviations, type Abbreviation } from '../text/abbreviations';
import { fold } from '../text/fold';
import { areVariants, stems, type Stems } from '../text/stem';
import { isJoiningHyphen, tokenize } from '../text/tokens';

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
  formStems: (Stems | null)[];
  formPositions: number[][];
  formIndex: Map<string, number>;
  byPorter: Map<string, number[]>;
  byLancaster: Map<string, number[]>;
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
  const starts: number[] = [];
  const ends: number[] = [];
  const segs: number[] = [];
  const formOf: number[] = [];
  const forms: string[] = [];
  const formIsWord: boolean[] = [];
  const formPositions: number[][] = [];
  const formIndex = new Map<string, number>();
  const foldCache = new Map<string, number>();

  segments.forEach((segment, segmentIndex) => {
    for (const token of tokenize(segment)) {
      let form = foldCache.get(token.text);
      if (form === undefined) {
        const key = token.isWord ? fold(token.text) : token.text.normalize('NFC');
        form = formIndex.get(key);
        if (form === undefined) {
          form = forms.length;
          forms.push(key);
          formIsWord.push(token.isWord);
          formPositions.push([]);
          formIndex.set(key, form);
        }
        foldCache.set(token.text, form);
      }
      formPositions[form]?.push(starts.length);
      starts.push(token.start);
      ends.push(token.end);
      segs.push(segmentIndex);
      formOf.push(form);
    }
  });

  const formStems = forms.map((form, i) => (formIsWord[i] ? stems(form) : null));
  const byPorter = new Map<string, number[]>();
  const byLancaster = new Map<string, number[]>();
  formStems.forEach((s, form) => {
    if (!s) return;
    pushTo(byPorter, s.porter, form);
    pushTo(byLancaster, s.lancaster, form);
  });

  return {
    segments,
    tokenSegment: Int32Array.from(segs),
    tokenStart: Int32Array.from(starts),
    tokenEnd: Int32Array.from(ends),
    tokenForm: Int32Array.from(formOf),
    forms,
    formIsWord,
    formStems,
    formPositions,
    formIndex,
    byPorter,
    byLancaster,
    abbreviations: segments.flatMap((segment) => findAbbreviations(segment)),
    tokenText: (position) => {
      const segment = segments[segs[position] ?? 0] ?? '';
      return segment.slice(starts[position], ends[position]);
    },
  };
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

function wordForms(prepared: PreparedText, folded: string): Set<number> {
  const result = new Set<number>();
  const exact = prepared.formIndex.get(folded);
  if (exact !== undefined) result.add(exact);
  const s = stems(folded);
  if (!s) return result;
  for (const form of prepared.byPorter.get(s.porter) ?? []) result.add(form);
  for (const form of prepared.byLancaster.get(s.lancaster) ?? []) {
    const other = prepared.forms[form] ?? '';
    if (areVariants(folded, other, s, prepared.formStems[form] ?? null)) result.add(form);
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
  for (const form of first.forms) {
    for (const position of prepared.formPositions[form] ?? []) starts.push(position);
  }
  starts.sort((a, b) => a - b);
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
  const events: { segment: number; at: number; term: string; delta: 1 | -1 }[] = [];
  for (const term of order) {
    for (const o of occurrencesByTerm.get(term) ?? []) {
      events.push({ segment: o.segment, at: o.start, term, delta: 1 });
      events.push({ segment: o.segment, at: o.end, term, delta: -1 });
    }
  }
  events.sort((a, b) => a.segment - b.segment || a.at - b.at);
  const rank = new Map(order.map((term, i) => [term, i]));
  let next = 0;
  return segments.map((segment, segmentIndex) => {
    const ranges: Range[] = [];
    const active = new Map<string, number>();
    let cursor = 0;
    const emit = (end: number) => {
      if (end <= cursor) return;
      const terms = [...active.keys()].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
      const last = ranges[ranges.length - 1];
      if (last && last.terms.join(' ') === terms.join(' ')) last.end = end;
      else ranges.push({ start: cursor, end, terms });
      cursor = end;
    };
    for (; next < events.length; next++) {
      const event = events[next];
      if (!event || event.segment !== segmentIndex) break;
      emit(event.at);
      const count = (active.get(event.term) ?? 0) + event.delta;
      if (count > 0) active.set(event.term, count);
      else active.delete(event.term);
    }
    emit(segment.length);
    return ranges;
  });
}
