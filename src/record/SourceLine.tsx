/**
 * Where a listed record appeared and what it is, as a list shows it under the title:
 * "Journal, 2005 · Article", in a `p` or a `span` of `className`. Nothing when neither is recorded.
 */
export function SourceLine({
  journal,
  year,
  type,
  as: Element,
  className,
  typeClassName,
}: {
  journal?: string | undefined;
  year?: string | number | undefined;
  type?: string | undefined;
  as: 'p' | 'span';
  className: string;
  typeClassName?: string;
}) {
  const source = [journal, year].filter(Boolean).join(', ');
  if (!source && !type) return null;
  return (
    <Element className={className}>
      {source && <span dir="auto">{source}</span>}
      {source && type && ' · '}
      {type && <span className={typeClassName}>{type}</span>}
    </Element>
  );
}
