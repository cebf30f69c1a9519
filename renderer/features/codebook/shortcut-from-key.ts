/** Keys that only modify others. */
const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/** "Ctrl+Shift+1" for a key press, as the reader matches shortcuts; null for modifiers alone. */
export function shortcutFromKey(event: KeyLike): string | null {
  if (MODIFIERS.has(event.key)) return null;
  const parts: string[] = [];
  if (event.ctrlKey) parts.push('Ctrl');
  if (event.metaKey) parts.push('Meta');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey) parts.push('Shift');
  // Alt changes the typed character on macOS, so with Alt the physical key names the shortcut.
  const physical = /^(?:Digit|Key)(.)$/u.exec(event.code)?.[1];
  const typed = event.altKey && physical ? physical : event.key;
  const key = typed.length === 1 ? typed.toUpperCase() : typed;
  parts.push(key === ' ' ? 'Space' : key);
  return parts.join('+');
}
