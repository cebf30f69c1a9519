import { describe, expect, it } from 'vitest';
import { actionKey } from '../../../renderer/features/workspace/use-history';
import { workspaceMessages as messages } from '../../../renderer/features/workspace/messages';

describe('actionKey', () => {
  it('names the analysis changes undo and redo report', () => {
    expect(actionKey('summaries.update')).toBe('workspace.action.summary');
    expect(actionKey('conclusions.move')).toBe('workspace.action.conclusion');
    expect(actionKey('matrix.setEntry')).toBe('workspace.action.display');
    expect(actionKey('codeLinks.create')).toBe('workspace.action.display');
    expect(actionKey('queries.update')).toBe('workspace.action.query');
    expect(actionKey('exchange.importProject')).toBe('workspace.action.projectImport');
    expect(actionKey('segments.code')).toBe('workspace.action.coding');
    expect(actionKey('something.else')).toBe('workspace.action.other');
  });

  it('has words for every key in both languages', () => {
    for (const action of [
      'summaries.x',
      'conclusions.x',
      'displays.x',
      'queries.x',
      'exchange.x',
    ]) {
      const key = actionKey(action) as keyof typeof messages.en;
      expect(messages.en[key]).toBeTruthy();
      expect(messages.id[key]).toBeTruthy();
      expect(messages.id[key]).not.toBe(messages.en[key]);
    }
  });
});
