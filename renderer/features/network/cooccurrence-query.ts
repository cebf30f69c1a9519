import type { Input } from '../../../core/api/contract';
import type { CooccurrenceConfig } from './display-types';

/** The co-occurrence options of a config: everything but the measure shown. */
export function cooccurrenceQuery(config: CooccurrenceConfig): Input<'cooccurrence.table'> {
  const query: Input<'cooccurrence.table'> = {};
  if (config.proximity !== undefined) query.proximity = config.proximity;
  if (config.codeIds !== undefined) query.codeIds = config.codeIds;
  if (config.documentIds !== undefined) query.documentIds = config.documentIds;
  if (config.caseIds !== undefined) query.caseIds = config.caseIds;
  if (config.coderIds !== undefined) query.coderIds = config.coderIds;
  return query;
}
