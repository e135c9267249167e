import { Button, Drawer, Flex, message } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import type { z } from 'zod';
import { useT } from '../../i18n/language';
import { type LiveRecord, RecordChangedNotice, useRecordChangedNotice } from '../live/record-changed-notice';
import { useConfirmDiscard } from './confirm-discard';
import { type ErrorExplanation, FormError, SchemaForm, useSchemaForm } from './schema-form';

export interface CreateDrawerProps<S extends z.ZodObject> {
  /** Form name; antd derives the controls' ids (and so their labels' `for`) from it. */
  name: string;
  title: string;
  open: boolean;
  onClose: () => void;
  /** The contract's create (or update) schema: the same rules the gateway and the service apply. */
  schema: S;
  initialValues: Record<string, unknown>;
  onSubmit: (message: z.output<S>) => Promise<unknown>;
  /** Values the message needs that no field shows, e.g. the id and version of the record edited. */
  extraValues?: Record<string, unknown>;
  /** The toast after a success; "saved as a new record" unless told otherwise (an edit). */
  successMessage?: string;
  explainError?: (error: unknown) => ErrorExplanation | undefined;
  /**
   * The record an edit form changes: while the form is open, a change by another user shows a notice
   * with a reload action instead of refreshing the values under the user's typing.
   */
  live?: LiveRecord;
  children: ReactNode;
}

/**
 * A create (or edit) form in a drawer. It validates with the contract's zod schema before sending, and
 * shows the server's 400/409 `fields` the same way, beside the fields they name, in the reader's language.
 */
export function CreateDrawer<S extends z.ZodObject>(props: CreateDrawerProps<S>) {
  const { name, title, open, onClose, schema, initialValues, onSubmit, children } = props;
  const t = useT();
  // A local holder (not antd's <App>) keeps the toast code out of the first-load bundle.
  const [toast, toastHolder] = message.useMessage();
  const controls = useSchemaForm({
    schema,
    onSubmit,
    extraValues: props.extraValues,
    explainError: props.explainError,
    onSuccess: () => {
      void toast.success(props.successMessage ?? t('form.created'));
      onClose();
    },
  });

  const live = useRecordChangedNotice(props.live, open);
  const [reloads, setReloads] = useState(0);
  // After a reload the parent passes the record as it is now: the form takes its values and version.
  useEffect(() => {
    if (reloads) controls.form.resetFields();
  }, [reloads, controls.form]);

  const discard = useConfirmDiscard();
  const closeNow = () => {
    controls.clearError();
    onClose();
  };
  // Esc, the X, a click outside and Cancel all come here: typed changes are not thrown away unasked.
  const close = () => discard.confirmClose(controls.form.isFieldsTouched(), closeNow);

  return (
    <>
      {toastHolder}
      {discard.holder}
      <Drawer
        title={title}
        open={open}
        onClose={close}
        size={560}
        destroyOnHidden
        footer={
          <Flex justify="end" gap="small">
            <Button onClick={close}>{t('form.cancel')}</Button>
            <Button
              type="primary"
              loading={controls.pending}
              onClick={() => controls.form.submit()}
              data-testid="form-submit"
            >
              {t('form.submit')}
            </Button>
          </Flex>
        }
      >
        {live.change && (
          <RecordChangedNotice
            by={live.change.by}
            onReload={async () => {
              await live.reload();
              // TanStack Query tells the parent of the new data in a task of its own: reset after it, so the
              // form takes the reloaded record, not the one it held (CI saw the old name kept).
              await new Promise((resolve) => setTimeout(resolve, 0));
              setReloads((n) => n + 1);
            }}
          />
        )}
        <FormError error={controls.formError} />
        <SchemaForm controls={controls} name={name} initialValues={initialValues}>
          {children}
        </SchemaForm>
      </Drawer>
    </>
  );
}
