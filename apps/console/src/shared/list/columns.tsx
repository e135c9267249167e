import { type Lang, agencyLabel, planAreaLabel } from '@ascc/catalog';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnType } from 'antd';
import { formatDateRange, formatDateTime, formatMoney, formatNumber } from '../../format/format';
import type { Translate } from '../../i18n/translate';

/** Column builders the four lists share, so an agency or an amount looks the same everywhere. */

export function agencyColumn<T extends { agencyCode: string }>(
  t: Translate,
  lang: Lang,
  title: string = t('field.agencyCode'),
): TableColumnType<T> {
  return {
    key: 'agencyCode',
    title,
    dataIndex: 'agencyCode',
    width: 200,
    render: (code: string) => agencyLabel(code, lang),
  };
}

export function planAreaColumn<T extends { planArea: string }>(t: Translate, lang: Lang): TableColumnType<T> {
  return {
    key: 'planArea',
    title: t('field.planArea'),
    dataIndex: 'planArea',
    render: (code: string) => (
      <Tooltip title={planAreaLabel(code, lang)}>
        <Tag>{code}</Tag>
      </Tooltip>
    ),
  };
}

/** Records carry both titles; the reader's language comes first. */
export function bilingualTitleColumn<T extends { titleVi: string; titleEn: string }>(
  t: Translate,
  lang: Lang,
): TableColumnType<T> {
  return {
    key: 'titleVi',
    title: t('field.title'),
    width: 300,
    render: (_, record) => {
      const [main, other] =
        lang === 'en' ? [record.titleEn, record.titleVi] : [record.titleVi, record.titleEn];
      return (
        <Flex vertical>
          <Typography.Text strong>{main}</Typography.Text>
          <Typography.Text type="secondary">{other}</Typography.Text>
        </Flex>
      );
    },
  };
}

export function dateRangeColumn<T extends { startDate: string; endDate: string }>(
  t: Translate,
  lang: Lang,
): TableColumnType<T> {
  return {
    key: 'startDate',
    title: t('field.dates'),
    width: 190,
    render: (_, record) => (
      <span style={{ whiteSpace: 'nowrap' }}>{formatDateRange(record.startDate, record.endDate, lang)}</span>
    ),
  };
}

export function moneyColumn<T>(name: keyof T & string, title: string, lang: Lang): TableColumnType<T> {
  return {
    key: name,
    title,
    dataIndex: name,
    align: 'right',
    render: (value?: number) => <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(value, lang)}</span>,
  };
}

export function numberColumn<T>(name: keyof T & string, title: string, lang: Lang): TableColumnType<T> {
  return {
    key: name,
    title,
    dataIndex: name,
    align: 'right',
    render: (value?: number) => (value === undefined ? '' : formatNumber(value, lang)),
  };
}

export function statusColumn<T extends { status: S }, S extends string>(
  t: Translate,
  labelOf: (status: S) => string,
  colors: Partial<Record<S, string>>,
): TableColumnType<T> {
  return {
    key: 'status',
    title: t('field.status'),
    dataIndex: 'status',
    width: 160,
    render: (status: S) => (
      <Tag color={colors[status]} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
        {labelOf(status)}
      </Tag>
    ),
  };
}

export function createdAtColumn<T extends { createdAt: string }>(
  t: Translate,
  lang: Lang,
): TableColumnType<T> {
  return {
    key: 'createdAt',
    title: t('field.createdAt'),
    dataIndex: 'createdAt',
    render: (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(value, lang)}</span>,
  };
}
