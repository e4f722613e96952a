import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import type { LoaderDeps } from '../../src/data/deps';
import { describeProblem, isRetryable, LoadError, operatorDetail } from '../../src/data/errors';
import { loadJson } from '../../src/data/load';

const listSchema = v.object({ items: v.array(v.string()) });

/** A loader whose server answers every file with `answer`. */
function deps(answer: () => Promise<Response>): LoaderDeps {
  return { fetch: vi.fn(answer), baseUrl: '/base/', warn: vi.fn() };
}
const json =
  (body: string, type = 'application/json', status = 200) =>
  () =>
    Promise.resolve(new Response(body, { status, headers: { 'content-type': type } }));

async function problemOf(answer: () => Promise<Response>) {
  try {
    await loadJson('lists/a.json', listSchema, deps(answer), {
      notFound: 'No list “a”.',
      what: 'list',
    });
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('loading a static file', () => {
  it('reads a file that follows its schema, with or without a byte-order mark', async () => {
    for (const body of ['{"items":["x"]}', '\uFEFF{"items":["x"]}']) {
      await expect(loadJson('lists/a.json', listSchema, deps(json(body)))).resolves.toEqual({
        items: ['x'],
      });
    }
  });

  it('asks for the file below the base URL', async () => {
    const loader = deps(json('{"items":[]}'));
    await loadJson('lists/a.json', listSchema, loader);
    expect(loader.fetch).toHaveBeenCalledWith('/base/lists/a.json', expect.anything());
  });

  it.each<[string, () => Promise<Response>, string, boolean, string[]]>([
    ['a 404', json('', 'text/plain', 404), 'No list “a”.', false, ['No list “a”.']],
    [
      'a host’s HTML page in its place',
      json('<!doctype html>', 'text/html'),
      'No list “a”.',
      false,
      ['No list “a”.'],
    ],
    [
      'a server error',
      json('', 'text/plain', 503),
      'The server answered 503 for lists/a.json.',
      true,
      ['The server answered 503 for lists/a.json.'],
    ],
    [
      'no network',
      () => Promise.reject(new TypeError('Failed to fetch')),
      'Could not reach the server to load lists/a.json (Failed to fetch).',
      true,
      ['Could not reach the server to load lists/a.json (Failed to fetch).'],
    ],
    [
      'a file that is not JSON',
      json('{"items": ['),
      'lists/a.json is not valid JSON',
      false,
      [expect.stringMatching(/^lists\/a\.json is not valid JSON: /) as string],
    ],
    [
      'a file of the wrong shape',
      json('{"items": [1, "b"]}'),
      'lists/a.json is not a valid list.',
      false,
      ['items[0]: Invalid type: Expected string but received 1'],
    ],
    [
      'a list where an object should be',
      json('[]'),
      'lists/a.json is not a valid list.',
      false,
      ['items: missing'],
    ],
  ])(
    'says what is wrong with %s, for readers and operators',
    async (_name, answer, reader, retry, operator) => {
      const error = await problemOf(answer);
      expect(describeProblem(error.problem)).toContain(reader);
      expect(isRetryable(error)).toBe(retry);
      expect(operatorDetail(error.problem)).toEqual(operator);
    },
  );

  it('lets an aborted request stay aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const aborted = deps(() => Promise.reject(new DOMException('Aborted', 'AbortError')));
    await expect(
      loadJson('lists/a.json', listSchema, aborted, { signal: controller.signal }),
    ).rejects.toThrow('Aborted');
  });
});
