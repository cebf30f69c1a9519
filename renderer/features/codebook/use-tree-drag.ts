import { useState, type DragEvent } from 'react';
import type { TextRange } from '../../app/workspace-store';
import type { CodeTree } from './build-code-tree';
import { dropPositionAt, planDrop, type MovePlan } from './plan-move';
import type { RowDrop } from './CodeTreeRow';

/** What the document view puts on a drag of selected text. */
export const RANGE_TYPE = 'application/x-telaah-range';
export const CODE_TYPE = 'application/x-telaah-code';

export interface DraggedRange extends TextRange {
  documentId: string;
}

interface DragHandlers {
  move: (plan: MovePlan) => void;
  codeRange: (codeId: string, range: DraggedRange) => void;
}

function parseRange(raw: string): DraggedRange | null {
  try {
    const value = JSON.parse(raw) as Partial<DraggedRange>;
    const { documentId, start, end } = value;
    if (typeof documentId !== 'string' || typeof start !== 'number' || typeof end !== 'number') {
      return null;
    }
    return { documentId, start, end };
  } catch {
    return null;
  }
}

/** Dragging codes to reorder and nest them, and dropping dragged text on a code to code it. */
export function useTreeDrag(tree: CodeTree, handlers: DragHandlers) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [drop, setDrop] = useState<RowDrop | null>(null);
  const end = (): void => {
    setDragging(null);
    setDrop(null);
  };
  const over = (id: string, event: DragEvent): RowDrop | null => {
    const types = [...event.dataTransfer.types];
    if (types.includes(RANGE_TYPE)) return { id, position: 'code' };
    if (!dragging || !types.includes(CODE_TYPE)) return null;
    const box = event.currentTarget.getBoundingClientRect();
    const position = dropPositionAt(event.clientY - box.top, box.height);
    return planDrop(tree, dragging, id, position) ? { id, position } : null;
  };
  return {
    drop,
    rowHandlers: (id: string) => ({
      onDragStart: (event: DragEvent) => {
        event.dataTransfer.setData(CODE_TYPE, id);
        event.dataTransfer.effectAllowed = 'move';
        setDragging(id);
      },
      onDragOver: (event: DragEvent) => {
        const next = over(id, event);
        if (!next) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = next.position === 'code' ? 'copy' : 'move';
        if (drop?.id !== next.id || drop.position !== next.position) setDrop(next);
      },
      onDrop: (event: DragEvent) => {
        const target = over(id, event);
        event.preventDefault();
        end();
        if (!target) return;
        if (target.position === 'code') {
          const range = parseRange(event.dataTransfer.getData(RANGE_TYPE));
          if (range) handlers.codeRange(id, range);
        } else if (dragging) {
          const plan = planDrop(tree, dragging, id, target.position);
          if (plan) handlers.move(plan);
        }
      },
      onDragEnd: end,
    }),
    clearDrop: () => {
      setDrop(null);
    },
  };
}
