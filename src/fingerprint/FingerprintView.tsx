import { memo, useId, type ReactNode } from 'react';
import { Failure } from '../ui/Failure';
import { TopicLink } from '../ui/TopicLink';
import {
  derivedFrom,
  emptyFingerprintText,
  percent,
  type Concept,
  type Fingerprint,
} from './concepts';
import { WeightBar } from '../ui/WeightBar';

/** What the view needs to know of the highlighting, without depending on it. */
export interface ConceptToggle {
  pressed: (concept: string) => boolean;
  onToggle: (concept: string) => void;
}

interface FingerprintViewProps {
  fingerprint: Fingerprint | undefined;
  pending: boolean;
  /** Why the fingerprint could not be derived, with a way to try again. */
  failure?: { error: Error; onRetry: () => void } | undefined;
  toggle: ConceptToggle;
  /** How many concepts to show; the rest are on the full page. */
  limit?: number;
  /** A link to the full list, when there is more to see. */
  fullList?: (count: number) => ReactNode;
  /** A concept's topic page, where the portal has one. */
  topicOf?: ((concept: string) => string | undefined) | undefined;
}

export const TOP_CONCEPTS = 8;

/**
 * The fingerprint as labelled bars with their percentage as text. Each concept is a toggle that
 * highlights it in the text, and explains its weight on demand.
 */
export function FingerprintView({
  fingerprint,
  pending,
  failure,
  toggle,
  limit = TOP_CONCEPTS,
  fullList,
  topicOf,
}: FingerprintViewProps) {
  if (failure) return <FingerprintFailure {...failure} />;
  if (pending) return <p className="hint">Finding the concepts of this text…</p>;
  if (!fingerprint || fingerprint.concepts.length === 0) {
    return <p className="empty">{emptyFingerprintText(fingerprint)}</p>;
  }
  const shown = fingerprint.concepts.slice(0, limit);
  return (
    <>
      <p className="hint">
        {fingerprint.derived
          ? `${derivedFrom(fingerprint)}; select a concept to see where it occurs.`
          : 'As the record gives it; select a concept to see where it occurs.'}
      </p>
      <ol className="fingerprint">
        {shown.map((concept) => (
          <ConceptItem
            key={concept.concept}
            concept={concept}
            pressed={toggle.pressed(concept.concept)}
            onToggle={toggle.onToggle}
            topic={topicOf?.(concept.concept)}
          />
        ))}
      </ol>
      {fullList && fingerprint.concepts.length > 0 && fullList(fingerprint.concepts.length)}
    </>
  );
}

/** A derivation that failed says so, and why; it is not "not enough text". */
export function FingerprintFailure({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return <Failure onRetry={onRetry}>The fingerprint could not be derived: {error.message}</Failure>;
}

/** One concept, rendered again only when its own state changes (not on every toggle's render). */
const ConceptItem = memo(function ConceptItem({
  concept,
  pressed,
  onToggle,
  topic,
}: {
  concept: Concept;
  pressed: boolean;
  onToggle: (concept: string) => void;
  topic: string | undefined;
}) {
  const weightId = useId();
  return (
    <li className="concept">
      <div className="concept__row">
        <span className="concept__name">
          <button
            type="button"
            className="concept__toggle needs-script"
            aria-pressed={pressed}
            aria-describedby={weightId}
            onClick={() => {
              onToggle(concept.concept);
            }}
          >
            <bdi>{concept.concept}</bdi>
          </button>
          <TopicLink to={topic} label={concept.concept} />
        </span>
        <span id={weightId} className="concept__weight">
          {percent(concept.weight)}
        </span>
      </div>
      <WeightBar weight={concept.weight} />
      <details className="concept__why">
        <summary>
          Why {percent(concept.weight)}
          {concept.category && <span className="concept__category"> · {concept.category}</span>}
        </summary>
        <p>{concept.explanation}</p>
      </details>
    </li>
  );
});
