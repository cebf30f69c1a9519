import { describe, expect, it, vi } from 'vitest';
import type { MenuEvent } from '../../../electron/menu-actions';
import { buildMenuTemplate, type MenuItemSpec } from '../../../electron/menu-template';
import { shellMessages } from '../../../electron/shell-messages';

function build(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  const send = vi.fn<(event: MenuEvent) => void>();
  const template = buildMenuTemplate({
    send,
    labels: shellMessages.en.menu,
    recent: [],
    isMac: false,
    isDev: false,
    clearRecent: vi.fn(),
    ...overrides,
  });
  return { send, template };
}

function find(items: MenuItemSpec[], ...labels: string[]): MenuItemSpec {
  let current: MenuItemSpec | undefined;
  let list = items;
  for (const label of labels) {
    current = list.find((item) => item.label === label);
    if (!current) throw new Error(`No menu item ${labels.join(' › ')}`);
    list = current.submenu ?? [];
  }
  return current!;
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help menus', () => {
    expect(build().template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('sends each File action to the renderer', () => {
    const { send, template } = build();
    for (const [label, action] of [
      ['New Project…', 'file.new'],
      ['Open Project…', 'file.open'],
      ['Import Papers…', 'file.import'],
      ['Export…', 'file.export'],
    ] as const) {
      find(template, 'File', label).click!();
      expect(send).toHaveBeenLastCalledWith({ action });
    }
  });

  it('sends Undo and Redo to the renderer rather than a native role', () => {
    const { send, template } = build();
    find(template, 'Edit', 'Undo').click!();
    find(template, 'Edit', 'Redo').click!();
    expect(send.mock.calls).toEqual([[{ action: 'edit.undo' }], [{ action: 'edit.redo' }]]);
  });

  it('lists recent projects and sends the chosen path', () => {
    const { send, template } = build({ recent: ['/p/one.telaah', '/p/two.telaah'] });
    find(template, 'File', 'Open Recent', '/p/two.telaah').click!();
    expect(send).toHaveBeenCalledWith({ action: 'file.openRecent', path: '/p/two.telaah' });
  });

  it('shows a disabled placeholder when there are no recent projects', () => {
    const item = find(build().template, 'File', 'Open Recent').submenu![0]!;
    expect(item).toMatchObject({ label: 'No recent projects', enabled: false });
  });

  it('offers developer tools only in development', () => {
    const roles = (template: MenuItemSpec[]) =>
      find(template, 'View').submenu!.map((item) => item.role);
    expect(roles(build().template)).not.toContain('toggleDevTools');
    expect(roles(build({ isDev: true }).template)).toContain('toggleDevTools');
  });

  it('adds the app and window menus on macOS and drops Quit from File', () => {
    const { template } = build({ isMac: true });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(find(template, 'File').submenu!.some((item) => item.role === 'quit')).toBe(false);
  });
});

/** The template with labels and click handlers left out: what must not differ by language. */
function skeleton(items: MenuItemSpec[]): unknown[] {
  return items.map(({ label: _label, click, submenu, ...rest }) => ({
    ...rest,
    clicks: click !== undefined,
    ...(submenu ? { submenu: skeleton(submenu) } : {}),
  }));
}

function labelsOf(items: MenuItemSpec[]): (string | undefined)[] {
  return items.flatMap((item) =>
    item.type === 'separator' || item.role === 'appMenu'
      ? []
      : [item.label, ...labelsOf(item.submenu ?? [])],
  );
}

const variants: { isMac: boolean; isDev: boolean; recent: string[] }[] = [
  { isMac: false, isDev: false, recent: [] },
  { isMac: true, isDev: true, recent: ['/p/one.telaah'] },
];

describe('buildMenuTemplate in Bahasa Indonesia', () => {
  it('has Berkas, Sunting, Tampilan and Bantuan menus', () => {
    const { template } = build({ labels: shellMessages.id.menu });
    expect(template.map((item) => item.label)).toEqual([
      'Berkas',
      'Sunting',
      'Tampilan',
      'Bantuan',
    ]);
    expect(find(template, 'Berkas').submenu!.map((item) => item.label)).toEqual([
      'Proyek Baru…',
      'Buka Proyek…',
      'Buka Proyek Terkini',
      undefined,
      'Impor Makalah…',
      'Ekspor…',
      undefined,
      'Keluar',
    ]);
  });

  it('keeps the structure, roles, accelerators and actions of the English menu', () => {
    for (const variant of variants) {
      const english = build({ ...variant, labels: shellMessages.en.menu });
      const indonesian = build({ ...variant, labels: shellMessages.id.menu });
      expect(skeleton(indonesian.template)).toEqual(skeleton(english.template));
    }
  });

  it('sends the same action from the Indonesian item as from the English one', () => {
    const { send, template } = build({ labels: shellMessages.id.menu });
    find(template, 'Berkas', 'Impor Makalah…').click!();
    find(template, 'Sunting', 'Urungkan').click!();
    find(template, 'Bantuan', 'Tentang Telaah').click!();
    expect(send.mock.calls).toEqual([
      [{ action: 'file.import' }],
      [{ action: 'edit.undo' }],
      [{ action: 'help.about' }],
    ]);
  });

  it('labels every item, native roles included, from the chosen catalogue only', () => {
    for (const language of ['en', 'id'] as const) {
      const catalogue: unknown[] = Object.values(shellMessages[language].menu);
      for (const variant of variants) {
        const labels = labelsOf(
          build({ ...variant, labels: shellMessages[language].menu }).template,
        );
        for (const label of labels) {
          expect([...catalogue, ...variant.recent], `${language}: ${String(label)}`).toContain(
            label,
          );
        }
      }
    }
  });
});
