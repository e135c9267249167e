import { Button } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/language';
import type { MessageKey } from '../../../i18n/translate';
import { errorText } from '../../../shared/error-text';
import { type ReportFormat, exportProvinceReport } from '../api/reporting.api';
import '../messages';

/** The province report's export buttons, one per format (the journeys find them by these test ids). */
const EXPORT_BUTTONS: Record<ReportFormat, { testId: string; label: MessageKey }> = {
  xlsx: { testId: 'province-report-export', label: 'reporting.exportProvince' },
  docx: { testId: 'province-report-docx', label: 'reporting.exportProvinceDocx' },
  pdf: { testId: 'province-report-pdf', label: 'reporting.exportProvincePdf' },
};

/**
 * The button that downloads the province's report for the year in one format; the page shows one per
 * format (each its own item of the toolbar), and a failure goes to onError.
 */
export function ProvinceReportExportButton(props: {
  format: ReportFormat;
  year: number;
  onError: (text: string) => void;
}) {
  const t = useT();
  const { format } = props;
  const [exporting, setExporting] = useState(false);
  return (
    <Button
      data-testid={EXPORT_BUTTONS[format].testId}
      loading={exporting}
      onClick={async () => {
        setExporting(true);
        try {
          await exportProvinceReport(props.year, format);
        } catch (e) {
          props.onError(errorText(e, t));
        } finally {
          setExporting(false);
        }
      }}
    >
      {t(EXPORT_BUTTONS[format].label)}
    </Button>
  );
}
