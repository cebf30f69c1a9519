import { describe, expect, expectTypeOf, it } from 'vitest';
import { createBridge } from '../../../electron/expose-bridge';
import type { TelaahBridge as RendererView } from '../../../renderer/api/telaah-bridge';
import { createFakeIpc } from './fake-ipc';

describe('window.telaah', () => {
  it('has the shape the renderer relies on', () => {
    const bridge = createBridge(createFakeIpc().ipcRenderer);
    expectTypeOf<(typeof bridge)['call']>().toExtend<RendererView['call']>();
    expectTypeOf<(typeof bridge)['onMenu']>().toExtend<RendererView['onMenu']>();
    expectTypeOf<(typeof bridge)['pathForFile']>().toExtend<RendererView['pathForFile']>();
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onMenu', 'pathForFile', 'shell']);
  });
});
