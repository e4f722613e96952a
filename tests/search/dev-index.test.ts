// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `npm run dev` serves the search index the build would write, made from public/records. */
describe('the dev server', () => {
  let server: ViteDevServer;
  let url = '';
  beforeAll(async () => {
    server = await createServer({ server: { port: 0 }, logLevel: 'silent' });
    await server.listen();
    url = server.resolvedUrls?.local[0] ?? '';
  });
  afterAll(() => server.close());

  // Building the index loads the record schema and index page through Vite: seconds, not ms.
  it(
    'answers Pagefind requests with an index of every listed record',
    { timeout: 60_000 },
    async () => {
      const listed = (
        JSON.parse(readFileSync('public/records/index.json', 'utf8')) as {
          records: unknown[];
        }
      ).records.length;
      const { shards } = (await (await fetch(`${url}pagefind/shards.json`)).json()) as {
        shards: string[];
      };
      const counts = await Promise.all(
        shards.map(async (name) => {
          const entry = (await (
            await fetch(`${url}pagefind/${name}/pagefind-entry.json`)
          ).json()) as { languages: { en: { page_count: number } } };
          return entry.languages.en.page_count;
        }),
      );
      expect(counts.reduce((a, b) => a + b, 0)).toBe(listed);
      const script = await fetch(`${url}pagefind/${shards[0] ?? ''}/pagefind.js`);
      expect(script.headers.get('content-type')).toBe('text/javascript');
      expect(await script.text()).toContain('createInstance');
    },
  );

  it('says 404 for a file the index does not have', async () => {
    expect((await fetch(`${url}pagefind/no-such-chunk.pf_index`)).status).toBe(404);
  });
});
