import type { Element } from 'domhandler';

/** True when a reader never sees the element: the hidden attribute or an inline display:none. */
export function isHiddenElement(element: Element): boolean {
  if (element.attribs.hidden !== undefined) return true;
  const style = (element.attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}
