import { describe, expect, it } from 'vitest';
import { shortcutFromKey } from '../../../renderer/features/codebook/shortcut-from-key';

describe('shortcutFromKey', () => {
  const press = { ctrlKey: false, altKey: false, shiftKey: false, metaKey: false };

  it('names modifiers then the key', () => {
    expect(
      shortcutFromKey({ ...press, key: 'k', code: 'KeyK', ctrlKey: true, shiftKey: true }),
    ).toBe('Ctrl+Shift+K');
    expect(shortcutFromKey({ ...press, key: '1', code: 'Digit1' })).toBe('1');
  });

  it('uses the physical key with Alt and ignores modifiers alone', () => {
    expect(shortcutFromKey({ ...press, key: '¡', code: 'Digit1', altKey: true })).toBe('Alt+1');
    expect(
      shortcutFromKey({ ...press, key: 'Shift', code: 'ShiftLeft', shiftKey: true }),
    ).toBeNull();
  });
});
