import { normalise, type Rich, type Run } from './rich';

/**
 * Reads the HTML a CSL processor writes into runs of text, keeping only emphasis (i, em, b,
 * strong, sup, sub, small caps). A small tokenizer rather than DOMParser, so that it also runs in
 * the citation worker; the processor's output is regular (it escapes every record character), and
 * anything unknown contributes its text alone.
 */
// Its own small decoder, like src/text/entities.ts: importing that module here puts it in a chunk
// of its own, which costs the reading page's initial JS bytes its budget does not have.
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

type Style = Omit<Run, 'text'>;

export function parseCslHtml(html: string): Rich {
  const out: Rich = [];
  const stack: { tag: string; style: Style; entry: boolean }[] = [
    { tag: '', style: {}, entry: false },
  ];
  const tokens = html.match(/<[^>]*>|[^<]+/g) ?? [];
  tokens.forEach((token, index) => {
    const top = stack[stack.length - 1] ?? { tag: '', style: {}, entry: false };
    if (!token.startsWith('<')) {
      // Indentation between block elements is layout, not text.
      if (token.trim() === '' && (top.tag === '' || top.tag === 'div')) return;
      out.push({ text: decode(token), ...top.style });
      return;
    }
    const closing = /^<\/\s*([a-z0-9]+)/i.exec(token);
    if (closing) {
      const tag = (closing[1] ?? '').toLowerCase();
      const at = stack.map((s) => s.tag).lastIndexOf(tag);
      if (at > 0) {
        const [closed] = stack.splice(at);
        const rest = tokens.slice(index + 1).join('');
        if (closed?.entry && /<div[^>]*csl-entry/.test(rest)) out.push({ break: true });
      }
      return;
    }
    const opening = /^<\s*([a-z0-9]+)([^>]*)>/i.exec(token);
    if (!opening) return;
    const tag = (opening[1] ?? '').toLowerCase();
    const attributes = opening[2] ?? '';
    if (tag === 'br') {
      out.push({ break: true });
      return;
    }
    const style: Style = { ...top.style };
    if (tag === 'i' || tag === 'em') style.italic = true;
    if (tag === 'b' || tag === 'strong') style.bold = true;
    if (tag === 'sup') style.sup = true;
    if (tag === 'sub') style.sub = true;
    if (/font-style:\s*italic/.test(attributes)) style.italic = true;
    if (/font-style:\s*normal/.test(attributes)) style.italic = false;
    if (/font-weight:\s*bold/.test(attributes)) style.bold = true;
    if (/font-variant:\s*small-caps/.test(attributes)) style.smallCaps = true;
    if (attributes.includes('csl-left-margin')) {
      stack.push({ tag, style, entry: false });
      return;
    }
    if (/\/\s*$/.test(attributes)) return;
    stack.push({ tag, style, entry: attributes.includes('csl-entry') });
  });
  // A number in the left margin ("1.", "[1]") is followed by a space before the entry.
  const runs = normalise(
    out.flatMap((part, i) => {
      const next = out[i + 1];
      return 'text' in part &&
        next &&
        'text' in next &&
        /^(\[\d+\]|\d+\.)$/.test(part.text.trim()) &&
        !/^\s/.test(next.text)
        ? [{ ...part, text: `${part.text.trim()} ` }]
        : [part];
    }),
  );
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (first && 'text' in first) first.text = first.text.trimStart();
  if (last && 'text' in last) last.text = last.text.trimEnd();
  return runs.map((part) =>
    'text' in part ? { ...part, text: part.text.replace(/ {2,}/g, ' ') } : part,
  );
}
