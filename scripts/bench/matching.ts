import { findAll } from 'highlight-words-core';
import { findOccurrences, prepareText, toRanges } from '../../src/text/match.ts';
import { generateTerms, generateText } from './corpus.ts';
import { random, row, time, type Goal } from './support.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matching, in Node: our matcher against highlight-words-core's findAll and a one-RegExp-per-term
 * baseline, on generated texts of 200, 10,000 and 100,000 words with 5, 50 and 200 terms, plus
 * the one-off time to prepare a text.
 */
export function matchingBench(): Goal[] {
  console.log('\n## Matching (Node, median ms)\n');
  console.log(
    row(
      'words',
      'terms',
      'prepare',
      'ours',
      'findAll',
      'RegExp per term',
      'findAll ÷ ours',
      'RegExp ÷ ours',
    ),
  );
  console.log(row('---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'));
  const goals: Goal[] = [];
  for (const words of [200, 10_000, 100_000]) {
    const text = generateText(words, random(words));
    const runs = words >= 100_000 ? 5 : 15;
    const prepare = time(() => prepareText([text]), runs);
    for (const termCount of [5, 50, 200]) {
      const terms = generateTerms(termCount, random(termCount));
      const inputs = terms.map((t, i) => ({ id: String(i), text: t }));
      // Stems are computed lazily by the first match on a text, so each run gets a fresh text.
      const fresh = Array.from({ length: runs + 1 }, () => prepareText([text]));
      let run = 0;
      const ours = time(() => {
        const prepared = fresh[run++];
        if (!prepared) return;
        const found = findOccurrences(prepared, inputs);
        toRanges(
          [text],
          found,
          inputs.map((t) => t.id),
        );
      }, runs);
      const theirs = time(
        () => findAll({ searchWords: terms, textToHighlight: text, autoEscape: true }),
        runs,
      );
      const regexps = time(() => {
        for (const term of terms) {
          const re = new RegExp(escape(term), 'gi');
          while (re.exec(text)) {
            // Counting only: each match is found, none is kept.
          }
        }
      }, runs);
      console.log(
        row(
          words,
          termCount,
          prepare.toFixed(2),
          ours.toFixed(2),
          theirs.toFixed(2),
          regexps.toFixed(2),
          `${(theirs / ours).toFixed(1)}×`,
          `${(regexps / ours).toFixed(1)}×`,
        ),
      );
      if (words === 100_000 && termCount === 200) {
        goals.push([
          'matching ≥ 10× faster than findAll (100,000 words, 200 terms)',
          theirs / ours >= 10,
          `${(theirs / ours).toFixed(1)}×`,
        ]);
        goals.push([
          'preparing the text < 30 ms (100,000 words)',
          prepare < 30,
          `${prepare.toFixed(1)} ms`,
        ]);
      }
    }
  }
  return goals;
}
