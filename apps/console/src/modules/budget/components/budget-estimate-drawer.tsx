import type { BudgetEstimate, BudgetReviewDecision } from '@ascc/contracts';
import { Alert, Drawer, Grid, Result, Skeleton, Space, Tabs, message } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { useLang, useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { ApiError } from '../../../api/api-error';
import { errorText } from '../../../shared/error-text';
import { useConfirmDiscard } from '../../../shared/form/confirm-discard';
import { HistoryPanel } from '../../../shared/record/history-panel';
import { budgetEstimateFields } from '../budget-fields';
import {
  useBudgetEstimate,
  useBudgetEstimateHistory,
  useReviewBudgetEstimate,
  useSubmitBudgetEstimate,
  useUpdateBudgetEstimate,
} from '../hooks/use-budget-estimates';
import { EstimateDraftActions } from './estimate-draft-actions';
import { EstimateLinesEditor } from './estimate-lines-editor';
import { LineDocuments } from './line-documents';
import { useLineAttachments } from '../hooks/use-line-attachments';
import { EstimateLinesTable } from './estimate-lines-table';
import { EstimateReview } from './estimate-review';
import { EstimateReviewActions } from './estimate-review-actions';
import { EstimateSummary } from './estimate-summary';
import { VersionsPanel } from './estimate-versions';
import {
  type LineReview,
  type LineRow,
  approvedError,
  blankLine,
  fieldProblems,
  lineInputs,
  newKey,
  reviewedLines,
  quantityError,
  requestedTotal,
  toRow,
  unitCostError,
} from './estimate-lines';
import '../messages';

export { classificationOf } from './estimate-lines';

/** An estimate: its lines (editable while it is the agency's draft), Finance's review, its versions. */
export default function BudgetEstimateDrawer() {
  const t = useT();
  const lang = useLang();
  const { id = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const estimate = useBudgetEstimate(id);
  const screens = Grid.useBreakpoint();
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
        // Wide enough at 1366 px for a review line's every field side by side; the whole screen on a phone.
        size={screens.xl ? 1240 : screens.md ? '90%' : '100%'}
        styles={{ body: { padding: screens.md ? 24 : 12 } }}
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
  // Finance opens its review of a (re)submitted estimate: the agency then reads "under review".
  const canStartReview = reviewable && estimate.status !== 'under-review';
  const [rows, setRows] = useState<LineRow[]>(() => estimate.lines.map(toRow));
  const [reviews, setReviews] = useState<Record<string, LineReview>>({});
  const [comment, setComment] = useState('');
  const update = useUpdateBudgetEstimate();
  const submit = useSubmitBudgetEstimate();
  const review = useReviewBudgetEstimate();
  const documents = useLineAttachments(estimate.id);
  // One key per submission attempt of this version: a retry or double click is one submission.
  const submitKey = useRef(newKey());
  useEffect(() => {
    setRows(estimate.lines.map(toRow));
    submitKey.current = newKey();
  }, [estimate]);

  // Unsaved work is only what can still be saved: once the estimate has moved on (submitted, returned,
  // approved — by this user or another), what was typed for its previous step is not asked about.
  // A layout effect, so the flag is right before the new status is painted and anyone can press Esc.
  useLayoutEffect(() => {
    const linesChanged = editable && JSON.stringify(rows) !== JSON.stringify(estimate.lines.map(toRow));
    const reviewTyped = reviewable && (Object.keys(reviews).length > 0 || comment.trim() !== '');
    onDirty?.(linesChanged || reviewTyped);
  }, [rows, reviews, comment, estimate, editable, reviewable, onDirty]);

  const total = requestedTotal(rows);
  /** Nothing is sent while a figure is refused beside its field. */
  const refused = (errors: (string | undefined)[]) => {
    if (!errors.some(Boolean)) return false;
    void message.error(t('form.fixFields'));
    return true;
  };
  const linesRefused = () => refused(rows.flatMap((r) => [quantityError(r, lang), unitCostError(r, lang)]));
  const patch = (key: string, change: Partial<LineRow>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));
  /** A 400's fields name lines by index (`lines.2.amount`): each is worded and said with its line number. */
  const fail = (error: unknown) => {
    if (!(error instanceof ApiError) || !error.fields.length) return void message.error(errorText(error, t));
    const problems = fieldProblems(error.fields, rows, lang, (n) => t('budget.line.number', { n }));
    void message.error(problems.join(' · '));
  };
  const save = () =>
    update.mutateAsync({
      id: estimate.id,
      version: estimate.version,
      titleVi: estimate.titleVi,
      notes: estimate.notes,
      lines: lineInputs(rows),
    });
  const decide = (decision: BudgetReviewDecision) =>
    refused(rows.map((r) => approvedError(r, reviews[r.key], lang)))
      ? undefined
      : review
          .mutateAsync({
            id: estimate.id,
            version: estimate.version,
            decision,
            ...(comment ? { comment } : {}),
            lines: reviewedLines(reviews),
          })
          .then(() => {
            // Decided: what was typed is saved, nothing is left to discard.
            setReviews({});
            setComment('');
            void message.success(t(`budget.decided.${decision}`));
          }, fail);

  const lines = editable ? (
    <EstimateLinesEditor
      rows={rows}
      agencyCode={estimate.agencyCode}
      lang={lang}
      estimateId={estimate.id}
      savedLineIds={new Set(estimate.lines.map((l) => l.id))}
      attachments={documents.data?.items}
      onPatch={patch}
      onRemove={(key) => setRows((all) => all.filter((x) => x.key !== key))}
    />
  ) : reviewable ? (
    <EstimateReview rows={rows} reviews={reviews} onChange={setReviews} lang={lang} />
  ) : (
    <EstimateLinesTable rows={rows} lang={lang} />
  );

  return (
    <Tabs
      items={[
        {
          key: 'lines',
          label: t('budget.tab.lines'),
          children: (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <EstimateSummary
                estimate={estimate}
                requested={editable ? total : estimate.requestedAmount}
                lang={lang}
              />
              {estimate.reviewComment && (
                <Alert
                  type="warning"
                  showIcon
                  title={t('budget.financeComment')}
                  description={estimate.reviewComment}
                />
              )}
              {lines}
              {!editable && <LineDocuments estimate={estimate} attachments={documents.data?.items ?? []} />}
              {editable && (
                <EstimateDraftActions
                  canSubmit={rows.length > 0}
                  saving={update.isPending}
                  submitting={submit.isPending}
                  onAdd={() => setRows((all) => [...all, blankLine()])}
                  onSave={() =>
                    linesRefused() || save().then(() => void message.success(t('budget.saved')), fail)
                  }
                  onSubmit={() =>
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
                />
              )}
              {reviewable && (
                <EstimateReviewActions
                  comment={comment}
                  onComment={setComment}
                  canStartReview={canStartReview}
                  reviewing={review.isPending}
                  onStartReview={() =>
                    review
                      .mutateAsync({
                        id: estimate.id,
                        version: estimate.version,
                        decision: 'start-review',
                      })
                      .then(() => void message.success(t('budget.decided.start-review')), fail)
                  }
                  onDecide={decide}
                />
              )}
            </Space>
          ),
        },
        {
          key: 'versions',
          label: t('budget.tab.versions'),
          children: <VersionsPanel id={estimate.id} lang={lang} />,
        },
        {
          key: 'history',
          label: <span data-testid="history-tab">{t('record.history')}</span>,
          children: (
            <HistoryPanel
              id={estimate.id}
              useHistory={useBudgetEstimateHistory}
              fields={budgetEstimateFields}
            />
          ),
        },
      ]}
    />
  );
}
