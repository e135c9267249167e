import type { PlanRecordKind } from '@ascc/contracts';
import { Alert } from 'antd';
import { ApiError } from '../../../api/api-error';
import { useLang, useT } from '../../../i18n/language';
import type { MessageKey } from '../../../i18n/translate';
import { translateIssue } from '../../../i18n/validation';
import { LocalError } from '../../../shared/fail-local';
import '../messages';

/** The label of a records filter, as the filter bar shows it. */
export function filterLabelKey(name: string, kind: PlanRecordKind): MessageKey {
  switch (name) {
    case 'kind':
      return 'reporting.records.kind';
    case 'year':
    case 'phase':
      return 'reporting.period';
    case 'planArea':
      return 'field.planArea';
    case 'agencyCode':
      return 'field.agencyCode';
    case 'level':
      return 'field.targetLevel';
    case 'countryCode':
      return 'field.countryCode';
    case 'sectorCode':
      return 'reporting.sector';
    case 'type':
      return kind === 'delegation' ? 'reporting.direction' : 'field.type';
    case 'fundingSource':
      return 'field.fundingSource';
    case 'q':
      return 'list.searchLabel';
    default:
      return 'reporting.records.filter';
  }
}

/** The filters a 400 named (the controls mark themselves with it). */
export function refusedFilters(error: unknown): Set<string> {
  if (!(error instanceof ApiError) || error.status !== 400) return new Set();
  return new Set(error.fields.map((f) => f.path.split('.')[0]));
}

/**
 * Why the records did not load, beside the filters: a refused filter by its label and the server's
 * reason in the reader's language; anything else as the usual error, with a retry.
 */
export function RecordsError(props: { error: unknown; kind: PlanRecordKind; onRetry: () => void }) {
  const t = useT();
  const lang = useLang();
  const { error } = props;
  if (error instanceof ApiError && error.status === 400 && error.fields.length > 0) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="records-filter-error"
        title={t('reporting.records.filterError')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {error.fields.map((field) => (
              <li key={`${field.path}-${field.code}`}>
                {t(filterLabelKey(field.path.split('.')[0], props.kind))}:{' '}
                {translateIssue({ ...field, path: field.path }, lang)}
              </li>
            ))}
          </ul>
        }
      />
    );
  }
  return (
    <LocalError
      testId="records-error"
      title={t('reporting.records.loadError')}
      error={error}
      onRetry={props.onRetry}
    />
  );
}
