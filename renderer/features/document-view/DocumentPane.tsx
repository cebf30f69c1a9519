/** Placeholder: the DocumentPane is being built. */
export function DocumentPane() {
  return <section className="pane-placeholder" aria-label="DocumentPane" />;
}
