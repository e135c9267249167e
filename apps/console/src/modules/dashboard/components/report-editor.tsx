import type { PlanIndicator, TaskProgress, YearlyReport, YearlyReportIndicator } from '@ascc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Flex, Input, Modal, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { DecimalInput, type NumberValue } from '../../../shared/form/controls';
import { indicatorKeys, listIndicators } from '../api/reporting.api';
import { formatIndicatorValue } from './indicator-format';
import { stackOnPhone, usePhone } from './phone-table';
import { type EditedTask, ReportTasks, reportTaskLines, savedTasks, useReportTasks } from './report-tasks';
import { ReportFigures } from './report-content';
import { reportTitle } from './yearly-report-format';
import '../messages';

export interface ReportFields {
  narrative: string;
  difficulties: string;
  proposals: string;
  indicators: YearlyReportIndicator[];
  /** Absent until the tasks have loaded: the service then keeps the report's as they are. */
  tasks?: TaskProgress[];
}

/** A catalogue indicator's line as the form edits it: the stored line's every field, kept. */
interface EditedLine {
  indicator: PlanIndicator;
  line: YearlyReportIndicator;
  actual: NumberValue;
  stored: boolean;
}

/** The target that applies to the report's year: the first in or after it, else the last. */
function targetFor(indicator: PlanIndicator, year: number): number | null {
  const target = indicator.targets.find((x) => x.year >= year) ?? indicator.targets.at(-1);
  return target && target.value >= 0 ? target.value : null;
}

/**
 * The report's indicator lines: one per reported indicator of the report's area (its stored line if it
 * has one, else a new one), and the stored lines of no such indicator (free text, or since removed
 * from the catalogue), which the form shows and saves as they are.
 */
export function reportIndicatorLines(report: YearlyReport, catalogue: readonly PlanIndicator[]) {
  const listed = catalogue.filter((i) => i.method === 'reported' && i.planArea === report.planArea);
  const codes = new Set(listed.map((i) => i.code));
  const lines: EditedLine[] = listed.map((indicator) => {
    const stored = report.indicators.find((l) => l.code === indicator.code);
    const line = stored ?? {
      code: indicator.code,
      name: indicator.nameVi,
      target: targetFor(indicator, report.year),
      actual: null,
    };
    return { indicator, line, actual: line.actual, stored: Boolean(stored) };
  });
  const others = report.indicators.filter((l) => !l.code || !codes.has(l.code));
  return { lines, others };
}

/** What the form saves: every stored line (its fields the form did not show kept), and new lines given a value. */
export function savedIndicators(
  lines: EditedLine[],
  others: YearlyReportIndicator[],
): YearlyReportIndicator[] {
  const edited = lines
    .filter((l) => l.stored || l.actual !== null || l.line.source || l.line.comment)
    .map((l) => {
      const { source, comment, ...rest } = l.line;
      return {
        ...rest,
        // Text that is no number goes as typed: the contract refuses it beside the field.
        actual: l.actual as number | null,
        ...(source ? { source } : {}),
        ...(comment ? { comment } : {}),
      };
    });
  return [...edited, ...others];
}

/**
 * A draft or returned report edited by its agency: its figures shown above (they come from the read
 * model), the reported indicators of its area listed with their value, source and comment, and its text.
 */
export function ReportEditor(props: {
  report?: YearlyReport;
  saving: boolean;
  onCancel: () => void;
  onSave: (fields: ReportFields) => void;
}) {
  const t = useT();
  const phone = usePhone();
  const lang = useLang();
  const [fields, setFields] = useState({ narrative: '', difficulties: '', proposals: '' });
  const [lines, setLines] = useState<EditedLine[]>();
  const [shown, setShown] = useState<string>();
  const [taskLines, setTaskLines] = useState<EditedTask[]>();
  const tasks = useReportTasks(props.report);
  const query = { planArea: props.report?.planArea, method: 'reported' as const };
  const catalogue = useQuery({
    queryKey: indicatorKeys.list(query),
    queryFn: ({ signal }) => listIndicators(query, signal),
    enabled: Boolean(props.report),
  });
  const key = props.report ? `${props.report.id}:${props.report.version}` : undefined;
  // Closed: the next opening starts from the report as it is then, never from this one's edits.
  if (!props.report && shown !== undefined) setShown(undefined);
  if (props.report && shown !== key) {
    setShown(key);
    setLines(undefined);
    setTaskLines(undefined);
    setFields({
      narrative: props.report.narrative,
      difficulties: props.report.difficulties,
      proposals: props.report.proposals,
    });
  }
  const r = props.report;
  const built = r && catalogue.data ? reportIndicatorLines(r, catalogue.data.items) : undefined;
  const editing = lines ?? built?.lines;
  const change = (code: string, next: { actual?: NumberValue; line?: Partial<YearlyReportIndicator> }) =>
    setLines(
      (editing ?? []).map((l) =>
        l.indicator.code === code
          ? {
              ...l,
              ...('actual' in next ? { actual: next.actual as NumberValue } : {}),
              line: { ...l.line, ...next.line },
            }
          : l,
      ),
    );
  const editedTasks = taskLines ?? (r && tasks.data ? reportTaskLines(r, tasks.data.items) : undefined);
  const changeTask = (code: string, next: Partial<TaskProgress>) =>
    setTaskLines(
      (editedTasks ?? []).map((l) =>
        l.task.code === code ? { ...l, changed: true, progress: { ...l.progress, ...next } } : l,
      ),
    );
  const save = () => {
    // Until the catalogue has loaded the report's stored indicators are not in the form: sent as they are.
    const indicators = editing && built ? savedIndicators(editing, built.others) : r?.indicators;
    props.onSave({
      ...fields,
      indicators: indicators ?? [],
      ...(editedTasks && r ? { tasks: savedTasks(editedTasks, r) } : {}),
    });
  };
  return (
    <Modal
      open={Boolean(r)}
      width={900}
      title={r ? reportTitle(r, lang) : ''}
      okText={t('reporting.save')}
      confirmLoading={props.saving}
      onCancel={props.onCancel}
      onOk={save}
    >
      {r && (
        <Flex vertical gap="small">
          {r.reviewComment && <Alert type="warning" showIcon title={r.reviewComment} />}
          <ReportFigures report={r} column={phone ? 1 : 2} />
          <Typography.Text strong>{t('indicator.reportSection')}</Typography.Text>
          <Typography.Text type="secondary">{t('indicator.reportHint')}</Typography.Text>
          {catalogue.isPending && <Skeleton active />}
          {catalogue.isError && <Alert type="warning" showIcon title={t('indicator.loadError')} />}
          {editing && (
            <Table<EditedLine>
              size="small"
              data-testid="report-indicators"
              rowKey={(l) => l.indicator.code}
              pagination={false}
              locale={{ emptyText: t('indicator.empty') }}
              dataSource={editing}
              columns={stackOnPhone<EditedLine>(phone, [
                {
                  key: 'name',
                  title: t('indicator.name'),
                  render: (_, l) => (
                    <Flex vertical style={{ minWidth: phone ? 0 : 180 }}>
                      <span>
                        {l.indicator.code} · {lang === 'vi' ? l.indicator.nameVi : l.indicator.nameEn}
                      </span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t(`indicator.unit.${l.indicator.unit}`)}
                        {l.line.target !== null &&
                          ` · ${t('indicator.target')} ${formatIndicatorValue(l.line.target, l.indicator.unit, lang)}`}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                {
                  key: 'actual',
                  title: t('indicator.value'),
                  width: 120,
                  render: (_, l) => (
                    <DecimalInput
                      aria-label={`${l.indicator.code} ${t('indicator.value')}`}
                      data-testid={`report-indicator-value-${l.indicator.code}`}
                      value={l.actual}
                      onChange={(actual) => change(l.indicator.code, { actual })}
                    />
                  ),
                },
                {
                  key: 'source',
                  title: t('indicator.source'),
                  render: (_, l) => (
                    <Input
                      aria-label={`${l.indicator.code} ${t('indicator.source')}`}
                      data-testid={`report-indicator-source-${l.indicator.code}`}
                      value={l.line.source ?? ''}
                      maxLength={500}
                      onChange={(e) => change(l.indicator.code, { line: { source: e.target.value } })}
                    />
                  ),
                },
                {
                  key: 'comment',
                  title: t('indicator.comment'),
                  render: (_, l) => (
                    <Input
                      aria-label={`${l.indicator.code} ${t('indicator.comment')}`}
                      data-testid={`report-indicator-comment-${l.indicator.code}`}
                      value={l.line.comment ?? ''}
                      maxLength={2000}
                      onChange={(e) => change(l.indicator.code, { line: { comment: e.target.value } })}
                    />
                  ),
                },
              ])}
            />
          )}
          {built && built.others.length > 0 && (
            <Descriptions
              size="small"
              column={1}
              bordered
              title={t('indicator.otherLines')}
              items={built.others.map((l, i) => ({
                key: String(i),
                label: l.name,
                children: `${l.actual === null ? '—' : formatNumber(l.actual, lang)} / ${
                  l.target === null ? '—' : formatNumber(l.target, lang)
                }`,
              }))}
            />
          )}
          <ReportTasks
            lines={editedTasks}
            loading={tasks.isPending}
            failed={tasks.isError}
            onChange={changeTask}
          />
          {(['narrative', 'difficulties', 'proposals'] as const).map((name) => (
            <Input.TextArea
              key={name}
              aria-label={t(`reporting.${name}`)}
              placeholder={t(`reporting.${name}`)}
              rows={name === 'narrative' ? 6 : 3}
              value={fields[name]}
              onChange={(e) => setFields({ ...fields, [name]: e.target.value })}
            />
          ))}
        </Flex>
      )}
    </Modal>
  );
}
