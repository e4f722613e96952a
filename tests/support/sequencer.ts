import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest (each runs real builds or a whole evaluation; measured, 4–27 s).
 * On a fresh clone Vitest knows no durations yet and queues the window tests' project first,
 * so these started last and the run waited on them alone.
 */
const LONGEST = [
  'tests/app/prerender/shards.test.ts',
  'tests/portal/related.test.ts',
  'tests/app/prerender/build.test.ts',
  'tests/import/cli.test.ts',
];

/** Vitest's own order, with the longest files first so that both workers finish together. */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const k = LONGEST.findIndex((path) => file.moduleId.endsWith(path));
      return k === -1 ? LONGEST.length : k;
    };
    return sorted
      .map((file, k) => ({ file, k }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.k - b.k)
      .map(({ file }) => file);
  }
}
