import type { ActivityLink, FundedActivityKind } from '@ascc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Select, Space } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { searchActivities } from '../api/budget-estimates.api';
import '../messages';

type Kind = FundedActivityKind;

/** The kinds in the order the picker offers them: the province's most common first. */
const KINDS: readonly Kind[] = ['cultural-event', 'training-course', 'aid-project', 'delegation'];

/**
 * Picks the course, event, aid project or delegation a line funds, from the owning service's list of
 * the agency's own records (the budget service checks it again over NATS when the line is saved).
 */
export function ActivityPicker({
  agencyCode,
  value,
  label,
  onChange,
}: {
  agencyCode: string;
  value?: ActivityLink;
  label?: string;
  onChange: (link: ActivityLink | undefined, label?: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const [kind, setKind] = useState<Kind>((value?.kind as Kind | undefined) ?? 'cultural-event');
  const [q, setQ] = useState('');
  const options = useQuery({
    queryKey: ['budget', 'activities', kind, agencyCode, q, lang],
    queryFn: ({ signal }) => searchActivities(kind, agencyCode, q, lang, signal),
  });
  const known =
    value && label && !options.data?.some((o) => o.value === value.id) ? [{ value: value.id, label }] : [];
  return (
    <Space.Compact style={{ width: '100%', maxWidth: 440 }}>
      <Select<Kind>
        aria-label={t('budget.line.activityKind')}
        style={{ width: 140 }}
        value={kind}
        onChange={(k) => {
          setKind(k);
          onChange(undefined);
        }}
        options={KINDS.map((k) => ({ value: k, label: t(`budget.activity.${k}`) }))}
      />
      <Select<string>
        data-testid="activity-select"
        aria-label={t('budget.line.activity')}
        style={{ width: 'calc(100% - 140px)' }}
        allowClear
        showSearch
        filterOption={false}
        onSearch={setQ}
        loading={options.isFetching}
        value={value?.id}
        placeholder={t('budget.line.activity')}
        options={[...known, ...(options.data ?? [])]}
        onChange={(id, option) =>
          onChange(id ? { kind, id } : undefined, (option as { label?: string } | undefined)?.label)
        }
      />
    </Space.Compact>
  );
}
