/** Placeholder: the MemosPanel is being built. */
export function MemosPanel() {
  return <section className="pane-placeholder" aria-label="MemosPanel" />;
}
