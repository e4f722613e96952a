import type { CslItem } from './csl';
import { styleInfo, type StyleId } from './styles';
import { slug, slugWords } from '../text/slug';

/**
 * A safe, readable file name: first author, year, the title's first words, the format's extension
 * ("kumar-2005-drug-insight.bib"). ASCII letters, digits and hyphens only.
 */
export function fileName(items: readonly CslItem[], style: StyleId): string {
  const extension = styleInfo(style).extension;
  const first = items[0];
  if (!first) return `citations.${extension}`;
  if (items.length > 1) return `lectern-list-${items.length}-records.${extension}`;
  const author = first.author[0];
  const who = slug((author?.family ?? author?.literal ?? '').split(/\s+/)[0] ?? '', {
    ascii: true,
  });
  const year = first.issued ? String(first.issued['date-parts'][0][0]) : '';
  const words = slugWords(first.title, { ascii: true }).slice(0, 2).join('-');
  const name = [who, year, words].filter(Boolean).join('-').slice(0, 80).replace(/-+$/, '');
  return `${name || 'citation'}.${extension}`;
}

/** Saves `text` as a file through a temporary link; `doc` and `urls` are seams for tests. */
export function downloadFile(
  text: string,
  name: string,
  mime: string,
  doc: Document = document,
  urls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> = URL,
) {
  const url = urls.createObjectURL(new Blob([text], { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    urls.revokeObjectURL(url);
  }, 0);
}

/**
 * Puts both HTML (so italics survive a paste into a word processor) and plain text on the
 * clipboard; falls back to plain text where ClipboardItem is missing.
 */
export async function copyToClipboard(
  text: string,
  html: string | null,
  clipboard: Pick<Clipboard, 'write' | 'writeText'> = navigator.clipboard,
  Item: typeof ClipboardItem | null = 'ClipboardItem' in globalThis
    ? globalThis.ClipboardItem
    : null,
): Promise<void> {
  if (html !== null && Item !== null) {
    await clipboard.write([
      new Item({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
    return;
  }
  await clipboard.writeText(text);
}
