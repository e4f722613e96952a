import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyToClipboard, downloadFile } from '../../src/citation/files';

describe('saving a citation', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('clicks a temporary link to the text, named as asked, and lets the address go after', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const urls = {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:lectern/1';
      }),
      revokeObjectURL: vi.fn(),
    };
    const clicked: { href: string; download: string }[] = [];
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement) {
        clicked.push({ href: event.target.href, download: event.target.download });
        event.preventDefault();
      }
    };
    document.addEventListener('click', onClick);
    downloadFile('@article{x}', 'kumar-2005-drug.bib', 'application/x-bibtex', document, urls);
    document.removeEventListener('click', onClick);
    expect(clicked).toEqual([{ href: 'blob:lectern/1', download: 'kumar-2005-drug.bib' }]);
    expect(await blobs[0]?.text()).toBe('@article{x}');
    expect(blobs[0]?.type).toBe('application/x-bibtex');
    expect(document.querySelector('a[download]')).toBeNull();
    vi.runAllTimers();
    expect(urls.revokeObjectURL).toHaveBeenCalledWith('blob:lectern/1');
  });
});

describe('copying a citation', () => {
  class FakeItem {
    constructor(readonly items: Record<string, Blob>) {}
  }
  const clipboard = () => ({
    write: vi.fn(() => Promise.resolve()),
    writeText: vi.fn(() => Promise.resolve()),
  });

  it('puts HTML and plain text on the clipboard together', async () => {
    const board = clipboard();
    await copyToClipboard(
      'Plain.',
      '<i>Rich</i>.',
      board,
      FakeItem as unknown as typeof ClipboardItem,
    );
    const [[items]] = board.write.mock.calls as unknown as [[FakeItem[]]];
    expect(await items[0]?.items['text/plain']?.text()).toBe('Plain.');
    expect(await items[0]?.items['text/html']?.text()).toBe('<i>Rich</i>.');
    expect(board.writeText).not.toHaveBeenCalled();
  });

  it.each<[string, string | null, typeof ClipboardItem | null]>([
    ['for code, which has no HTML', null, FakeItem as unknown as typeof ClipboardItem],
    ['where the browser has no ClipboardItem', '<i>Rich</i>.', null],
  ])('falls back to plain text %s', async (_name, html, Item) => {
    const board = clipboard();
    await copyToClipboard('Plain.', html, board, Item);
    expect(board.writeText).toHaveBeenCalledWith('Plain.');
    expect(board.write).not.toHaveBeenCalled();
  });
});
