import type { Lang } from '@ascc/catalog';
import type { BudgetLineAttachment } from '@ascc/contracts';
import { Button, Card, Col, Flex, Input, Row, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatMoney } from '../../../format/format';
import { useT } from '../../../i18n/language';
import { CellNumberInput, fundingSourceOptions, planAreaOptions } from '../../../shared/form/controls';
import { ActivityPicker } from './activity-picker';
import { LineAttachments } from './line-attachments';
import {
  type LineRow,
  classificationCode,
  quantityError,
  requestedOf,
  unitCostError,
} from './estimate-lines';
import '../messages';

/** A field of the line form: its whole label above the control, never cut short. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {label}
      </Typography.Text>
      {children}
    </Flex>
  );
}

/**
 * The agency's draft, one card per line: every field with its label, laid out in columns on a wide
 * screen and one under another on a phone, the line's amount in its title.
 */
export function EstimateLinesEditor({
  rows,
  agencyCode,
  lang,
  estimateId,
  savedLineIds,
  attachments = [],
  onPatch,
  onRemove,
}: {
  rows: LineRow[];
  agencyCode: string;
  lang: Lang;
  /** The estimate the lines belong to, and which of them are saved (only those take documents). */
  estimateId: string;
  savedLineIds: ReadonlySet<string>;
  attachments?: readonly BudgetLineAttachment[];
  onPatch: (key: string, change: Partial<LineRow>) => void;
  onRemove: (key: string) => void;
}) {
  const t = useT();
  return (
    <Flex vertical gap="small" data-testid="line-editor">
      {rows.map((row, index) => (
        <Card
          key={row.key}
          size="small"
          title={
            <Flex justify="space-between" wrap gap="small">
              <span>{t('budget.line.number', { n: index + 1 })}</span>
              <span style={{ whiteSpace: 'nowrap' }}>
                {t('budget.line.amount')}: {formatMoney(requestedOf(row), lang)}
              </span>
            </Flex>
          }
          extra={
            <Button
              size="small"
              danger
              aria-label={t('budget.line.remove')}
              onClick={() => onRemove(row.key)}
            >
              ×
            </Button>
          }
        >
          <Row gutter={[16, 12]}>
            <Col xs={24} lg={12}>
              <Field label={t('budget.line.description')}>
                <Input
                  aria-label={t('budget.line.description')}
                  value={row.description}
                  onChange={(e) => onPatch(row.key, { description: e.target.value })}
                />
              </Field>
            </Col>
            <Col xs={24} lg={12}>
              <Field label={t('budget.line.activity')}>
                <ActivityPicker
                  agencyCode={agencyCode}
                  value={row.activity}
                  label={row.activityLabel}
                  onChange={(activity, label) => onPatch(row.key, { activity, activityLabel: label })}
                />
              </Field>
            </Col>
            <Col xs={24} md={12} lg={8}>
              <Field label={t('field.planArea')}>
                <Select
                  aria-label={t('field.planArea')}
                  style={{ width: '100%' }}
                  value={row.planArea}
                  options={planAreaOptions(lang)}
                  onChange={(v) => onPatch(row.key, { planArea: v })}
                />
              </Field>
            </Col>
            <Col xs={24} md={12} lg={8}>
              <Field label={t('field.fundingSource')}>
                <Select
                  aria-label={t('field.fundingSource')}
                  style={{ width: '100%' }}
                  value={row.fundingSource}
                  options={fundingSourceOptions(lang)}
                  onChange={(v) => onPatch(row.key, { fundingSource: v })}
                />
              </Field>
            </Col>
            <Col xs={24} md={12} lg={8}>
              <Field label={t('budget.line.classification')}>
                <Space.Compact style={{ width: '100%' }}>
                  <Input
                    aria-label={t('budget.line.chapter')}
                    placeholder={t('budget.line.chapterShort')}
                    maxLength={3}
                    inputMode="numeric"
                    value={row.chapter ?? ''}
                    onChange={(e) => onPatch(row.key, { chapter: classificationCode(e.target.value) })}
                  />
                  <Input
                    aria-label={t('budget.line.section')}
                    placeholder={t('budget.line.sectionShort')}
                    maxLength={3}
                    inputMode="numeric"
                    value={row.section ?? ''}
                    onChange={(e) => onPatch(row.key, { section: classificationCode(e.target.value) })}
                  />
                  <Input
                    aria-label={t('budget.line.item')}
                    placeholder={t('budget.line.itemShort')}
                    maxLength={4}
                    inputMode="numeric"
                    value={row.item ?? ''}
                    onChange={(e) => onPatch(row.key, { item: classificationCode(e.target.value) })}
                  />
                </Space.Compact>
              </Field>
            </Col>
            <Col xs={12} md={6} lg={4}>
              <Field label={t('budget.line.quantity')}>
                <CellNumberInput
                  aria-label={t('budget.line.quantity')}
                  value={row.quantity}
                  error={quantityError(row, lang)}
                  onChange={(v) => onPatch(row.key, { quantity: v })}
                />
              </Field>
            </Col>
            <Col xs={12} md={6} lg={6}>
              <Field label={t('budget.line.unitCost')}>
                <CellNumberInput
                  aria-label={t('budget.line.unitCost')}
                  suffix="₫"
                  value={row.unitCost}
                  error={unitCostError(row, lang)}
                  onChange={(v) => onPatch(row.key, { unitCost: v })}
                />
              </Field>
            </Col>
            <Col xs={24} md={12} lg={14}>
              <Field label={t('budget.line.notes')}>
                <Input.TextArea
                  aria-label={t('budget.line.notes')}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={2000}
                  value={row.notes ?? ''}
                  onChange={(e) => onPatch(row.key, { notes: e.target.value || undefined })}
                />
              </Field>
            </Col>
            <Col xs={24}>
              <Field label={t('budget.att.title')}>
                <LineAttachments
                  estimateId={estimateId}
                  lineId={savedLineIds.has(row.key) ? row.key : undefined}
                  attachments={attachments.filter((a) => a.lineId === row.key)}
                  editable
                />
              </Field>
            </Col>
          </Row>
        </Card>
      ))}
    </Flex>
  );
}
