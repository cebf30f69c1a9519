// Calls of the network feature, merged into the one contract in ../contract.ts.
import { z } from 'zod';
import type { CodeLink } from '../../analysis/network/code-links';
import type { FrequencyChart } from '../../analysis/network/code-frequency';
import type { CooccurrenceTable } from '../../analysis/network/cooccurrence';
import type { CooccurrenceExcerptPair } from '../../analysis/network/cooccurrence-excerpts';
import type { Point } from '../../analysis/network/display-config';
import type { NetworkGraph } from '../../analysis/network/network-graph';
import type { NetworkDisplay } from '../../analysis/network/network-displays';
import { id, out } from '../contract-kit';
import type { ExportedFile } from '../exported-file';

const ids = z.array(id).max(10_000).optional();

/** Which codings count: codes, documents, cases and coders (all when absent or empty). */
const codingFilter = { codeIds: ids, documentIds: ids, caseIds: ids, coderIds: ids };

const proximity = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('overlap') }),
  z.object({ mode: z.literal('near'), chars: z.number().int().min(0).max(100_000) }),
  z.object({ mode: z.literal('paragraph') }),
]);

const cooccurrenceOptions = { ...codingFilter, proximity: proximity.optional() };
const measure = z.enum(['count', 'documents', 'c']);
const point = z.object({ x: z.number(), y: z.number() });

const cooccurrenceConfig = z.object({ ...cooccurrenceOptions, measure });
const networkConfig = z.object({
  ...cooccurrenceOptions,
  threshold: z.number().min(0),
  measure,
  showCooccurrence: z.boolean(),
  showLinks: z.boolean(),
  positions: z.record(z.string(), point),
});
const chartBase = {
  ...codingFilter,
  measure: z.enum(['codings', 'documents']),
  stacked: z.boolean(),
};
const chartConfig = z.discriminatedUnion('by', [
  z.object({ by: z.literal('document'), ...chartBase }),
  z.object({ by: z.literal('case'), ...chartBase }),
  z.object({ by: z.literal('variable'), variableId: id, ...chartBase }),
]);
const displaySpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cooccurrence'), config: cooccurrenceConfig }),
  z.object({ kind: z.literal('network'), config: networkConfig }),
  z.object({ kind: z.literal('chart'), config: chartConfig }),
]);
const displayName = z.string().trim().min(1).max(200);
const linkType = z.string().trim().min(1).max(100);

export const networkContract = {
  /** Code-by-code co-occurrence: pairs of co-occurring codings, documents and c-coefficients. */
  'cooccurrence.table': {
    input: z.object(cooccurrenceOptions),
    output: out<CooccurrenceTable>(),
  },
  /** The pairs of excerpts behind one co-occurrence cell, with document and page. */
  'cooccurrence.excerpts': {
    input: z.object({ codeA: id, codeB: id, ...cooccurrenceOptions }),
    output: out<CooccurrenceExcerptPair[]>(),
  },
  'codeLinks.list': { input: z.object({}), output: out<CodeLink[]>() },
  /** Draws a typed link (e.g. "leads to") from one code to another; undoable. */
  'codeLinks.create': {
    input: z.object({
      sourceCodeId: id,
      targetCodeId: id,
      type: linkType,
      note: z.string().max(5000).optional(),
    }),
    output: out<CodeLink>(),
  },
  'codeLinks.update': {
    input: z.object({ id, type: linkType.optional(), note: z.string().max(5000).optional() }),
    output: out<CodeLink>(),
  },
  'codeLinks.delete': { input: z.object({ id }), output: z.null() },
  /** A network of codes: placed nodes, co-occurrence edges and drawn links. */
  'network.graph': { input: networkConfig, output: out<NetworkGraph>() },
  /** A fresh automatic (force-directed) layout of the network's codes, deterministic by seed. */
  'network.layout': {
    input: z.object({ config: networkConfig, seed: z.number().int().optional() }),
    output: out<Record<string, Point>>(),
  },
  /** Code frequency (codings or documents) by document, case or variable value. */
  'charts.frequency': { input: chartConfig, output: out<FrequencyChart>() },
  /** Saved co-occurrence tables, networks and charts, newest first. */
  'networkDisplays.list': { input: z.object({}), output: out<NetworkDisplay[]>() },
  'networkDisplays.get': { input: z.object({ id }), output: out<NetworkDisplay>() },
  /** Saves a new display, or (with id) its new name and settings, e.g. a network's layout. */
  'networkDisplays.save': {
    input: z.intersection(displaySpec, z.object({ id: id.optional(), name: displayName })),
    output: out<NetworkDisplay>(),
  },
  'networkDisplays.delete': { input: z.object({ id }), output: z.null() },
  /** A display (as shown, saved or not) as CSV or XLSX of its table, or SVG of its picture. */
  'networkDisplays.export': {
    input: z.intersection(
      displaySpec,
      z.object({
        name: displayName,
        format: z.enum(['csv', 'xlsx', 'svg']),
        language: z.enum(['en', 'id']).default('en'),
      }),
    ),
    output: out<ExportedFile>(),
  },
} as const;
