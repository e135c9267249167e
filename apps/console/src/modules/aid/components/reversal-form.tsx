import {
  type AidTransaction,
  AidTransactionFields,
  ReverseAidTransactionSchema,
  transactionRules,
} from '@ascc/contracts';
import { Alert, Button, Drawer, Flex, Input, Popconfirm, message } from 'antd';
import { z } from 'zod';
import { ApiError } from '../../../api/api-error';
import { formatDate, fromCalendarDate } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { useConfirmDiscard } from '../../../shared/form/confirm-discard';
import { FormField } from '../../../shared/form/form-field';
import { FormError, SchemaForm, useSchemaForm } from '../../../shared/form/schema-form';
import { useReverseTransaction } from '../hooks/use-aid';
import { TransactionFields } from './transaction-form';
import '../messages';

/**
 * A correction's form holds the reason beside the corrected transaction's fields, flat: the message
 * nests them under `correction` (the contract's own fields and rules, composed, not written again).
 */
const CorrectionFormSchema = AidTransactionFields.extend({
  projectId: ReverseAidTransactionSchema.shape.projectId,
  transactionId: ReverseAidTransactionSchema.shape.transactionId,
  reason: ReverseAidTransactionSchema.shape.reason,
}).superRefine(transactionRules);
/** Voiding needs only the reason. */
const VoidFormSchema = ReverseAidTransactionSchema.omit({ correction: true });

/** The server names a correction's fields `correction.amount`; the form shows them as `amount`. */
function flatten(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError({
    code: error.code,
    status: error.status,
    message: error.message,
    correlationId: error.correlationId,
    fields: error.fields.map((f) => ({ ...f, path: f.path.replace(/^correction\./, '') })),
  });
}

/**
 * Corrects or voids one transaction by a reversing entry, with a mandatory reason; voiding asks for a
 * confirmation first. The original is never changed: the table then shows it tagged as reversed.
 */
export function ReversalForm({
  transaction,
  mode,
  onClose,
}: {
  transaction: AidTransaction;
  mode: 'correct' | 'void';
  onClose: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const reverse = useReverseTransaction();
  const [toast, toastHolder] = message.useMessage();
  const correcting = mode === 'correct';
  const controls = useSchemaForm<z.ZodObject>({
    schema: (correcting ? CorrectionFormSchema : VoidFormSchema) as z.ZodObject,
    extraValues: { projectId: transaction.projectId, transactionId: transaction.id },
    onSubmit: async (values) => {
      const { projectId, transactionId, reason, ...correction } = values as z.output<
        typeof CorrectionFormSchema
      >;
      try {
        await reverse.mutateAsync({
          projectId,
          transactionId,
          reason,
          ...(correcting && { correction }),
        });
      } catch (error) {
        throw flatten(error);
      }
    },
    onSuccess: () => {
      void toast.success(correcting ? t('aid.tx.corrected') : t('aid.tx.voided'));
      onClose();
    },
  });
  const discard = useConfirmDiscard();
  const close = () =>
    discard.confirmClose(controls.form.isFieldsTouched(), () => {
      controls.clearError();
      onClose();
    });
  const date = formatDate(transaction.date, lang);
  const submit = (
    <Button
      type="primary"
      danger={!correcting}
      loading={controls.pending}
      onClick={correcting ? () => controls.form.submit() : undefined}
      data-testid="form-submit"
    >
      {correcting ? t('aid.tx.correct') : t('aid.tx.void')}
    </Button>
  );

  return (
    <>
      {toastHolder}
      {discard.holder}
      <Drawer
        title={correcting ? t('aid.tx.correctTitle', { date }) : t('aid.tx.voidTitle', { date })}
        open
        onClose={close}
        size={560}
        destroyOnHidden
        footer={
          <Flex justify="end" gap="small">
            <Button onClick={close}>{t('form.cancel')}</Button>
            {correcting ? (
              submit
            ) : (
              <Popconfirm
                title={t('aid.tx.voidConfirm')}
                okText={t('aid.tx.void')}
                okButtonProps={{ danger: true }}
                cancelText={t('form.cancel')}
                onConfirm={() => controls.form.submit()}
              >
                {submit}
              </Popconfirm>
            )}
          </Flex>
        }
      >
        <Alert
          type="info"
          showIcon
          title={correcting ? t('aid.tx.correctHint') : t('aid.tx.voidHint')}
          style={{ marginBottom: 16 }}
        />
        <FormError error={controls.formError} />
        <SchemaForm
          controls={controls}
          name={correcting ? 'aid-correction' : 'aid-void'}
          initialValues={
            correcting
              ? {
                  type: transaction.type,
                  date: fromCalendarDate(transaction.date),
                  amount: transaction.amount,
                  currency: transaction.currency,
                  exchangeRate: transaction.exchangeRate,
                  description: transaction.description,
                }
              : {}
          }
        >
          <FormField name="reason" label={t('aid.tx.reason')}>
            <Input.TextArea rows={2} maxLength={500} />
          </FormField>
          {correcting && <TransactionFields />}
        </SchemaForm>
      </Drawer>
    </>
  );
}
