import {
  CreateAidTransactionSchema,
  TRANSACTION_TYPES,
  tryDongEquivalent,
  type CurrencyCode,
} from '@ascc/contracts';
import { Alert, Form, Input, Radio } from 'antd';
import { useLang, useT } from '../../../i18n/language';
import { formatMoney } from '../../../format/format';
import { DateInput } from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateTransaction } from '../hooks/use-aid';
import { CurrencySelect } from './aid-controls';

/** The đồng equivalent as the server will compute it (same exact module), while the user types. */
function DongPreview() {
  const t = useT();
  const lang = useLang();
  const form = Form.useFormInstance();
  const amount = Form.useWatch('amount', form) as string | undefined;
  const currency = Form.useWatch('currency', form) as CurrencyCode | undefined;
  const rate = Form.useWatch('exchangeRate', form) as string | undefined;
  const dong = tryDongEquivalent(amount?.trim(), currency, rate?.trim());
  if (dong === undefined) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="dong-preview"
      title={t('aid.tx.preview', { amount: formatMoney(dong, lang) })}
      style={{ marginBottom: 16 }}
    />
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
          <Input inputMode="decimal" />
        </FormField>
        <FormField name="currency" label={t('aid.tx.currency')}>
          <CurrencySelect />
        </FormField>
      </FieldRow>
      <FormField name="exchangeRate" label={t('aid.tx.exchangeRate')}>
        <Input inputMode="decimal" />
      </FormField>
      <DongPreview />
      <FormField name="description" label={t('aid.tx.description')}>
        <Input />
      </FormField>
    </CreateDrawer>
  );
}
