/** Placeholder: the CodebookPane is being built. */
export function CodebookPane() {
  return <section className="pane-placeholder" aria-label="CodebookPane" />;
}
