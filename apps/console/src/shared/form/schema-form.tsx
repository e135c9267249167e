import type { FieldError } from '@ascc/contracts';
import { Alert, Form, type FormInstance } from 'antd';
import { type ReactNode, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../../api/api-error';
import { useLang, useT } from '../../i18n/language';
import { errorText } from '../error-text';
import { FormSchemaContext } from './form-field';
import { checkMessage, fieldErrorsToFormFields, formValuesToMessage } from './form-values';

/** A failure worded for the reader, beside one field or above the form. */
export type ErrorExplanation = { field: string; text: string } | { field?: undefined; text: ReactNode };

export interface SchemaFormOptions<S extends z.ZodObject> {
  /** The contract's schema: the same rules the gateway and the service apply. */
  schema: S;
  onSubmit: (message: z.output<S>) => Promise<unknown>;
  onSuccess?: () => void;
  /** Values the message needs that no field shows, e.g. a record's id and version. */
  extraValues?: Record<string, unknown>;
  /** Words a failure the generic texts would word wrongly (a 409 on a stale version, a 401 at sign-in). */
  explainError?: (error: unknown) => ErrorExplanation | undefined;
}

export interface SchemaFormControls<S extends z.ZodObject> {
  form: FormInstance;
  schema: S;
  pending: boolean;
  /** Why the last submit failed, for an alert above the form. */
  formError?: ReactNode;
  submit: (values: Record<string, unknown>) => Promise<void>;
  clearError: () => void;
}

/**
 * A form checked with a contract's zod schema before anything is sent. Problems, the client's own or
 * the server's 400/409 `fields`, are placed beside the fields they name, in the reader's language.
 */
export function useSchemaForm<S extends z.ZodObject>(options: SchemaFormOptions<S>): SchemaFormControls<S> {
  const { schema, onSubmit, onSuccess, extraValues, explainError } = options;
  const t = useT();
  const lang = useLang();
  const [form] = Form.useForm();
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<ReactNode>();

  const showFieldErrors = (errors: FieldError[], sent: Record<string, unknown>) => {
    const { fields, unmatched } = fieldErrorsToFormFields(errors, Object.keys(schema.shape), lang, sent);
    form.setFields(fields);
    if (fields[0]) form.scrollToField(fields[0].name);
    setFormError(unmatched.length ? unmatched.join(' ') : t('form.fixFields'));
  };

  const submit = async (values: Record<string, unknown>) => {
    setFormError(undefined);
    const message = { ...formValuesToMessage(values), ...extraValues };
    const parsed = checkMessage(schema, message);
    if (!parsed.success) {
      showFieldErrors(parsed.errors, message);
      return;
    }
    setPending(true);
    try {
      await onSubmit(parsed.data);
      setPending(false);
      onSuccess?.();
    } catch (error) {
      setPending(false);
      const explained = explainError?.(error);
      if (explained?.field) {
        form.setFields([{ name: explained.field, errors: [explained.text] }]);
        setFormError(t('form.fixFields'));
      } else if (explained) setFormError(explained.text);
      else if (error instanceof ApiError && error.fields.length) showFieldErrors(error.fields, message);
      else setFormError(errorText(error, t));
    }
  };

  return { form, schema, pending, formError, submit, clearError: () => setFormError(undefined) };
}

export interface SchemaFormProps<S extends z.ZodObject> {
  controls: SchemaFormControls<S>;
  /** Form name; antd derives the controls' ids (and so their labels' `for`) from it. */
  name: string;
  initialValues?: Record<string, unknown>;
  children: ReactNode;
}

export function SchemaForm<S extends z.ZodObject>({
  controls,
  name,
  initialValues,
  children,
}: SchemaFormProps<S>) {
  const { form, schema, submit } = controls;
  return (
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
  );
}

/** Why the whole form failed (a field's own message stands beside its field): above the form, when any. */
export function FormError({
  error,
  title,
  testId = 'form-error',
}: {
  error: ReactNode;
  /** What failed, when more than "could not be saved" (a sign-in). */
  title?: string;
  testId?: string;
}) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? t('form.failed')}
      description={error}
      style={{ marginBottom: 16 }}
      data-testid={testId}
    />
  );
}
