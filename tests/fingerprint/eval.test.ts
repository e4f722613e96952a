import { describe, expect, it } from 'vitest';
import { deriveFingerprint } from '../../src/fingerprint/derive';
import { candidateRuns, nounPhrases, rake, textRank } from './eval/baselines';
import {
  derived,
  evaluate,
  evaluationSet,
  extractors,
  fieldSets,
  junkShare,
} from './eval/evaluate';
import { junkOf } from './eval/junk';
import { yake } from './eval/yake';
import { isPresent, normalise, scoreDocument, scoreSet } from './eval/score';
import { parseWos } from './eval/wos';

const documents = evaluationSet();

describe('the evaluation set', () => {
  it('holds 37 distinct abstracts, each with a title, author keywords and a DOI', () => {
    expect(documents).toHaveLength(37);
    expect(new Set(documents.map((d) => d.doi)).size).toBe(37);
    for (const d of documents) {
      expect(d.doi, d.title).toMatch(/^10\.1186\//);
      expect(d.title.length, d.doi).toBeGreaterThan(20);
      expect(d.paragraphs.join(' ').length, d.doi).toBeGreaterThan(400);
      expect(d.keywords.length, d.doi).toBeGreaterThan(0);
    }
  });

  it('reads wrapped titles as one line and continued abstracts as paragraphs', () => {
    const [d] = parseWos(
      [
        'PT J',
        'TI A title wrapped',
        '   over two lines',
        'DE One; Two words;',
        '   Three',
        'AB First paragraph.',
        '   Second paragraph.',
        'DI 10.1/x',
        'ER',
      ].join('\r\n'),
    );
    expect(d).toEqual({
      doi: '10.1/x',
      journal: '',
      year: '',
      title: 'A title wrapped over two lines',
      paragraphs: ['First paragraph.', 'Second paragraph.'],
      keywords: ['One', 'Two words', 'Three'],
      authors: [],
    });
  });
});

describe('the open-access evaluation set', () => {
  const fields = fieldSets().filter((f) => f.set !== 'BMC 2019');
  const open = fields.flatMap((f) => f.documents);

  it('holds 139 distinct abstracts outside biomedicine, at least 30 in each of three fields', () => {
    expect(open).toHaveLength(139);
    expect(new Set(open.map((d) => d.doi.toLowerCase())).size).toBe(139);
    expect(fields.filter((f) => f.documents.length >= 30).map((f) => f.field)).toEqual([
      'Computer science',
      'Engineering and physical sciences',
      'Social sciences and humanities',
    ]);
    const bmc = new Set(documents.map((d) => d.doi));
    for (const d of open) {
      expect(bmc.has(d.doi), d.doi).toBe(false);
      expect(d.doi, d.title).toMatch(/^10\.\d{4,5}\//);
      expect(d.paragraphs.join(' ').length, d.doi).toBeGreaterThan(400);
      expect(d.keywords.length, d.doi).toBeGreaterThan(1);
      expect(Number(d.year), d.doi).toBeGreaterThanOrEqual(2011);
    }
  });
});

describe('scoring against author keywords', () => {
  it.each([
    ['Risk factors', 'risk factor'],
    ['Post-traumatic stress disorder (PTSD)', 'post traumat stress disord'],
    ['Self-rated health', 'self rate health'],
    ['Café culture', 'cafe cultur'],
  ])('normalises %s to %s', (phrase, expected) => {
    expect(normalise(phrase)).toBe(expected);
  });

  it.each([
    ['Risk factors', 'The main risk factor was age.', true],
    ['Risk factors', 'Factors of risk were many.', false],
    ['HIV', 'HIV-infected adults', true],
    ['Age', 'Travel agencies', false],
  ])('%s is present in "%s": %s', (keyword, text, expected) => {
    expect(isPresent(keyword, text)).toBe(expected);
  });

  it('counts a keyword found when an extracted concept has the same words', () => {
    const score = scoreDocument(
      ['Risk factor', 'Older people', 'Hospital'],
      ['Risk factors', 'Fall', 'China'],
      'Falls among older people in China: risk factors.',
    );
    expect(score).toEqual({ keywords: 3, present: 3, found: 1, foundPresent: 1, extracted: 3 });
    expect(scoreSet([score, { ...score, found: 3, foundPresent: 3 }])).toMatchObject({
      documents: 2,
      recall: (1 / 3 + 1) / 2,
      recallPresent: (1 / 3 + 1) / 2,
      precision: (1 / 3 + 1) / 2,
    });
  });
});

describe('the baselines', () => {
  const stop = new Set(['of', 'the', 'and', 'in', 'a', 'is']);
  const text = [
    'Compatibility of systems of linear constraints',
    'Linear constraints and systems.',
  ];

  it('split candidates at stop words, numbers and punctuation', () => {
    expect(candidateRuns(['The heart rate of 12 healthy adults, in a trial.'], stop)).toEqual([
      ['heart', 'rate'],
      ['healthy', 'adults'],
      ['trial'],
    ]);
  });

  it('RAKE scores a phrase by the degree ÷ frequency of its words', () => {
    // linear and constraints: degree 4 ÷ frequency 2; systems: 2 ÷ 2; compatibility: 1 ÷ 1.
    expect(rake(text, stop, 3)).toEqual(['linear constraints', 'compatibility', 'systems']);
  });

  it('TextRank ranks words by PageRank and joins the top third into phrases', () => {
    // Links in text order: compatibility–systems, systems–linear, linear–constraints and
    // constraints–systems; of four words the top third is one, "systems", linked to three.
    expect(textRank(text, stop, 2)).toEqual(['systems']);
  });
});

describe('YAKE! and noun phrases by frequency', () => {
  const stop = new Set(['of', 'the', 'and', 'in', 'a', 'is', 'for', 'with']);

  it('YAKE! never starts or ends a keyword with a stop word, and drops near-duplicates', () => {
    const found = yake(
      [
        'Keyword extraction for the web',
        'Keyword extraction finds the words of a text. Keyword extractions help search. The web needs keyword extraction.',
      ],
      stop,
      5,
    );
    expect(found[0]).toBe('keyword extraction');
    expect(found).not.toContain('keyword extractions');
    for (const phrase of found)
      expect(phrase).not.toMatch(/^(?:of|the|and|in|a|for) | (?:of|the|and|in|a|for)$/);
  });

  it('noun phrases by frequency count a plural with its singular', () => {
    expect(
      nounPhrases(
        [
          'Solar cells and black silicon',
          'Black silicon improves solar cells. A solar cell needs light.',
        ],
        stop,
        2,
      ),
    ).toEqual(['Solar cells', 'black silicon']);
  });
});

describe('the junk rule', () => {
  it.each([
    [['Quality-'], [], 'fragment'],
    [['Areas'], [], 'generic'],
    [['Education'], ['Education'], undefined],
    [['Online video streaming comes'], [], 'verb'],
    [['Achieve high accuracy'], [], 'verb'],
    [['Model predicts outcomes'], [], 'verb'],
    [['Machine learning'], [], undefined],
    [['Cultural bias', 'Cultural biases'], [], 'variant'],
    [['HIV'], [], undefined],
  ] as const)('%j with keywords %j: %s', (concepts, keywords, kind) => {
    expect(junkOf(concepts, keywords).get(concepts[concepts.length - 1] ?? '')).toBe(kind);
  });
});

describe('the derived fingerprint on real abstracts', () => {
  it.each(fieldSets().map((f) => [f.field, f] as const))(
    'finds more author keywords than every baseline in %s',
    (_, field) => {
      const ours = evaluate(derived, field.documents).recall;
      for (const [name, extract] of Object.entries(extractors)) {
        if (name === 'Derived fingerprint') continue;
        expect(ours, name).toBeGreaterThan(evaluate(extract, field.documents).recall);
      }
    },
  );

  it('offers at most 5 % junk in its top 8 across both sets', () => {
    const all = fieldSets().flatMap((f) => f.documents);
    expect(junkShare(all).share).toBeLessThanOrEqual(0.05);
  });

  const scores = Object.fromEntries(
    Object.entries(extractors).map(([name, extract]) => [name, evaluate(extract, documents)]),
  );

  it('finds at least as many author keywords in its top 8 as plain RAKE and TextRank', () => {
    const ours = scores['Derived fingerprint']?.recall ?? 0;
    expect(ours).toBeGreaterThanOrEqual(scores.RAKE?.recall ?? 1);
    expect(ours).toBeGreaterThanOrEqual(scores.TextRank?.recall ?? 1);
  });

  it('never offers a heading, a report noun or a statistic alone as a concept', () => {
    const offered = documents.flatMap((d) => derived(d).map((concept) => concept.toLowerCase()));
    for (const word of ['background', 'methods', 'results', 'conclusions', 'study', 'data', 'ci']) {
      expect(offered).not.toContain(word);
    }
  });

  it('offers only concepts the title or abstract uses, without a possessive "s"', () => {
    for (const d of documents) {
      for (const c of deriveFingerprint({
        title: d.title,
        abstract: d.paragraphs.join('\n\n'),
        paragraphs: d.paragraphs,
        keywords: d.keywords,
      })) {
        expect(c.title + c.abstract, `${c.concept} in ${d.doi}`).toBeGreaterThan(0);
        expect(c.concept, d.doi).not.toMatch(/^S /);
      }
    }
  });
});
