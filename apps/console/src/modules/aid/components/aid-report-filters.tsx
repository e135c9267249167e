import { PLAN_AREAS, SECTORS, pickLabel, planAreaLabel } from '@ascc/catalog';
import { AID_REPORT_DIMENSIONS, type AidReportDimension, type AidReportQuery } from '@ascc/contracts';
import { Flex, Select } from 'antd';
import { useLang, useT } from '../../../i18n/language';
import { YearInput, countryOptions, districtOptions } from '../../../shared/form/controls';
import '../messages';

/** The aid report's filter bar: grouping, years, donor group and country, sector, plan area, district. */
export function AidReportFilters(props: {
  query: AidReportQuery;
  groupBy: AidReportDimension[];
  update: (patch: Record<string, string | undefined>) => void;
}) {
  const t = useT();
  const lang = useLang();
  const { query, groupBy, update } = props;
  return (
    <Flex wrap gap="small" role="search">
      <Select
        mode="multiple"
        aria-label={t('aid.reports.groupBy')}
        data-testid="report-groupBy"
        style={{ minWidth: 260 }}
        maxCount={3}
        value={groupBy}
        options={AID_REPORT_DIMENSIONS.map((d) => ({ value: d, label: t(`aid.dim.${d}`) }))}
        onChange={(value: string[]) => update({ groupBy: value.length ? value.join(',') : undefined })}
      />
      <YearInput
        style={{ width: 130 }}
        aria-label={t('aid.reports.yearFrom')}
        placeholder={t('aid.reports.yearFrom')}
        value={(query.yearFrom as number | undefined) ?? null}
        onChange={(v) => update({ yearFrom: typeof v === 'number' ? String(v) : undefined })}
      />
      <YearInput
        style={{ width: 130 }}
        aria-label={t('aid.reports.yearTo')}
        placeholder={t('aid.reports.yearTo')}
        value={(query.yearTo as number | undefined) ?? null}
        onChange={(v) => update({ yearTo: typeof v === 'number' ? String(v) : undefined })}
      />
      <Select
        allowClear
        aria-label={t('aid.reports.donorGroup')}
        placeholder={t('aid.reports.donorGroup')}
        style={{ minWidth: 160 }}
        value={query.donorGroup}
        options={[
          { value: 'asean', label: t('aid.reports.donorGroup.asean') },
          { value: 'other', label: t('aid.reports.donorGroup.other') },
        ]}
        onChange={(v?: string) => update({ donorGroup: v })}
      />
      <Select
        allowClear
        showSearch
        aria-label={t('aid.dim.country')}
        placeholder={t('aid.dim.country')}
        style={{ minWidth: 160 }}
        value={query.donorCountryCode}
        options={countryOptions(lang)}
        optionFilterProp="label"
        onChange={(v?: string) => update({ donorCountryCode: v })}
      />
      <Select
        allowClear
        showSearch
        aria-label={t('aid.dim.sector')}
        placeholder={t('aid.dim.sector')}
        style={{ minWidth: 200 }}
        popupMatchSelectWidth={false}
        value={query.sectorCode}
        options={SECTORS.map((s) => ({ value: s.code, label: `${s.code} · ${pickLabel(s, lang)}` }))}
        optionFilterProp="label"
        onChange={(v?: string) => update({ sectorCode: v })}
      />
      <Select
        allowClear
        aria-label={t('aid.dim.planArea')}
        placeholder={t('aid.dim.planArea')}
        style={{ minWidth: 160 }}
        popupMatchSelectWidth={false}
        value={query.planArea}
        options={PLAN_AREAS.map((a) => ({
          value: a.code,
          label: `${a.code} · ${planAreaLabel(a.code, lang)}`,
        }))}
        onChange={(v?: string) => update({ planArea: v })}
      />
      <Select
        allowClear
        aria-label={t('aid.dim.district')}
        placeholder={t('aid.dim.district')}
        style={{ minWidth: 160 }}
        value={query.districtCode}
        options={districtOptions(lang)}
        onChange={(v?: string) => update({ districtCode: v })}
      />
    </Flex>
  );
}
