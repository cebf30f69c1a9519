const BULLET = /^[•●▪◦‣∙·○■□➢►✓]\s*/u;
const LABEL = /^(?:\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\([a-z]\))\s+\S/u;

/** True when a line opens a list item: a bullet, or a printed label such as `1.`, `a)`, `(2)`. */
export function isListItemStart(text: string): boolean {
  return BULLET.test(text) || LABEL.test(text);
}

/** The line without its bullet character; printed number labels stay, as the truth files keep them. */
export function stripBullet(text: string): string {
  return text.replace(BULLET, '');
}
