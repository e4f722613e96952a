/**
 * Bytes to text as a portal export arrives: UTF-8 with or without a byte-order mark, UTF-16 with
 * one, or (from older tools) Windows-1252, which is said so rather than guessed silently. Line
 * ends become "\n" so that line numbers count the same on every platform.
 */
export interface Decoded {
  text: string;
  /** What the reader of the import report should know about how the file was read. */
  note?: string;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  let text: string;
  let note: string | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      note = 'not UTF-8; read as Windows-1252';
    }
  }
  // TextDecoder drops a leading BOM itself; one left over (a doubly encoded file) goes too.
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return note ? { text, note } : { text };
}
