/** Placeholder: the welcome screen (new, open, recent, sample project) is being built. */
export function Welcome() {
  return <section className="pane-placeholder" aria-label="Welcome" />;
}
