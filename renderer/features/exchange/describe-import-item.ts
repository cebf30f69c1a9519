import type { ProjectImportReport } from '../../../core/api/contracts/exchange';
import type { I18n } from '../../i18n/LanguageProvider';

type Skipped = ProjectImportReport['skipped'][number];
type OffsetIssue = ProjectImportReport['offsetIssues'][number];
type Localize = Pick<I18n, 't' | 'number'>;

const SOURCE_KINDS = ['PictureSource', 'AudioSource', 'VideoSource'] as const;
const TYPES = ['text', 'number', 'date', 'boolean'] as const;

/** Why an item was not imported, in the UI language, from the code the import reports. */
export function describeSkip({ t }: Localize, item: Skipped): string {
  const d = item.detail;
  switch (d.code) {
    case 'unsupportedSource': {
      const kind = SOURCE_KINDS.find((k) => k === d.kind);
      return kind ? t(`exchange.skip.${kind}`) : t('exchange.skip.otherSource', { kind: d.kind });
    }
    case 'textFileMissing':
    case 'textFileOutside':
      return t(`exchange.skip.${d.code}`, { path: d.path });
    case 'duplicateText':
      return t('exchange.skip.duplicateText', { title: d.title });
    case 'invalidValue': {
      const type = TYPES.find((k) => k === d.type);
      return t('exchange.skip.invalidValue', { type: type ? t(`exchange.type.${type}`) : d.type });
    }
    default:
      return t(`exchange.skip.${d.code}`);
  }
}

/** What happened to a passage's positions, in the UI language, with localized numbers. */
export function describeIssue({ t, number }: Localize, issue: OffsetIssue): string {
  if (issue.kind !== 'clamped') {
    const text = t(`exchange.report.issue.${issue.kind}`);
    return issue.selection === '' ? `${number(issue.start)}–${number(issue.end)}: ${text}` : text;
  }
  return t('exchange.report.issue.clamped', {
    start: number(issue.start),
    end: number(issue.end),
    length: number(issue.length),
  });
}
