import { useId, useState } from 'react';
import { Button } from '../ui/Button';
import { count } from '../ui/words';
import type { FacetCounts } from './document';
import {
  EMPTY_REQUEST,
  FACETS,
  hasFilters,
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
  const shown = FACETS.filter(
    ({ key }) => Object.keys(facets[key]).length > 0 || request.filters[key].length > 0,
  );
  if (shown.length === 0) return null;
  return (
    <aside className="facets needs-script" aria-label="Filter the records" aria-busy={busy}>
      {shown.map(({ key, label }) => (
        <Facet
          key={key}
          name={key}
          label={label}
          entries={facetEntries(key, facets[key], request.filters[key])}
          selected={request.filters[key]}
          onToggle={(value, current) => {
            // From the values the boxes show, so a second quick click builds on the first.
            const filters = { ...request.filters, [key]: current };
            onChange(toggleFilter({ ...request, filters }, key, value));
          }}
        />
      ))}
      {hasFilters(request) && (
        <Button
          variant="quiet"
          onClick={() => {
            onChange({ ...request, filters: EMPTY_REQUEST.filters, page: 1 });
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
  onToggle: (value: string, current: string[]) => void;
}) {
  const [all, setAll] = useState(false);
  const id = useId();
  // A box shows its click at once, while the address (the source of truth) catches up: the
  // choice is kept against the selection it was made on, and gives way when that changes.
  const [choice, setChoice] = useState<{ on: string; values: string[] } | null>(null);
  const selectedKey = selected.join('\n');
  const shown = choice?.on === selectedKey ? choice.values : selected;
  // A chosen value is always in sight, wherever it falls in the order.
  const visible = all ? entries : entries.filter(([value], i) => i < FEW || shown.includes(value));
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
                checked={shown.includes(value)}
                onChange={() => {
                  setChoice({
                    on: selectedKey,
                    values: shown.includes(value)
                      ? shown.filter((v) => v !== value)
                      : [...shown, value],
                  });
                  onToggle(value, shown);
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
