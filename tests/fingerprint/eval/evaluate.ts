import { deriveFingerprint, STOPWORDS } from '../../../src/fingerprint/derive';
import { rake, textRank } from './baselines';
import { scoreDocument, scoreSet, type SetScore } from './score';
import { parseWos, type EvalDocument } from './wos';
import exportText from './bmc-2019.wos.txt?raw';

/** How many concepts are compared with the author keywords: the fingerprint's first screen. */
export const TOP = 8;

export function evaluationSet(): EvalDocument[] {
  return parseWos(exportText);
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
  TextRank: (d) => textRank([d.title, ...d.paragraphs], STOPWORDS, TOP),
};

export function evaluate(extract: Extractor, documents: readonly EvalDocument[]): SetScore {
  return scoreSet(
    documents.map((d) =>
      scoreDocument(extract(d), d.keywords, [d.title, ...d.paragraphs].join('\n')),
    ),
  );
}
