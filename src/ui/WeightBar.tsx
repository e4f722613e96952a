/**
 * A weight (0–100) as a bar. An SVG attribute, not a style attribute, sets its length: the CSP
 * allows no inline style.
 */
export function WeightBar({ weight }: { weight: number }) {
  return (
    <svg className="concept__bar" aria-hidden="true" viewBox="0 0 100 1" preserveAspectRatio="none">
      <rect width={Math.min(100, Math.max(0, weight))} height="1" />
    </svg>
  );
}
