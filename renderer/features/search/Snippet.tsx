import { splitSnippet } from './split-snippet';

/** A hit's snippet as text, the hit itself in bold; never parsed as HTML. */
export function Snippet({ snippet, start }: { snippet: string; start: number }) {
  const { before, hit, after } = splitSnippet(snippet, start);
  return (
    <span className="search-snippet">
      {before}
      {hit !== '' && <strong>{hit}</strong>}
      {after}
    </span>
  );
}
