/** Placeholder: the SearchPanel is being built. */
export function SearchPanel() {
  return <section className="pane-placeholder" aria-label="SearchPanel" />;
}
