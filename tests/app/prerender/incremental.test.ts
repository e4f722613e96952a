import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { differingFiles, portalSite, siteFiles, type RecordFile } from '../../support/build';

const { root, publicDir, fixtures, build, remove } = portalSite('lectern-incremental-');
const recordsDir = join(publicDir, 'records');
afterAll(remove);

const recordFile = (id: string) => join(recordsDir, `${id}.json`);
const indexFile = join(recordsDir, 'index.json');
// Search index shards of about four records: three for the five, so a change rewrites some.
const SHARDS = { LECTERN_SEARCH_SHARD: '4' };
const shardsWritten = (stdout: string) => {
  const [, written, all] = /(\d+) of (\d+) search index shards written/.exec(stdout) ?? [];
  return { written: Number(written), all: Number(all) };
};
const listed = () =>
  (JSON.parse(readFileSync(indexFile, 'utf8')) as { records: { id: string }[] }).records;

describe('npm run build -- --incremental', () => {
  it(
    'renders only what a change touches, and gives the same site as a full build',
    { timeout: 300_000 },
    () => {
      const first = build('site', [], SHARDS);
      expect(first.status, first.stderr).toBe(0);
      const before = siteFiles(join(root, 'site'));
      // When a file in the site was last written (a copy made again changes it, bytes or not).
      const writtenAt = (path: string) => statSync(join(root, 'site', path)).ctimeMs;
      const recordCopied = writtenAt('records/crop-yields-drought.json');

      // Nothing changed: no record, person, topic or shared page is rendered but the home page
      // (always), no file differs, and no public file is copied again.
      const again = build('site', ['--incremental'], SHARDS);
      expect(again.status, again.stderr).toBe(0);
      expect(writtenAt('records/crop-yields-drought.json')).toBe(recordCopied);
      expect(again.stdout).toMatch(
        /incremental: 0 of 5 records, 0 of \d+ people and 0 of \d+ topic pages rendered, 1 of \d+ shared pages rendered, 5 fingerprints kept, 0 pages removed, 0 of 3 search index shards written/,
      );
      expect(differingFiles(before, siteFiles(join(root, 'site')))).toEqual([]);

      // A Scopus count updated: that record's files change, and nothing else.
      const crop = fixtures.find((r) => r.id === 'crop-yields-drought');
      if (!crop) throw new Error('the portal fixtures lack crop-yields-drought');
      writeFileSync(recordFile(crop.id), JSON.stringify({ ...crop, citations: { scopus: 7 } }));
      const counted = build('site', ['--incremental'], SHARDS);
      expect(counted.status, counted.stderr).toBe(0);
      expect(counted.stdout).toContain('incremental: 1 of 5 records');
      expect(counted.stdout).toContain('4 fingerprints kept');
      const changed = differingFiles(before, siteFiles(join(root, 'site')));
      expect(changed).toContain('records/crop-yields-drought/index.html');
      expect(changed.filter((path) => !path.startsWith('records/crop-yields-drought'))).toEqual([]);

      // A record added, another removed, a title corrected; then a full build of the same.
      const stroma = JSON.parse(
        readFileSync(recordFile('stromal-support-myeloma'), 'utf8'),
      ) as RecordFile;
      const added = { ...stroma, id: 'stromal-support-revisited', title: 'Stromal support again' };
      writeFileSync(recordFile(added.id), JSON.stringify(added));
      rmSync(recordFile('myeloma-niche-signals'));
      writeFileSync(
        recordFile(crop.id),
        JSON.stringify({ ...crop, title: 'Crop yields in dry summers, corrected' }),
      );
      writeFileSync(
        indexFile,
        JSON.stringify({
          records: [
            ...listed().filter(({ id }) => id !== 'myeloma-niche-signals'),
            { id: added.id, title: added.title, authors: added.authors },
          ],
        }),
      );
      const edited = build('site', ['--incremental'], SHARDS);
      expect(edited.status, edited.stderr).toBe(0);
      expect(edited.stdout).toMatch(/incremental: \d+ of 5 records/);
      expect(edited.stdout).toMatch(/[1-9]\d* pages removed/);
      // The shared pages whose lists changed (the home page, a year, a letter) are rendered; the
      // others kept.
      const [, shared = '0', sharedAll = '0'] =
        /(\d+) of (\d+) shared pages rendered/.exec(edited.stdout) ?? [];
      expect(Number(shared)).toBeGreaterThan(1);
      expect(Number(shared)).toBeLessThan(Number(sharedAll));
      // The shards of the corrected, added and removed records are written; the others kept.
      expect(shardsWritten(edited.stdout)).toEqual({ written: 2, all: 3 });
      const full = build('full', [], SHARDS);
      expect(full.status, full.stderr).toBe(0);
      const site = siteFiles(join(root, 'site'));
      expect(site.has('records/myeloma-niche-signals/index.html')).toBe(false);
      expect(site.has('records/myeloma-niche-signals.json')).toBe(false);
      expect(site.has('records/stromal-support-revisited/index.html')).toBe(true);
      expect(differingFiles(siteFiles(join(root, 'full')), site)).toEqual([]);
    },
  );

  it('builds in full, saying why, when there is no finished build of the same code and settings', () => {
    const never = build('never', ['--incremental']);
    expect(never.status, never.stderr).toBe(0);
    expect(never.stdout).toContain(
      'a full build, not an incremental one: no finished build into it is known',
    );
    expect(never.stdout).not.toContain('incremental:');

    const other = build('never', ['--incremental'], { LECTERN_PORTAL: '0' });
    expect(other.stdout).toContain('the code, its dependencies or the settings changed since');

    // A build that fails part way leaves nothing for the next one to trust.
    const index = readFileSync(indexFile, 'utf8');
    writeFileSync(indexFile, JSON.stringify({ records: [{ id: 'no-such-record', title: 'x' }] }));
    try {
      expect(build('never', [], { LECTERN_PORTAL: '0' }).status).toBe(1);
    } finally {
      writeFileSync(indexFile, index);
    }
    const after = build('never', ['--incremental'], { LECTERN_PORTAL: '0' });
    expect(after.status, after.stderr).toBe(0);
    expect(after.stdout).toContain('no finished build into it is known');
  });

  it('refuses to be a slice or a merge', () => {
    const sliced = build('sliced', ['--incremental', '--shard', '1/2']);
    expect(sliced.status).toBe(1);
    expect(sliced.stderr).toContain('--incremental builds a whole site, never with --shard');
  });
});
