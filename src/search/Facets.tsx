import { useId, useState } from 'react';
import { Button } from '../ui/Button';
import { count } from '../ui/words';
import type { FacetCounts } from './document';
import {
  EMPTY_REQUEST,
  FACETS,
  hasFilters,
  paramsFromRequest,
  toggleFilter,
  type FacetKey,
  type SearchRequest,
} from './request';

const FEW = 8;

function facetEntries(key: FacetKey, counts: Record<string, number>, selected: string[]) {
  const entries = Object.entries(counts);
  for (const value of selected) if (!(value in counts)) entries.push([value, 0]);
  // Years read best in order; other facets with the most records first.
  return entries.sort(([a, m], [b, n]) =>
    key === 'year' ? b.localeCompare(a) : n - m || a.localeCompare(b),
  );
}

/** The facets of a request: each value a checkbox with the count choosing it would give. */
export function Facets({
  request,
  facets,
  busy,
  onChange,
}: {
  request: SearchRequest;
  facets: FacetCounts;
  /** The counts shown are still those of the previous request. */
  busy: boolean;
  onChange: (next: SearchRequest) => void;
}) {
  // A box shows its click at once, while the address (the source of truth) catches up: the
  // request asked for is kept against the one it was made from, and every click builds on it, so
  // quick clicks in one facet or several all count. It gives way once the address changes.
  const [pending, setPending] = useState<{ from: string; request: SearchRequest } | null>(null);
  const from = paramsFromRequest(request).toString();
  const current = pending?.from === from ? pending.request : request;
  const choose = (next: SearchRequest) => {
    setPending({ from, request: next });
    onChange(next);
  };
  const shown = FACETS.filter(
    ({ key }) => Object.keys(facets[key]).length > 0 || current.filters[key].length > 0,
  );
  if (shown.length === 0) return null;
  return (
    <aside className="facets needs-script" aria-label="Filter the records" aria-busy={busy}>
      {shown.map(({ key, label }) => (
        <Facet
          key={key}
          name={key}
          label={label}
          entries={facetEntries(key, facets[key], current.filters[key])}
          selected={current.filters[key]}
          onToggle={(value) => {
            choose(toggleFilter(current, key, value));
          }}
        />
      ))}
      {hasFilters(current) && (
        <Button
          variant="quiet"
          onClick={() => {
            choose({ ...current, filters: EMPTY_REQUEST.filters, page: 1 });
          }}
        >
          Clear filters
        </Button>
      )}
    </aside>
  );
}

function Facet({
  name,
  label,
  entries,
  selected,
  onToggle,
}: {
  name: FacetKey;
  label: string;
  entries: [string, number][];
  selected: string[];
  onToggle: (value: string) => void;
}) {
  const [all, setAll] = useState(false);
  const id = useId();
  // A chosen value is always in sight, wherever it falls in the order.
  const visible = all
    ? entries
    : entries.filter(([value], i) => i < FEW || selected.includes(value));
  return (
    <fieldset className="facet">
      <legend>{label}</legend>
      <ul id={id}>
        {visible.map(([value, n]) => (
          <li key={value}>
            <label>
              <input
                type="checkbox"
                name={name}
                value={value}
                checked={selected.includes(value)}
                onChange={() => {
                  onToggle(value);
                }}
              />{' '}
              <span dir="auto">{value}</span> <span className="facet__count">({count(n)})</span>
            </label>
          </li>
        ))}
      </ul>
      {entries.length > FEW && (
        <Button
          variant="link"
          aria-expanded={all}
          aria-controls={id}
          onClick={() => {
            setAll(!all);
          }}
        >
          {all ? 'Show fewer' : `Show all ${count(entries.length)}`}{' '}
          <span className="visually-hidden">{label.toLowerCase()} values</span>
        </Button>
      )}
    </fieldset>
  );
}
