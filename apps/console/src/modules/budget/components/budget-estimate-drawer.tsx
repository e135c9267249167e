import {
  type BudgetEstimate,
  type BudgetLine,
  type BudgetLineInput,
  BudgetLineInputSchema,
  type BudgetReviewDecision,
  LineReviewSchema,
  diffBudgetVersions,
} from '@ascc/contracts';
import { fundingSourceLabel, planAreaLabel } from '@ascc/catalog';
import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Input,
  Popconfirm,
  Result,
  Select,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  message,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { formatDate, formatDateTime, formatDecimal, formatMoney } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { ApiError } from '../../../api/api-error';
import { translateIssue } from '../../../i18n/validation';
import { errorText } from '../../../shared/error-text';
import {
  CellNumberInput,
  type NumberValue,
  fundingSourceOptions,
  planAreaOptions,
} from '../../../shared/form/controls';
import { numberFieldError } from '../../../shared/form/form-values';
import { useConfirmDiscard } from '../../../shared/form/confirm-discard';
import { ActivityPicker } from './activity-picker';
import {
  useBudgetEstimate,
  useBudgetVersions,
  useReviewBudgetEstimate,
  useSubmitBudgetEstimate,
  useUpdateBudgetEstimate,
} from '../hooks/use-budget-estimates';

/** A line being edited: its quantity and unit cost as typed, until the contract's check lets them go. */
type Row = Omit<BudgetLineInput, 'quantity' | 'unitCost'> & {
  quantity: NumberValue;
  unitCost: NumberValue;
  key: string;
  amount: number;
  reviewComment?: string | null;
  flag?: string | null;
  activityLabel?: string;
};

const toRow = (line: BudgetLine): Row => ({ ...line, key: line.id });
/** A typed figure that is a number, or 0 while it is none (the total shown as the user types). */
const figure = (value: NumberValue | undefined) => (typeof value === 'number' ? value : 0);
const requestedOf = (r: Row) => figure(r.quantity) * figure(r.unitCost);
const newKey = () => crypto.randomUUID();
/** A classification code as typed: digits kept, an emptied box absent (the contract's codes are optional). */
const code = (value: string) => value.trim() || undefined;

/** The budget classification of a line as the finance office writes it: chapter · section · item. */
export function classificationOf(line: Pick<BudgetLineInput, 'chapter' | 'section' | 'item'>): string {
  return [line.chapter, line.section, line.item].map((part) => part || '—').join(' · ');
}

/** An estimate: its lines (editable while it is the agency's draft), Finance's review, its versions. */
export default function BudgetEstimateDrawer() {
  const t = useT();
  const lang = useLang();
  const { id = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const estimate = useBudgetEstimate(id);
  // Lines, approved amounts or comments typed and not saved: closing asks before throwing them away.
  const dirty = useRef(false);
  const discard = useConfirmDiscard();
  const close = () => discard.confirmClose(dirty.current, () => void navigate({ pathname: '..', search }));
  return (
    <>
      {discard.holder}
      <Drawer
        open
        onClose={close}
        size={1100}
        title={estimate.data?.titleVi ?? t('record.details')}
        data-testid="budget-estimate"
      >
        {estimate.isPending ? (
          <Skeleton active />
        ) : estimate.isError ? (
          <Result status="error" title={t('record.loadError')} subTitle={errorText(estimate.error, t)} />
        ) : (
          <EstimateView
            estimate={estimate.data}
            lang={lang}
            onDirty={(changed) => {
              dirty.current = changed;
            }}
          />
        )}
      </Drawer>
    </>
  );
}

function EstimateView({
  estimate,
  lang,
  onDirty,
}: {
  estimate: BudgetEstimate;
  lang: 'vi' | 'en';
  onDirty?: (dirty: boolean) => void;
}) {
  const t = useT();
  const canEdit = useCan('budget.estimate.update', estimate.agencyCode).allowed;
  const canReview = useCan('budget.estimate.review', estimate.agencyCode).allowed;
  const editable = canEdit && !estimate.locked && ['draft', 'returned'].includes(estimate.status);
  const reviewable =
    canReview && !estimate.locked && ['submitted', 'resubmitted', 'under-review'].includes(estimate.status);
  const [rows, setRows] = useState<Row[]>(() => estimate.lines.map(toRow));
  const [reviews, setReviews] = useState<Record<string, { comment?: string; approvedAmount?: NumberValue }>>(
    {},
  );
  const [comment, setComment] = useState('');
  const update = useUpdateBudgetEstimate();
  const submit = useSubmitBudgetEstimate();
  const review = useReviewBudgetEstimate();
  // One key per submission attempt of this version: a retry or double click is one submission.
  const submitKey = useRef(newKey());
  useEffect(() => {
    setRows(estimate.lines.map(toRow));
    submitKey.current = newKey();
  }, [estimate]);

  useEffect(() => {
    const linesChanged = JSON.stringify(rows) !== JSON.stringify(estimate.lines.map(toRow));
    onDirty?.(linesChanged || Object.keys(reviews).length > 0 || comment.trim() !== '');
  }, [rows, reviews, comment, estimate, onDirty]);

  const total = rows.reduce((sum, r) => sum + requestedOf(r), 0);
  // The contract's rules for each typed figure, worded beside it; the service checks them again.
  const quantityError = (r: Row) => numberFieldError(r.quantity, BudgetLineInputSchema.shape.quantity, lang);
  const unitCostError = (r: Row) => numberFieldError(r.unitCost, BudgetLineInputSchema.shape.unitCost, lang);
  const approvedError = (r: Row) => {
    const approved = reviews[r.key]?.approvedAmount ?? undefined;
    const requested = requestedOf(r);
    // Never cut back: more than the line asks is refused, as the service's `approvedAmountErrors` does.
    return (
      numberFieldError(approved, LineReviewSchema.shape.approvedAmount, lang) ??
      (typeof approved === 'number' && approved > requested
        ? translateIssue(
            { path: 'approvedAmount', code: 'too_big', message: '', params: { maximum: requested } },
            lang,
          )
        : undefined)
    );
  };
  /** Nothing is sent while a figure is refused beside its field. */
  const refused = (errors: (string | undefined)[]) => {
    if (!errors.some(Boolean)) return false;
    void message.error(t('form.fixFields'));
    return true;
  };
  const patch = (key: string, change: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));
  /** A 400's fields name lines by index (`lines.2.amount`): each is worded and said with its line number. */
  const fail = (error: unknown) => {
    if (!(error instanceof ApiError) || !error.fields.length) return void message.error(errorText(error, t));
    const sent = { lines: lines() };
    const problems = error.fields.map((field) => {
      const text = translateIssue(field, lang, sent);
      const line = /^lines\.(\d+)\b/.exec(field.path);
      return line ? `${t('budget.line.number', { n: Number(line[1]) + 1 })}: ${text}` : text;
    });
    void message.error(problems.join(' · '));
  };
  const lines = (): BudgetLineInput[] =>
    rows.map(({ key: _k, amount: _a, reviewComment: _r, flag: _f, activityLabel: _l, ...line }) => ({
      ...line,
      quantity: line.quantity as number,
      unitCost: line.unitCost as number,
    }));
  const linesRefused = () => refused(rows.flatMap((r) => [quantityError(r), unitCostError(r)]));
  const save = () =>
    update.mutateAsync({
      id: estimate.id,
      version: estimate.version,
      titleVi: estimate.titleVi,
      notes: estimate.notes,
      lines: lines(),
    });
  const decide = (decision: BudgetReviewDecision) =>
    refused(rows.map(approvedError))
      ? undefined
      : review
          .mutateAsync({
            id: estimate.id,
            version: estimate.version,
            decision,
            ...(comment ? { comment } : {}),
            lines: Object.entries(reviews).map(([lineId, r]) => ({
              lineId,
              ...(r.comment ? { comment: r.comment } : {}),
              ...(typeof r.approvedAmount === 'number' ? { approvedAmount: r.approvedAmount } : {}),
            })),
          })
          .then(() => {
            // Decided: what was typed is saved, nothing is left to discard.
            setReviews({});
            setComment('');
            void message.success(t(`budget.decided.${decision}`));
          }, fail);

  const columns = [
    {
      key: 'description',
      title: t('budget.line.description'),
      render: (_: unknown, r: Row) =>
        editable ? (
          <Space direction="vertical">
            <Input
              aria-label={t('budget.line.description')}
              value={r.description}
              onChange={(e) => patch(r.key, { description: e.target.value })}
            />
            <ActivityPicker
              agencyCode={estimate.agencyCode}
              value={r.activity}
              label={r.activityLabel}
              onChange={(activity, label) => patch(r.key, { activity, activityLabel: label })}
            />
          </Space>
        ) : (
          <>
            {r.description}
            {r.activityLabel && (
              <div>
                <Tag>{r.activityLabel}</Tag>
              </div>
            )}
            {r.flag && (
              <div>
                <Tag color="red">{r.flag}</Tag>
              </div>
            )}
          </>
        ),
    },
    {
      key: 'planArea',
      title: t('field.planArea'),
      width: 150,
      render: (_: unknown, r: Row) =>
        editable ? (
          <Select
            style={{ width: 140 }}
            value={r.planArea}
            options={planAreaOptions(lang)}
            onChange={(v) => patch(r.key, { planArea: v })}
          />
        ) : (
          planAreaLabel(r.planArea, lang)
        ),
    },
    {
      key: 'fundingSource',
      title: t('field.fundingSource'),
      width: 150,
      render: (_: unknown, r: Row) =>
        editable ? (
          <Select
            style={{ width: 140 }}
            value={r.fundingSource}
            options={fundingSourceOptions(lang)}
            onChange={(v) => patch(r.key, { fundingSource: v })}
          />
        ) : (
          fundingSourceLabel(r.fundingSource, lang)
        ),
    },
    {
      key: 'classification',
      title: t('budget.line.classification'),
      width: 170,
      render: (_: unknown, r: Row) =>
        editable ? (
          <Space.Compact>
            <Input
              aria-label={t('budget.line.chapter')}
              placeholder={t('budget.line.chapterShort')}
              maxLength={3}
              inputMode="numeric"
              style={{ width: 52 }}
              value={r.chapter ?? ''}
              onChange={(e) => patch(r.key, { chapter: code(e.target.value) })}
            />
            <Input
              aria-label={t('budget.line.section')}
              placeholder={t('budget.line.sectionShort')}
              maxLength={3}
              inputMode="numeric"
              style={{ width: 52 }}
              value={r.section ?? ''}
              onChange={(e) => patch(r.key, { section: code(e.target.value) })}
            />
            <Input
              aria-label={t('budget.line.item')}
              placeholder={t('budget.line.itemShort')}
              maxLength={4}
              inputMode="numeric"
              style={{ width: 60 }}
              value={r.item ?? ''}
              onChange={(e) => patch(r.key, { item: code(e.target.value) })}
            />
          </Space.Compact>
        ) : (
          <span data-testid="line-classification">{classificationOf(r)}</span>
        ),
    },
    {
      key: 'quantity',
      title: t('budget.line.quantity'),
      width: 90,
      render: (_: unknown, r: Row) =>
        editable ? (
          <CellNumberInput
            aria-label={t('budget.line.quantity')}
            value={r.quantity}
            error={quantityError(r)}
            onChange={(v) => patch(r.key, { quantity: v })}
          />
        ) : (
          formatDecimal(figure(r.quantity), lang)
        ),
    },
    {
      key: 'unitCost',
      title: t('budget.line.unitCost'),
      width: 150,
      render: (_: unknown, r: Row) =>
        editable ? (
          <CellNumberInput
            aria-label={t('budget.line.unitCost')}
            style={{ width: 140 }}
            value={r.unitCost}
            error={unitCostError(r)}
            onChange={(v) => patch(r.key, { unitCost: v })}
          />
        ) : (
          formatMoney(figure(r.unitCost), lang)
        ),
    },
    {
      key: 'amount',
      title: t('budget.line.amount'),
      align: 'right' as const,
      render: (_: unknown, r: Row) => formatMoney(requestedOf(r), lang),
    },
    {
      key: 'notes',
      title: t('budget.line.notes'),
      width: 180,
      render: (_: unknown, r: Row) =>
        editable ? (
          <Input.TextArea
            aria-label={t('budget.line.notes')}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={2000}
            value={r.notes ?? ''}
            onChange={(e) => patch(r.key, { notes: e.target.value || undefined })}
          />
        ) : (
          <span data-testid="line-notes">{r.notes}</span>
        ),
    },
    ...(reviewable
      ? [
          {
            key: 'approved',
            title: t('budget.line.approvedAmount'),
            render: (_: unknown, r: Row) => (
              <CellNumberInput
                aria-label={t('budget.line.approvedAmount')}
                placeholder={formatDecimal(requestedOf(r), lang)}
                value={reviews[r.key]?.approvedAmount ?? null}
                error={approvedError(r)}
                onChange={(v) =>
                  setReviews((all) => ({
                    ...all,
                    [r.key]: { ...all[r.key], approvedAmount: v ?? undefined },
                  }))
                }
              />
            ),
          },
          {
            key: 'comment',
            title: t('budget.line.comment'),
            render: (_: unknown, r: Row) => (
              <Input
                aria-label={t('budget.line.comment')}
                onChange={(e) =>
                  setReviews((all) => ({
                    ...all,
                    [r.key]: { ...all[r.key], comment: e.target.value || undefined },
                  }))
                }
              />
            ),
          },
        ]
      : [
          {
            key: 'review',
            title: t('budget.line.review'),
            render: (_: unknown, r: BudgetLine | Row) => (
              <>
                {'approvedAmount' in r &&
                  r.approvedAmount !== null &&
                  r.approvedAmount !== undefined &&
                  formatMoney(r.approvedAmount, lang)}
                {r.reviewComment && (
                  <div>
                    <Tag color="orange">{r.reviewComment}</Tag>
                  </div>
                )}
              </>
            ),
          },
        ]),
    ...(editable
      ? [
          {
            key: 'remove',
            width: 50,
            render: (_: unknown, r: Row) => (
              <Button
                size="small"
                danger
                aria-label={t('budget.line.remove')}
                onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}
              >
                ×
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Tabs
      items={[
        {
          key: 'lines',
          label: t('budget.tab.lines'),
          children: (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Descriptions
                size="small"
                bordered
                column={3}
                items={[
                  {
                    key: 's',
                    label: t('field.status'),
                    children: (
                      <Tag data-testid="estimate-status">{t(`budget.status.${estimate.status}`)}</Tag>
                    ),
                  },
                  { key: 'v', label: t('budget.versionNo'), children: estimate.versionNo },
                  {
                    key: 'd',
                    label: t('budget.deadline'),
                    children: (
                      <>
                        {formatDate(estimate.deadline, lang)}{' '}
                        {estimate.late && <Tag color="red">{t('budget.late')}</Tag>}
                      </>
                    ),
                  },
                  {
                    key: 'r',
                    label: t('budget.total'),
                    children: (
                      <span data-testid="estimate-total">
                        {formatMoney(editable ? total : estimate.requestedAmount, lang)}
                      </span>
                    ),
                  },
                  {
                    key: 'a',
                    label: t('budget.approvedTotal'),
                    children:
                      estimate.approvedAmount === null ? '—' : formatMoney(estimate.approvedAmount, lang),
                  },
                  {
                    key: 'l',
                    label: t('budget.locked'),
                    children: estimate.locked ? t('budget.yes') : t('budget.no'),
                  },
                ]}
              />
              {estimate.reviewComment && (
                <Alert
                  type="warning"
                  showIcon
                  message={t('budget.financeComment')}
                  description={estimate.reviewComment}
                />
              )}
              <Table<Row> rowKey="key" size="small" pagination={false} dataSource={rows} columns={columns} />
              {editable && (
                <Space>
                  <Button
                    onClick={() =>
                      setRows((all) => [
                        ...all,
                        {
                          key: newKey(),
                          description: '',
                          planArea: 'III.1',
                          fundingSource: 'PROVINCIAL_BUDGET',
                          quantity: 1,
                          unitCost: 0,
                          amount: 0,
                        },
                      ])
                    }
                  >
                    {t('budget.line.add')}
                  </Button>
                  <Button
                    loading={update.isPending}
                    onClick={() =>
                      linesRefused() || save().then(() => void message.success(t('budget.saved')), fail)
                    }
                  >
                    {t('budget.save')}
                  </Button>
                  <Popconfirm
                    title={t('budget.submitConfirm')}
                    onConfirm={() =>
                      linesRefused() ||
                      save()
                        .then((saved) =>
                          submit.mutateAsync({
                            id: saved.id,
                            version: saved.version,
                            idempotencyKey: submitKey.current,
                          }),
                        )
                        .then(() => void message.success(t('budget.submitted')), fail)
                    }
                  >
                    <Button type="primary" loading={submit.isPending} disabled={!rows.length}>
                      {t('budget.submit')}
                    </Button>
                  </Popconfirm>
                </Space>
              )}
              {reviewable && (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Input.TextArea
                    aria-label={t('budget.reviewComment')}
                    placeholder={t('budget.reviewComment')}
                    value={comment}
                    onChange={(e) => setComment(e.target.value)}
                  />
                  <Space>
                    <Popconfirm title={t('budget.confirm.return')} onConfirm={() => decide('return')}>
                      <Button>{t('budget.action.return')}</Button>
                    </Popconfirm>
                    <Popconfirm title={t('budget.confirm.approve')} onConfirm={() => decide('approve')}>
                      <Button type="primary">{t('budget.action.approve')}</Button>
                    </Popconfirm>
                    <Popconfirm title={t('budget.confirm.reject')} onConfirm={() => decide('reject')}>
                      <Button danger>{t('budget.action.reject')}</Button>
                    </Popconfirm>
                  </Space>
                </Space>
              )}
            </Space>
          ),
        },
        {
          key: 'versions',
          label: t('budget.tab.versions'),
          children: <VersionsPanel id={estimate.id} lang={lang} />,
        },
      ]}
    />
  );
}

/** Every version submitted, and what changed line by line from the one before. */
function VersionsPanel({ id, lang }: { id: string; lang: 'vi' | 'en' }) {
  const t = useT();
  const versions = useBudgetVersions(id);
  const [picked, setPicked] = useState<number | undefined>();
  const list = useMemo(() => versions.data?.versions ?? [], [versions.data]);
  if (versions.isPending) return <Skeleton active />;
  if (!list.length) return <Result status="info" title={t('budget.noVersions')} />;
  const current = list.find((v) => v.versionNo === (picked ?? list.length)) ?? list[list.length - 1];
  const previous = list.find((v) => v.versionNo === current.versionNo - 1);
  const diff = diffBudgetVersions(previous?.lines ?? [], current.lines);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        style={{ width: 260 }}
        value={current.versionNo}
        onChange={setPicked}
        options={list.map((v) => ({
          value: v.versionNo,
          label: `${t('budget.versionNo')} ${v.versionNo} · ${formatMoney(v.requestedAmount, lang)}`,
        }))}
      />
      <Table
        size="small"
        rowKey="lineId"
        pagination={false}
        dataSource={diff}
        columns={[
          {
            key: 'c',
            title: t('budget.diff.change'),
            render: (_, d) => <Tag>{t(`budget.diff.${d.change}`)}</Tag>,
          },
          { key: 'd', title: t('budget.line.description'), dataIndex: 'description' },
          {
            key: 'b',
            title: t('budget.diff.before'),
            render: (_, d) => (d.before ? formatMoney(d.before.amount, lang) : '—'),
          },
          {
            key: 'a',
            title: t('budget.diff.after'),
            render: (_, d) => (d.after ? formatMoney(d.after.amount, lang) : '—'),
          },
          { key: 'f', title: t('budget.diff.fields'), render: (_, d) => d.fields.join(', ') },
        ]}
      />
      {versions.data?.reviews.map((r, i) => (
        <Alert
          key={i}
          type={r.decision === 'approve' ? 'success' : r.decision === 'reject' ? 'error' : 'info'}
          message={`${t(`budget.decided.${r.decision}`)} · ${r.by} · ${formatDateTime(r.at, lang)}`}
          description={r.comment ?? undefined}
        />
      ))}
    </Space>
  );
}
