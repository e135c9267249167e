import { type FieldError, fieldErrorsFromZod } from '@ascc/contracts';
import { Alert, Button, Drawer, Flex, Form, message } from 'antd';
import { type ReactNode, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../../api/api-error';
import { useLang, useT } from '../../i18n/language';
import { errorText } from '../error-text';
import { FormSchemaContext } from './form-field';
import { fieldErrorsToFormFields, formValuesToMessage } from './form-values';

export interface CreateDrawerProps<S extends z.ZodObject> {
  /** Form name; antd derives the controls' ids (and so their labels' `for`) from it. */
  name: string;
  title: string;
  open: boolean;
  onClose: () => void;
  /** The contract's create schema: the same rules the gateway and the service apply. */
  schema: S;
  initialValues: Record<string, unknown>;
  onSubmit: (message: z.output<S>) => Promise<unknown>;
  children: ReactNode;
}

/**
 * A create form in a drawer. It validates with the contract's zod schema before sending, and shows the
 * server's 400/409 `fields` the same way, beside the fields they name, in the reader's language.
 */
export function CreateDrawer<S extends z.ZodObject>(props: CreateDrawerProps<S>) {
  const { name, title, open, onClose, schema, initialValues, onSubmit, children } = props;
  const t = useT();
  const lang = useLang();
  // A local holder (not antd's <App>) keeps the toast code out of the first-load bundle.
  const [toast, toastHolder] = message.useMessage();
  const [form] = Form.useForm();
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<string>();

  const showFieldErrors = (errors: FieldError[]) => {
    const { fields, unmatched } = fieldErrorsToFormFields(errors, Object.keys(schema.shape), lang);
    form.setFields(fields);
    if (fields[0]) form.scrollToField(fields[0].name);
    setFormError(unmatched.length ? unmatched.join(' ') : t('form.fixFields'));
  };

  const submit = async (values: Record<string, unknown>) => {
    setFormError(undefined);
    const parsed = schema.safeParse(formValuesToMessage(values));
    if (!parsed.success) {
      showFieldErrors(fieldErrorsFromZod(parsed.error));
      return;
    }
    setPending(true);
    try {
      await onSubmit(parsed.data);
      void toast.success(t('form.created'));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.fields.length) showFieldErrors(error.fields);
      else setFormError(errorText(error, t));
    } finally {
      setPending(false);
    }
  };

  const close = () => {
    setFormError(undefined);
    onClose();
  };

  return (
    <>
      {toastHolder}
      <Drawer
        title={title}
        open={open}
        onClose={close}
        size={560}
        destroyOnHidden
        footer={
          <Flex justify="end" gap="small">
            <Button onClick={close}>{t('form.cancel')}</Button>
            <Button type="primary" loading={pending} onClick={() => form.submit()} data-testid="form-submit">
              {t('form.submit')}
            </Button>
          </Flex>
        }
      >
        {formError && (
          <Alert
            type="error"
            showIcon
            title={t('form.failed')}
            description={formError}
            style={{ marginBottom: 16 }}
          />
        )}
        <FormSchemaContext.Provider value={schema}>
          <Form
            form={form}
            name={name}
            layout="vertical"
            initialValues={initialValues}
            onFinish={submit}
            // A field's message is about the value it had; editing it makes the message stale.
            onValuesChange={(changed: Record<string, unknown>) =>
              form.setFields(Object.keys(changed).map((field) => ({ name: field, errors: [] })))
            }
          >
            {children}
          </Form>
        </FormSchemaContext.Provider>
      </Drawer>
    </>
  );
}
