/**
 * JSON with object keys in one order, so that two values with the same data compare equal
 * whatever order their keys were written in (a citation set's item against the record's).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * A short digest of a value's data (FNV-1a over its canonical JSON, 32 bits, hex): a cache key
 * that changes when the data does, without putting the data itself (an abstract) in the key.
 */
export function digest(value: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of canonicalJson(value)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
