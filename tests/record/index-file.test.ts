import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/record/read';
import { parseRecordIndex } from '../../src/record/schema';

const dir = join(process.cwd(), 'public', 'records');
const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('public/records/index.json', () => {
  const { records } = parseRecordIndex(read('index.json')).value;

  it.each(records.map((summary) => [summary.id, summary] as const))(
    'lists %s as its file states it',
    (id, summary) => {
      const { value: record, warnings } = parseRecord(read(`${id}.json`));
      expect(warnings).toEqual([]);
      expect(summary).toEqual({
        id: record.id,
        title: record.title,
        authors: record.authors,
        journal: record.journal?.title,
        published: record.published,
      });
    },
  );
});
