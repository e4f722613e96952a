import { deriveFingerprint, STOPWORDS } from '../../../src/fingerprint/derive';
import { nounPhrases, rake, textRank } from './baselines';
import { scoreDocument, scoreSet, type SetScore } from './score';
import { parseWos, type EvalDocument } from './wos';
import { junkOf, type JunkKind } from './junk';
import { yake } from './yake';
import exportText from './bmc-2019.wos.txt?raw';
import computerScience from './oa-computer-science.wos.txt?raw';
import earthEnvironment from './oa-earth-environment.wos.txt?raw';
import engineeringPhysics from './oa-engineering-physics.wos.txt?raw';
import socialSciences from './oa-social-sciences.wos.txt?raw';

/** How many concepts are compared with the author keywords: the fingerprint's first screen. */
export const TOP = 8;

export function evaluationSet(): EvalDocument[] {
  return parseWos(exportText);
}

export interface FieldSet {
  /** The evaluation set the field belongs to. */
  set: string;
  field: string;
  documents: EvalDocument[];
}

/**
 * Both evaluation sets by field: the 37 BMC abstracts (biomedicine and public health), and the
 * open-access set of 139 abstracts from four other fields (`README.md` has their origins).
 */
export function fieldSets(): FieldSet[] {
  const open = 'Open access 2011–2025';
  return [
    { set: 'BMC 2019', field: 'Biomedicine and public health', documents: evaluationSet() },
    { set: open, field: 'Computer science', documents: parseWos(computerScience) },
    {
      set: open,
      field: 'Engineering and physical sciences',
      documents: parseWos(engineeringPhysics),
    },
    { set: open, field: 'Social sciences and humanities', documents: parseWos(socialSciences) },
    { set: open, field: 'Earth and environment', documents: parseWos(earthEnvironment) },
  ];
}

export type Extractor = (document: EvalDocument) => string[];

/** The derived fingerprint with the author keywords withheld. */
export const derived: Extractor = (d) =>
  deriveFingerprint({
    title: d.title,
    abstract: d.paragraphs.join('\n\n'),
    paragraphs: d.paragraphs,
    keywords: [],
  })
    .slice(0, TOP)
    .map((c) => c.concept);

export const extractors: Record<string, Extractor> = {
  'Derived fingerprint': derived,
  RAKE: (d) => rake([d.title, ...d.paragraphs], STOPWORDS, TOP),
  'Noun phrases by frequency': (d) => nounPhrases([d.title, ...d.paragraphs], STOPWORDS, TOP),
  'YAKE!': (d) => yake([d.title, ...d.paragraphs], STOPWORDS, TOP),
  TextRank: (d) => textRank([d.title, ...d.paragraphs], STOPWORDS, TOP),
};

export function evaluate(extract: Extractor, documents: readonly EvalDocument[]): SetScore {
  return scoreSet(
    documents.map((d) =>
      scoreDocument(extract(d), d.keywords, [d.title, ...d.paragraphs].join('\n')),
    ),
  );
}

export interface JunkShare {
  concepts: number;
  share: number;
  kinds: Partial<Record<JunkKind, number>>;
}

/** The share of junk (by `junk.ts`) among the derived fingerprints' top concepts. */
export function junkShare(documents: readonly EvalDocument[]): JunkShare {
  let concepts = 0;
  const kinds: Partial<Record<JunkKind, number>> = {};
  for (const d of documents) {
    const offered = derived(d);
    concepts += offered.length;
    for (const kind of junkOf(offered, d.keywords).values()) kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  const junk = Object.values(kinds).reduce((a, b) => a + b, 0);
  return { concepts, share: concepts === 0 ? 0 : junk / concepts, kinds };
}
