import { Button, Card, Flex, Form } from 'antd';
import type { FormListFieldData } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/language';
import '../messages';

/**
 * A repeated group of fields (`Form.List`) in a card: one row per item, a remove button per row and an
 * add button. Problems the contract finds with the whole list (percentages not adding up to 100) are
 * shown under it, where the form places errors of the list's own name.
 */
export function ListFields({
  name,
  title,
  testId,
  newItem,
  children,
}: {
  name: string;
  title: string;
  testId: string;
  newItem: Record<string, unknown>;
  children: (field: FormListFieldData) => ReactNode;
}) {
  const t = useT();
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }} data-testid={testId}>
      <Form.List name={name}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field) => (
              <Flex key={field.key} gap="small" align="start">
                <div style={{ flex: 1 }}>{children(field)}</div>
                <Button
                  type="text"
                  danger
                  aria-label={t('aid.remove')}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: 30 }}
                >
                  ×
                </Button>
              </Flex>
            ))}
            <Button type="dashed" onClick={() => add(newItem)} block data-testid={`${testId}-add`}>
              + {t('aid.add')}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </Card>
  );
}
