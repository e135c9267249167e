import {
  CreateAidTransactionSchema,
  TRANSACTION_TYPES,
  tryDongEquivalent,
  type CurrencyCode,
} from '@ascc/contracts';
import { Form, Input, Radio, Typography, theme } from 'antd';
import { useLang, useT } from '../../../i18n/language';
import { formatMoney } from '../../../format/format';
import { DateInput, DecimalInput } from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateTransaction } from '../hooks/use-aid';
import { CurrencySelect } from './aid-controls';
import '../messages';

/**
 * The đồng equivalent as the server will compute it (same exact module), while the user types: shown
 * large under the amount and rate, since a rate misread by a thousand is a thousandfold amount.
 */
export function DongEquivalent() {
  const t = useT();
  const lang = useLang();
  const form = Form.useFormInstance();
  const decimal = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const amount = decimal(Form.useWatch('amount', form));
  const currency = Form.useWatch('currency', form) as CurrencyCode | undefined;
  const rate = decimal(Form.useWatch('exchangeRate', form));
  const dong = tryDongEquivalent(amount, currency, rate);
  const { token } = theme.useToken();
  return (
    <div
      data-testid="dong-preview"
      aria-live="polite"
      style={{
        marginBottom: 16,
        padding: '8px 12px',
        border: `1px solid ${token.colorInfoBorder}`,
        borderRadius: token.borderRadiusLG,
        background: token.colorInfoBg,
      }}
    >
      <Typography.Text type="secondary">{t('aid.tx.dongAmount')}</Typography.Text>
      <div style={{ fontSize: 22, fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="dong-amount">
        {dong === undefined ? '—' : formatMoney(dong, lang)}
      </div>
    </div>
  );
}

/** A transaction's fields, as recording it and correcting it show them: type, date, amount, rate, đồng. */
export function TransactionFields() {
  const t = useT();
  return (
    <>
      <FieldRow>
        <FormField name="type" label={t('aid.tx.type')}>
          <Radio.Group
            optionType="button"
            options={TRANSACTION_TYPES.map((type) => ({ value: type, label: t(`aid.tx.type.${type}`) }))}
          />
        </FormField>
        <FormField name="date" label={t('aid.tx.date')}>
          <DateInput />
        </FormField>
      </FieldRow>
      <FieldRow>
        <FormField name="amount" label={t('aid.tx.amount')} extra={t('aid.tx.amountHint')}>
          <DecimalInput valueAs="decimal" />
        </FormField>
        <FormField name="currency" label={t('aid.tx.currency')}>
          <CurrencySelect />
        </FormField>
      </FieldRow>
      <FormField name="exchangeRate" label={t('aid.tx.exchangeRate')} extra={t('aid.tx.rateHint')}>
        <DecimalInput valueAs="decimal" />
      </FormField>
      <DongEquivalent />
      <FormField name="description" label={t('aid.tx.description')}>
        <Input />
      </FormField>
    </>
  );
}

/**
 * `currency`: the project's last currency, so a second disbursement starts where the first one was.
 */
export function TransactionForm({
  open,
  onClose,
  projectId,
  currency = 'VND',
}: CreateFormProps & { projectId: string; currency?: CurrencyCode }) {
  const t = useT();
  const create = useCreateTransaction();
  return (
    <CreateDrawer
      name="aid-transaction"
      title={t('aid.tx.create')}
      open={open}
      onClose={onClose}
      schema={CreateAidTransactionSchema}
      initialValues={{ type: 'commitment', currency }}
      extraValues={{ projectId }}
      successMessage={t('aid.tx.saved')}
      onSubmit={create.mutateAsync}
    >
      <TransactionFields />
    </CreateDrawer>
  );
}
