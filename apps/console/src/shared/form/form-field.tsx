import { Form } from 'antd';
import { type ReactNode, createContext, useContext } from 'react';
import type { z } from 'zod';
import { isRequiredField } from './form-values';

/** The create schema of the form around, so each field learns from the contract whether it is required. */
export const FormSchemaContext = createContext<z.ZodObject | null>(null);

export interface FormFieldProps {
  name: string;
  label: string;
  /** Help shown under the control, e.g. the accepted format. */
  extra?: ReactNode;
  /** The control's value prop when it is not `value`, e.g. `checked` for a switch. */
  valuePropName?: string;
  /** Tidies what is typed before the form keeps it, e.g. spaces in a one-time code. */
  normalize?: (value: unknown) => unknown;
  children: ReactNode;
}

/** One labelled form field; validation messages are placed on it by the form, not by antd rules. */
export function FormField({ name, label, extra, valuePropName, normalize, children }: FormFieldProps) {
  const schema = useContext(FormSchemaContext);
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      valuePropName={valuePropName}
      normalize={normalize}
      required={schema ? isRequiredField(schema, name) : false}
    >
      {children}
    </Form.Item>
  );
}
