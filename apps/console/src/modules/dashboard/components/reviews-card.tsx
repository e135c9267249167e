import { REPORT_FORMATS, type ReviewKindCode } from '@ascc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { useCan } from '../../auth/hooks/use-can';
import { type ReportFormat, exportReview, freezeReview, listReviews, reviewKeys } from '../api/reporting.api';
import '../messages';

const FORMAT_LABEL = {
  xlsx: 'reporting.exportXlsx',
  docx: 'reporting.exportDocx',
  pdf: 'reporting.exportPdf',
} as const satisfies Record<ReportFormat, string>;

const KINDS: { kind: ReviewKindCode; label: 'reporting.freezeMidTerm' | 'reporting.freezeFinal' }[] = [
  { kind: 'mid-term', label: 'reporting.freezeMidTerm' },
  { kind: 'final', label: 'reporting.freezeFinal' },
];

/**
 * The frozen mid-term (2020) and final (2025) reviews: each exported exactly as frozen, and (for the
 * coordinator) the action that freezes one, after a confirmation.
 */
export function ReviewsCard() {
  const t = useT();
  const lang = useLang();
  const queryClient = useQueryClient();
  const mayFreeze = useCan('reporting.review.freeze').allowed;
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const reviews = useQuery({ queryKey: reviewKeys.all, queryFn: ({ signal }) => listReviews(signal) });
  const freeze = useMutation({
    mutationFn: freezeReview,
    onSuccess: () => {
      setError(undefined);
      return queryClient.invalidateQueries({ queryKey: reviewKeys.all });
    },
    onError: (e: unknown) => setError(errorText(e, t)),
  });
  const frozen = new Set((reviews.data?.items ?? []).map((r) => r.kind));
  const download = async (id: string, format: ReportFormat) => {
    setBusy(`${id}-${format}`);
    try {
      await exportReview(id, format);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Card
      title={t('reporting.reviews')}
      data-testid="reviews"
      extra={
        mayFreeze && (
          <Space wrap>
            {KINDS.filter(({ kind }) => !frozen.has(kind)).map(({ kind, label }) => (
              <Popconfirm
                key={kind}
                title={t('reporting.freezeConfirm')}
                onConfirm={() => freeze.mutateAsync(kind).catch(() => undefined)}
              >
                <Button
                  loading={freeze.isPending && freeze.variables === kind}
                  data-testid={`review-freeze-${kind}`}
                >
                  {t(label)}
                </Button>
              </Popconfirm>
            ))}
          </Space>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('reporting.reviewsHint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(undefined)} />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={reviews.isLoading}
        dataSource={reviews.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('reporting.noReviews')} /> }}
        columns={[
          { title: t('reporting.reviews'), render: (_, r) => t(`reporting.review.${r.kind}`) },
          { title: t('reporting.reviewYears'), render: (_, r) => `${r.yearFrom}–${r.yearTo}` },
          { title: t('reporting.frozenAt'), render: (_, r) => formatDateTime(r.frozenAt, lang) },
          { title: t('reporting.frozenBy'), render: (_, r) => r.frozenBy ?? '—' },
          { title: t('reporting.reviewReports'), render: (_, r) => `${r.submitted}/${r.expected}` },
          {
            title: '',
            render: (_, r) => (
              <Space>
                {REPORT_FORMATS.map((format) => (
                  <Button
                    key={format}
                    size="small"
                    loading={busy === `${r.id}-${format}`}
                    onClick={() => download(r.id, format)}
                    data-testid={`review-export-${format}-${r.kind}`}
                  >
                    {t(FORMAT_LABEL[format])}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
