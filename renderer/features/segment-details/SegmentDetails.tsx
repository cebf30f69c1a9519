/** Placeholder: the SegmentDetails is being built. */
export function SegmentDetails() {
  return <section className="pane-placeholder" aria-label="SegmentDetails" />;
}
