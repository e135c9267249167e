import type { ActivityLink } from '@ascc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Select, Space } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { searchActivities } from '../api/budget-estimates.api';

type Kind = 'training-course' | 'cultural-event';

/**
 * Picks the course or event a line funds, from the owning service's list of the agency's own records
 * (the budget service checks it again over NATS when the line is saved).
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
        style={{ width: 120 }}
        value={kind}
        onChange={(k) => {
          setKind(k);
          onChange(undefined);
        }}
        options={[
          { value: 'cultural-event', label: t('budget.activity.cultural-event') },
          { value: 'training-course', label: t('budget.activity.training-course') },
        ]}
      />
      <Select<string>
        data-testid="activity-select"
        aria-label={t('budget.line.activity')}
        style={{ width: 'calc(100% - 120px)' }}
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
