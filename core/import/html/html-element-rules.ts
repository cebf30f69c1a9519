import type { PmMark } from '../../text/pm-node';

/** Elements removed together with everything inside them: code, embeds, UI and metadata. */
export const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'noscript',
  'template',
  'svg',
  'math',
  'head',
  'title',
  'link',
  'meta',
  'base',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'img',
  'map',
  'area',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'output',
  'dialog',
]);

/** Elements that end the current paragraph but are otherwise unwrapped. */
export const BLOCK_CONTAINERS = new Set([
  'html',
  'body',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'center',
  'fieldset',
  'legend',
  'form',
  'hgroup',
  'li',
]);

/** Inline elements that become a mark; links are handled apart because of their href. */
export const MARK_ELEMENTS: ReadonlyMap<string, PmMark> = new Map([
  ['b', { type: 'bold' }],
  ['strong', { type: 'bold' }],
  ['i', { type: 'italic' }],
  ['em', { type: 'italic' }],
  ['u', { type: 'underline' }],
  ['ins', { type: 'underline' }],
  ['s', { type: 'strike' }],
  ['strike', { type: 'strike' }],
  ['del', { type: 'strike' }],
  ['code', { type: 'code' }],
  ['kbd', { type: 'code' }],
  ['samp', { type: 'code' }],
  ['sup', { type: 'superscript' }],
  ['sub', { type: 'subscript' }],
]);

/** h1…h6 to their heading level, otherwise null. */
export function headingLevel(name: string): number | null {
  const match = /^h([1-6])$/.exec(name);
  return match?.[1] === undefined ? null : Number(match[1]);
}
