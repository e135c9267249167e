import { type AidReportDimension, type AidReportQuery, AidReportQuerySchema } from '@ascc/contracts';
import { Alert, Button, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { FailLocal } from '../../../shared/fail-local';
import { downloadAidReport, downloadIati } from '../api/aid.api';
import { AidReportCard } from '../components/aid-report-card';
import { AidReportFilters } from '../components/aid-report-filters';
import { DelegationReportCard } from '../components/delegation-report-card';
import { useAidReport } from '../hooks/use-aid';
import '../messages';

/** The report's filter lives in the URL, so a link reproduces it and the exports take the same one. */
function useReportQuery(): [AidReportQuery, (patch: Record<string, string | undefined>) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Object.fromEntries(params.entries());
  const parsed = AidReportQuerySchema.safeParse(raw);
  const query: AidReportQuery = parsed.success ? parsed.data : { groupBy: ['year'] };
  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };
  return [query, update];
}

export default function ReportsPage() {
  const t = useT();
  const [query, update] = useReportQuery();
  const report = useAidReport(query);
  const delegationQuery = { yearFrom: query.yearFrom, yearTo: query.yearTo };
  const [downloadError, setDownloadError] = useState<string>();
  const groupBy = (query.groupBy ?? ['year']) as AidReportDimension[];

  const download = async (run: () => Promise<unknown>) => {
    setDownloadError(undefined);
    try {
      await run();
    } catch (error) {
      setDownloadError(errorText(error, t));
    }
  };

  return (
    <Flex vertical gap="middle" data-testid="aid-reports">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('aid.reports.title')}
      </Typography.Title>
      <AidReportFilters query={query} groupBy={groupBy} update={update} />
      <Space wrap>
        <Button onClick={() => void download(() => downloadAidReport(query, 'csv'))} data-testid="export-csv">
          {t('aid.reports.exportCsv')}
        </Button>
        <Button
          onClick={() => void download(() => downloadAidReport(query, 'xlsx'))}
          data-testid="export-xlsx"
        >
          {t('aid.reports.exportXlsx')}
        </Button>
        <Button
          type="primary"
          onClick={() =>
            void download(() =>
              downloadIati({
                donorCountryCode: query.donorCountryCode,
                sectorCode: query.sectorCode,
                districtCode: query.districtCode,
              }),
            )
          }
          data-testid="export-iati"
        >
          {t('aid.reports.exportIati')}
        </Button>
      </Space>
      {downloadError && <Alert type="error" showIcon title={downloadError} />}
      {report.isError && <Alert type="error" showIcon title={errorText(report.error, t)} />}

      <FailLocal testId="aid-report-error" title={t('aid.reports.aid')}>
        <AidReportCard report={report} groupBy={groupBy} />
      </FailLocal>

      <FailLocal testId="delegation-report-error" title={t('aid.reports.delegations')}>
        <DelegationReportCard query={delegationQuery} download={download} />
      </FailLocal>
    </Flex>
  );
}
