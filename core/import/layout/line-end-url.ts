const URL_MARK = /https?:|:\/\/|www\.|doi\.org|doi:/u;
const URL_BREAK = /[/.\-:=?&_#~%+–]$/u;
const PLAIN_WORD = /^\p{Lu}\p{Ll}+[,;:]?$/u;

/**
 * True when `token`, the last unbroken token of the running text, is a URL cut at a line end
 * (after `/`, `-`, `.`, `_`, `=` …) and `nextLine` goes on with it, so the two join without a
 * space. A capitalised plain word after a final `.` or `:` starts a sentence instead.
 */
export function continuesUrl(token: string, nextLine: string): boolean {
  if (!URL_BREAK.test(token) || !URL_MARK.test(token)) return false;
  const next = firstToken(nextLine);
  if (next.length === 0) return false;
  return !(/[.:]$/u.test(token) && PLAIN_WORD.test(next));
}

/** The unbroken token the running text ends with after `line` is added behind `token`. */
export function nextRunningToken(token: string, line: string, glued: boolean): string {
  const space = line.lastIndexOf(' ');
  if (space >= 0) return line.slice(space + 1);
  return glued ? token + line : line;
}

function firstToken(line: string): string {
  const space = line.indexOf(' ');
  return space < 0 ? line : line.slice(0, space);
}
