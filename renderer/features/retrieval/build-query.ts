import type {
  QueryNode,
  RetrievalFilters,
  RetrievalQuery,
} from '../../../core/api/contracts/retrieval';

/** The operators the builder offers; `and` keeps A's segments, `intersection` the shared text. */
export type StepOperator = 'and' | 'intersection' | 'or' | 'not' | 'overlapping' | 'within';

export interface CodePick {
  codeId: string;
  includeSubcodes: boolean;
}

/** One more condition: the query so far, combined with a code. */
export interface QueryStep extends CodePick {
  op: StepOperator;
  sameCoder: boolean;
  distance: number;
  unit: 'characters' | 'paragraphs';
}

/** What the builder edits: a first code, then steps applied left to right. */
export interface BuilderState {
  first: CodePick;
  steps: QueryStep[];
  filters: RetrievalFilters;
}

export function newStep(codeId: string): QueryStep {
  return {
    op: 'and',
    codeId,
    includeSubcodes: true,
    sameCoder: false,
    distance: 1,
    unit: 'paragraphs',
  };
}

const codeNode = (pick: CodePick): QueryNode => ({
  op: 'code',
  codeId: pick.codeId,
  includeSubcodes: pick.includeSubcodes,
});

/** The query the builder describes: ((first op₁ code₁) op₂ code₂) … */
export function toQuery(state: BuilderState): RetrievalQuery {
  let root = codeNode(state.first);
  for (const step of state.steps) {
    const right = codeNode(step);
    switch (step.op) {
      case 'and':
      case 'intersection':
        root = {
          op: 'and',
          left: root,
          right,
          span: step.op === 'and' ? 'segment' : 'intersection',
          sameCoder: step.sameCoder,
        };
        break;
      case 'or':
        root = { op: 'or', operands: root.op === 'or' ? [...root.operands, right] : [root, right] };
        break;
      case 'within':
        root = {
          op: 'within',
          left: root,
          right,
          distance: step.distance,
          unit: step.unit,
          sameCoder: step.sameCoder,
        };
        break;
      default:
        root = { op: step.op, left: root, right, sameCoder: step.sameCoder };
    }
  }
  return { root, filters: state.filters };
}

/** The builder state of a saved query, or null when its shape is more than the builder draws. */
export function fromQuery(query: RetrievalQuery): BuilderState | null {
  const steps: QueryStep[] = [];
  let node = query.root;
  for (;;) {
    if (node.op === 'code') {
      return { first: pickOf(node), steps: steps.reverse(), filters: query.filters };
    }
    if (node.op === 'or') {
      const [head, ...rest] = node.operands;
      if (head === undefined || rest.some((o) => o.op !== 'code')) return null;
      for (const o of rest.reverse()) {
        if (o.op === 'code') steps.push({ ...newStep(o.codeId), ...pickOf(o), op: 'or' });
      }
      node = head;
      continue;
    }
    if (node.right.op !== 'code') return null;
    const base = {
      ...newStep(node.right.codeId),
      ...pickOf(node.right),
      sameCoder: node.sameCoder,
    };
    if (node.op === 'and') {
      steps.push({ ...base, op: node.span === 'segment' ? 'and' : 'intersection' });
    } else if (node.op === 'within') {
      steps.push({ ...base, op: 'within', distance: node.distance, unit: node.unit });
    } else steps.push({ ...base, op: node.op });
    node = node.left;
  }
}

function pickOf(node: QueryNode & { op: 'code' }): CodePick {
  return { codeId: node.codeId, includeSubcodes: node.includeSubcodes };
}
