/** Placeholder: the AttributesGrid is being built. */
export function AttributesGrid() {
  return <section className="pane-placeholder" aria-label="AttributesGrid" />;
}
