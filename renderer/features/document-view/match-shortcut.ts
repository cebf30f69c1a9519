/** The parts of a key event a shortcut is matched against. */
export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * Whether a key press is this code shortcut ('1', 'Alt+1', 'Ctrl+Shift+K'). Ctrl also means Cmd.
 * With Alt the physical key decides, since Alt changes the character on macOS.
 */
export function matchesShortcut(shortcut: string, press: KeyPress): boolean {
  const parts = shortcut.split('+').map((p) => p.trim().toLowerCase());
  const key = parts.pop();
  if (key === undefined || key === '') return false;
  const alt = parts.includes('alt') || parts.includes('option');
  const ctrl = parts.some((p) => p === 'ctrl' || p === 'cmd' || p === 'mod' || p === 'meta');
  const shift = parts.includes('shift');
  if (press.altKey !== alt || (press.ctrlKey || press.metaKey) !== ctrl) return false;
  if (press.shiftKey !== shift && !/^[^a-z0-9]$/u.test(key)) return false;
  if (alt && key.length === 1) return press.code.toLowerCase() === physicalCode(key);
  return press.key.toLowerCase() === key;
}

function physicalCode(key: string): string {
  if (/^[0-9]$/u.test(key)) return `digit${key}`;
  if (/^[a-z]$/u.test(key)) return `key${key}`;
  return key;
}

/** The document reader: editable only for its caret, so keys there are never text. */
export function isReaderTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('.reader-text') !== null;
}

/** Whether keys typed here are text for a field (never take them as shortcuts). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || isReaderTarget(target)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** Ctrl+key, or Cmd+key on macOS. */
export function isMod(press: KeyPress, key: string): boolean {
  return (press.ctrlKey || press.metaKey) && !press.altKey && press.key.toLowerCase() === key;
}

/** Alt+letter by physical key. */
export function isAlt(press: KeyPress, letter: string): boolean {
  return press.altKey && !press.ctrlKey && !press.metaKey && press.code === `Key${letter}`;
}
