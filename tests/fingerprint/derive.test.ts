import { describe, expect, it } from 'vitest';
import {
  deriveFingerprint,
  THRESHOLD_PERCENT,
  withoutColumnLabel,
} from '../../src/fingerprint/derive';
import { explain, givenFingerprint } from '../../src/fingerprint/concepts';
import { parseRecord } from '../../src/record/read';
import { seed } from '../fixtures/records';

const seedInput = { title: seed.title, abstract: seed.abstract, keywords: seed.keywords };

describe('deriveFingerprint on the seed', () => {
  const concepts = deriveFingerprint(seedInput);
  const names = concepts.map((c) => c.concept.toLowerCase());

  it('is deterministic', () => {
    expect(deriveFingerprint(seedInput)).toEqual(concepts);
  });

  it('puts Thalidomide and Multiple myeloma among the top three', () => {
    expect(names.slice(0, 3)).toEqual(expect.arrayContaining(['thalidomide', 'multiple myeloma']));
  });

  it('merges MM into Multiple myeloma', () => {
    expect(names).not.toContain('mm');
    const myeloma = concepts.find((c) => c.concept === 'Multiple myeloma');
    // Once in the title, once spelt out in the abstract and six times as "MM".
    expect(myeloma).toMatchObject({ title: 1, abstract: 7, keyword: true });
  });

  it('counts "stromal" for Stroma', () => {
    expect(concepts.find((c) => c.concept === 'Stroma')).toMatchObject({ abstract: 1 });
  });

  it('weighs in (0, 100] with exactly one 100, never under the threshold', () => {
    for (const c of concepts) {
      expect(c.weight).toBeGreaterThan(0);
      expect(c.weight).toBeLessThanOrEqual(100);
      expect(c.weight).toBeGreaterThanOrEqual(THRESHOLD_PERCENT);
    }
    expect(concepts.filter((c) => c.weight === 100)).toHaveLength(1);
    expect(concepts.map((c) => c.weight)).toEqual(
      [...concepts.map((c) => c.weight)].sort((a, b) => b - a),
    );
  });

  it('leaves out stop phrases and generic modifiers', () => {
    for (const phrase of [
      'this review',
      'new agents',
      'review',
      'new drugs',
      'current therapies',
    ]) {
      expect(names).not.toContain(phrase);
    }
  });

  it('marks where each concept came from', () => {
    expect(concepts.find((c) => c.concept === 'Thalidomide')?.category).toBe('Author keyword');
    expect(concepts.find((c) => c.concept === 'Bone marrow')?.category).toBe('Key phrase');
  });
});

describe('only what the text holds', () => {
  it('offers no concept the title and abstract never use, author keyword or not', () => {
    const concepts = deriveFingerprint(seedInput).map((c) => c.concept);
    expect(concepts).not.toContain('Immunomodulatory drug');
    for (const concept of deriveFingerprint(seedInput)) {
      expect(concept.title + concept.abstract, concept.concept).toBeGreaterThan(0);
    }
  });

  it.each([
    [
      'Drug insight: Thalidomide as a treatment',
      'Thalidomide works.',
      'Thalidomide as a treatment',
    ],
    ['Review: stroma in myeloma', 'Stroma matters.', 'stroma in myeloma'],
    ['Case report: a rare lesion', 'We report a case.', 'a rare lesion'],
    ['Thalidomide: a review', 'Thalidomide is old.', 'Thalidomide: a review'],
    ['A long lead of many words: here', 'Nothing.', 'A long lead of many words: here'],
    ['No colon at all', 'Nothing.', 'No colon at all'],
  ])('%s is read as %s', (title, abstract, read) => {
    expect(withoutColumnLabel(title, [abstract])).toBe(read);
  });

  it('takes no concept from a column label', () => {
    const concepts = deriveFingerprint(seedInput).map((c) => c.concept.toLowerCase());
    expect(concepts).not.toContain('drug insight');
  });
});

describe('deriveFingerprint on thin records', () => {
  it('uses the title and keywords when there is no abstract', () => {
    const concepts = deriveFingerprint({
      title: 'Thalidomide in myeloma',
      abstract: undefined,
      keywords: ['Thalidomide'],
    });
    expect(concepts[0]).toMatchObject({ concept: 'Thalidomide', weight: 100, title: 1 });
  });

  it('has nothing to say with a title alone', () => {
    expect(deriveFingerprint({ title: 'A title', abstract: undefined, keywords: [] })).toEqual([]);
  });

  it('copes with 60 keywords and a long text', () => {
    const abstract = Array.from({ length: 400 }, () => seed.abstract).join('\n\n');
    const keywords = Array.from({ length: 60 }, (_, i) => `keyword ${i}`);
    const concepts = deriveFingerprint({ title: seed.title, abstract, keywords });
    expect(concepts[0]?.weight).toBe(100);
  });
});

describe('explanations', () => {
  it.each([
    [{ title: 1, abstract: 4, keyword: true }, 'title 1×, abstract 4×, author keyword'],
    [{ title: 0, abstract: 3, keyword: false }, 'abstract 3×'],
    [{ title: 0, abstract: 0, keyword: true }, 'author keyword'],
    [{ title: 0, abstract: 0, keyword: false }, 'not found in the text'],
  ])('%j → %s', (counts, text) => {
    expect(explain(counts)).toBe(text);
  });
});

describe('a fingerprint the record gives', () => {
  it('is shown unchanged, in its order', () => {
    const { value } = parseRecord({
      id: 'given',
      title: 'T',
      authors: [],
      fingerprint: [
        { concept: 'Stroma', weight: 42.5, category: 'Medicine & Life Sciences' },
        { concept: 'Thalidomide', weight: 100 },
      ],
    });
    expect(givenFingerprint(value)?.concepts).toEqual([
      {
        concept: 'Stroma',
        weight: 42.5,
        category: 'Medicine & Life Sciences',
        explanation: 'Weight as the record gives it.',
      },
      {
        concept: 'Thalidomide',
        weight: 100,
        category: undefined,
        explanation: 'Weight as the record gives it.',
      },
    ]);
  });
});

describe('general rules, not lists drawn from one text', () => {
  const names = (title: string, abstract: string) =>
    deriveFingerprint({ title, abstract, keywords: [] }).map((c) => c.concept);

  it.each([
    [
      "a structured abstract's headings",
      'Vaccines for children',
      'Background Malaria vaccines are scarce. Results Malaria vaccines were scarce. Results Malaria vaccines helped. Conclusions Malaria vaccines help.',
      ['Malaria vaccines'],
      [
        'Background',
        'Methods',
        'Results',
        'Background Malaria vaccines',
        'Results Malaria vaccines',
      ],
    ],
    [
      "a possessive's s",
      "Enhancing Africa's capacity for genomics research",
      "Africa's capacity for genomics research grew, and genomics research needs capacity.",
      ['Genomics research'],
      ['S capacity', 'Enhancing Africa'],
    ],
    [
      'a sentence-opening verb',
      'Modelling excess mortality among cancer patients',
      'Excess mortality was high. Modelling showed excess mortality fell.',
      ['Excess mortality'],
      ['Modelling excess mortality'],
    ],
    [
      'a closing participle and an adverb',
      'Adults HIV tested in clinics',
      'Most adults were HIV tested. Blood pressure significantly fell; blood pressure significantly rose.',
      ['Blood pressure'],
      ['HIV tested', 'Blood pressure significantly'],
    ],
    [
      'a report noun or statistic alone',
      'Study data on sepsis in older adults',
      'The study used data (95% CI 1.2-2.0; CI 1.1-1.9) on sepsis. The study data show sepsis rose.',
      ['Sepsis'],
      ['Study', 'Data', 'CI'],
    ],
    [
      'a common word alone, unless the title uses it',
      'Anemia among women in Uganda',
      'Anemia affects women. Anemia and services: services for women with anemia.',
      ['Anemia', 'Women'],
      ['Services'],
    ],
    [
      'a verb phrase',
      'Online video streaming comes with challenges',
      'Viewers watch large portions of videos. Online video streaming grows; we achieve high accuracy in online video streaming.',
      ['Online video streaming'],
      ['Online video streaming comes', 'Watch large portions', 'Achieve high accuracy'],
    ],
    [
      'a hyphen fragment',
      'Quality- and cost-aware scheduling for cloud servers',
      'Cloud servers need scheduling. Quality- and cost-aware scheduling helps cloud servers.',
      ['Cloud servers'],
      ['Quality-', 'Quality'],
    ],
    [
      'an unmerged plural',
      'Mitigating cultural bias in language models',
      'Language models show cultural biases. Cultural bias harms users of language models.',
      ['Cultural bias'],
      ['Cultural biases', 'Mitigating cultural bias'],
    ],
  ])('leaves out %s', (_, title, abstract, kept, left) => {
    const found = names(title, abstract);
    expect(found).toEqual(expect.arrayContaining(kept));
    for (const name of left) expect(found).not.toContain(name);
  });
});

describe('noun phrases by their parts of speech', () => {
  const names = (title: string, abstract: string) =>
    deriveFingerprint({ title, abstract, keywords: [] }).map((c) => c.concept);

  it.each([
    [
      'a gerund after a noun',
      'Machine learning for video streaming',
      'Machine learning helps video streaming. Machine learning and video streaming grow.',
      ['Machine learning', 'Video streaming'],
    ],
    [
      'a participle before a noun',
      'Supervised learning in distributed computing',
      'Distributed computing speeds supervised learning; supervised learning needs distributed computing.',
      ['Supervised learning', 'Distributed computing'],
    ],
    [
      'a run longer than four words, by its last words',
      'Deep convolutional neural network models for crop yield',
      'Deep convolutional neural network models predict crop yield. Neural network models help.',
      ['Neural network models'],
    ],
  ])('keeps %s', (_, title, abstract, kept) => {
    expect(names(title, abstract)).toEqual(expect.arrayContaining(kept));
  });

  it.each([
    [
      'a function word',
      'The neutrophil to lymphocyte ratio (NLR) in sepsis. A high NLR predicted death; the NLR fell with treatment.',
      'Neutrophil to lymphocyte ratio',
      'abstract 4×',
    ],
    [
      'a preposition and an article',
      'Quality of the care (QoC) for older patients. QoC was low; QoC improved after training.',
      'Quality of the care',
      'abstract 4×',
    ],
  ])(
    'takes a defined long form with %s as one concept, its short form counted for it',
    (_, abstract, concept, counts) => {
      const found = deriveFingerprint({ title: 'Outcomes', abstract, keywords: [] });
      const named = found.find((c) => c.concept === concept);
      expect(named && explain(named)).toBe(counts);
    },
  );

  it.each([
    ['starts on a stop word', 'The of the ratio (OTR) rose. OTR and OTR again.', 'Of the ratio'],
    [
      'is longer than six words',
      'A very long named thing of the study of many other things (VLNTSMOT) was used. VLNTSMOT helped.',
      'Very long named thing of the study of many other things',
    ],
  ])('takes no long form that %s', (_, abstract, concept) => {
    const found = deriveFingerprint({ title: 'Outcomes', abstract, keywords: [] });
    expect(found.map((c) => c.concept)).not.toContain(concept);
  });
});
