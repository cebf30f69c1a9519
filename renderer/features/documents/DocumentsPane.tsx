/** Placeholder: the DocumentsPane is being built. */
export function DocumentsPane() {
  return <section className="pane-placeholder" aria-label="DocumentsPane" />;
}
