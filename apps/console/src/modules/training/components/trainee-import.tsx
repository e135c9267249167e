import type { Lang } from '@ascc/catalog';
import {
  type FileUpload,
  type ImportReport,
  type ImportRowReport,
  MAX_FILE_BYTES,
  MAX_IMPORT_ROWS,
  TRAINEE_IMPORT_COLUMNS,
  TRAINEE_IMPORT_HEADERS,
  TRAINEE_IMPORT_VALUE_LABELS,
} from '@ascc/contracts';
import { Alert, Button, Flex, Modal, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import type { Translate } from '../../../i18n/translate';
import { translateIssue } from '../../../i18n/validation';
import { errorText } from '../../../shared/error-text';
import { downloadTraineeTemplate } from '../api/training-courses.api';
import { useImportTrainees } from '../hooks/use-training-courses';
import '../messages';

type Column = (typeof TRAINEE_IMPORT_COLUMNS)[number];
const isColumn = (field: string): field is Column =>
  (TRAINEE_IMPORT_COLUMNS as readonly string[]).includes(field);

/** A column as the file heads it, in the reader's language (required ones starred, as in the template). */
function header(column: Column, lang: Lang): string {
  const { required } = TRAINEE_IMPORT_HEADERS[column];
  return required ? `${TRAINEE_IMPORT_HEADERS[column][lang]} *` : TRAINEE_IMPORT_HEADERS[column][lang];
}

/**
 * One refused cell in the reader's language: the column's header, then what is wrong with it; for an
 * enumerated column that was not understood, the labels it takes.
 */
export function reasonText(reason: ImportRowReport['reasons'][number], lang: Lang, t: Translate): string {
  const text = translateIssue(
    { path: reason.field, code: reason.code, message: reason.message, params: reason.params },
    lang,
  );
  if (!isColumn(reason.field)) return text;
  const labels =
    reason.params?.rule === 'importOption' && Object.hasOwn(TRAINEE_IMPORT_VALUE_LABELS, reason.field)
      ? Object.values(
          TRAINEE_IMPORT_VALUE_LABELS[reason.field as keyof typeof TRAINEE_IMPORT_VALUE_LABELS],
        ).map((label) => label[lang])
      : [];
  const options = labels.length ? ` (${t('training.import.options', { options: labels.join(', ') })})` : '';
  return `${TRAINEE_IMPORT_HEADERS[reason.field][lang]}: ${text}${options}`;
}

async function toUpload(file: File): Promise<FileUpload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentType: file.type || 'application/octet-stream', base64: btoa(binary) };
}

/**
 * Import in two steps, all or nothing: the file is first checked (nothing written) and every row
 * reported; only a file whose every row is accepted can then be imported, in one transaction.
 */
export function TraineeImportButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="import-open">
        {t('training.import.open')}
      </Button>
      {open && <ImportModal onClose={() => setOpen(false)} />}
    </>
  );
}

function ImportModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const run = useImportTrainees();
  const [file, setFile] = useState<FileUpload>();
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<string>();
  const send = (upload: FileUpload, commit: boolean) =>
    run.mutateAsync({ file: upload, commit }).then(
      (r) => {
        setReport(r);
        setError(undefined);
      },
      (e: unknown) => setError(errorText(e, t)),
    );
  const canCommit = Boolean(
    file && report && !report.committed && !report.fileError && report.rejected === 0 && report.accepted > 0,
  );
  return (
    <Modal
      open
      width={900}
      title={t('training.import.title')}
      onCancel={onClose}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>
            {report?.committed ? t('training.import.close') : t('form.cancel')}
          </Button>
          <Button
            type="primary"
            disabled={!canCommit}
            loading={run.isPending}
            onClick={() => file && void send(file, true)}
            data-testid="import-commit"
          >
            {t('training.import.commit', { count: report?.accepted ?? 0 })}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text strong data-testid="import-limits">
          {t('training.import.limits', {
            size: MAX_FILE_BYTES / 1024 / 1024,
            rows: formatNumber(MAX_IMPORT_ROWS, lang),
          })}
        </Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="import-help">
          {t('training.import.help', {
            columns: TRAINEE_IMPORT_COLUMNS.map((c) => header(c, lang)).join(', '),
          })}
        </Typography.Paragraph>
        <Flex gap={8} wrap>
          <Upload
            accept=".csv,.xlsx"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(picked) => {
              // Refused here, before a byte is sent: the server would refuse it too.
              if (picked.size > MAX_FILE_BYTES) {
                setFile(undefined);
                setReport(undefined);
                setError(t('validation.fileTooLarge', { max: MAX_FILE_BYTES / 1024 / 1024 }));
                return false;
              }
              void toUpload(picked).then((upload) => {
                setFile(upload);
                setReport(undefined);
                return send(upload, false);
              });
              return false;
            }}
          >
            <Button loading={run.isPending && !report} data-testid="import-pick">
              {file ? t('training.import.another', { name: file.fileName }) : t('training.import.pick')}
            </Button>
          </Upload>
          <Button
            onClick={() =>
              void downloadTraineeTemplate(lang).catch((e: unknown) => setError(errorText(e, t)))
            }
            data-testid="import-template"
          >
            {t('training.import.template')}
          </Button>
        </Flex>
        {error && <Alert type="error" showIcon title={error} data-testid="import-error" />}
        {report?.fileError && (
          <Alert
            type="error"
            showIcon
            data-testid="import-error"
            title={report.fileIssue ? translateIssue(report.fileIssue, lang) : t('error.VALIDATION_FAILED')}
          />
        )}
        {report && !report.fileError && (
          <Alert
            data-testid="import-summary"
            type={report.committed ? 'success' : report.rejected ? 'error' : 'info'}
            showIcon
            title={
              report.committed
                ? t('training.import.written', { count: report.written })
                : report.rejected
                  ? t('training.import.rejectedSummary', {
                      accepted: report.accepted,
                      rejected: report.rejected,
                    })
                  : t('training.import.checkedSummary', { accepted: report.accepted })
            }
          />
        )}
        {report && report.rows.length > 0 && (
          <Table<ImportRowReport>
            rowKey="row"
            size="small"
            dataSource={report.rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            // The row number and the verdict stay in view beside however long the reasons are.
            scroll={{ x: 760, y: 320 }}
            tableLayout="fixed"
            data-testid="import-report"
            columns={[
              { key: 'row', title: t('training.import.row'), dataIndex: 'row', width: 64, fixed: 'left' },
              {
                key: 'accepted',
                title: t('training.import.verdict'),
                width: 110,
                fixed: 'left',
                render: (_, r) => (
                  <Tag color={r.accepted ? 'green' : 'red'}>
                    {r.accepted ? t('training.import.accepted') : t('training.import.rejected')}
                  </Tag>
                ),
              },
              {
                key: 'trainee',
                title: `${t('training.field.fullName')} · ${t('training.field.staffCode')}`,
                width: 200,
                render: (_, r) => (
                  <Flex vertical>
                    <Typography.Text>{r.fullName ?? ''}</Typography.Text>
                    <Typography.Text type="secondary">{r.staffCode ?? ''}</Typography.Text>
                  </Flex>
                ),
              },
              {
                key: 'reasons',
                title: t('training.import.problems'),
                render: (_, r) =>
                  r.reasons.length ? (
                    <ul style={{ margin: 0, paddingInlineStart: 16 }} data-testid={`import-reasons-${r.row}`}>
                      {r.reasons.map((reason, i) => (
                        <li key={i}>{reasonText(reason, lang, t)}</li>
                      ))}
                    </ul>
                  ) : null,
              },
            ]}
          />
        )}
      </Flex>
    </Modal>
  );
}
