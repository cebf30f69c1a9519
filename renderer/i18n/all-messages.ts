import { retrievalMessages } from '../features/retrieval/messages';
import { matrixMessages } from '../features/matrix/messages';
import { networkMessages } from '../features/network/messages';
import { conclusionsMessages } from '../features/conclusions/messages';
import { agreementMessages } from '../features/agreement/messages';
import { exchangeMessages } from '../features/exchange/messages';
import { mergeMessages } from '../features/merge/messages';
import { auditMessages } from '../features/audit/messages';
import { reviewMessages } from '../features/review/messages';
import { attributesMessages } from '../features/attributes/messages';
import { codebookMessages } from '../features/codebook/messages';
import { documentViewMessages } from '../features/document-view/messages';
import { documentsMessages } from '../features/documents/messages';
import { memosMessages } from '../features/memos/messages';
import { searchMessages } from '../features/search/messages';
import { segmentDetailsMessages } from '../features/segment-details/messages';
import { workspaceMessages } from '../features/workspace/messages';
import { defineMessages, type KeysOf } from './define-messages';
import { en as appEn } from './en';
import { id as appId } from './id';
import type { Language } from './languages';

const features = [
  defineMessages(appEn, appId),
  workspaceMessages,
  documentsMessages,
  documentViewMessages,
  codebookMessages,
  memosMessages,
  searchMessages,
  segmentDetailsMessages,
  attributesMessages,
  retrievalMessages,
  matrixMessages,
  networkMessages,
  conclusionsMessages,
  agreementMessages,
  exchangeMessages,
  mergeMessages,
  reviewMessages,
  auditMessages,
] as const;

/** Every message key of the app: the shell's catalogue plus each feature's own. */
export type MessageKey = keyof typeof appEn | KeysOf<(typeof features)[number]>;

function merge(language: Language): Record<MessageKey, string> {
  const base: Record<string, string> = {};
  for (const feature of features) Object.assign(base, feature[language]);
  return base;
}

export const catalogues: Record<Language, Record<MessageKey, string>> = {
  en: merge('en'),
  id: merge('id'),
};
