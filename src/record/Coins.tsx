/**
 * The empty `span.Z3988` that carries a record's ContextObject (`contextObject`) for Zotero and
 * link resolvers, on its page and beside each item of a list.
 */
export function Coins({ kev }: { kev: string }) {
  return <span className="Z3988" title={kev} />;
}
