import { type GuardRefusal, mayOverride } from '@ascc/contracts';
import { Alert, Checkbox, Form, Input, Tooltip } from 'antd';
import type { ReactElement } from 'react';
import { useSessionUser } from '../../app/use-session';
import { useLang, useT } from '../../i18n/language';
import { translateIssue } from '../../i18n/validation';

/** The words of a workflow guard's refusal, as the server would word it: the same rule, the same sentence. */
export function useGuardText(): (refusal: GuardRefusal) => string {
  const lang = useLang();
  return (refusal) =>
    translateIssue(
      {
        code: refusal.field.code,
        message: refusal.field.message,
        params: refusal.field.params,
        path: refusal.field.path,
      },
      lang,
    );
}

/** Whether the signed-in user may override a date guard (the agency's editors and the admins). */
export function useMayOverride(): boolean {
  const user = useSessionUser();
  return Boolean(user && mayOverride(user.roles));
}

/**
 * The fields of a guarded action's dialog when a date rule refuses it: the rule in words and, for
 * those who may, an explicit override ("record anyway, for late data entry") with its required reason,
 * which the server keeps in the record's history.
 */
export function GuardOverrideFields({ refusal }: { refusal: GuardRefusal }) {
  const t = useT();
  const text = useGuardText()(refusal);
  const allowed = useMayOverride() && refusal.overridable;
  return (
    <>
      <Alert type="warning" showIcon title={text} style={{ marginBottom: 12 }} data-testid="guard-refusal" />
      {allowed && (
        <>
          <Form.Item name="override" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox data-testid="guard-override">{t('guard.override')}</Checkbox>
          </Form.Item>
          <Form.Item noStyle dependencies={['override']}>
            {({ getFieldValue }) =>
              getFieldValue('override') ? (
                <Form.Item name="overrideReason" label={t('guard.overrideReason')} required>
                  <Input.TextArea rows={2} data-testid="guard-override-reason" />
                </Form.Item>
              ) : null
            }
          </Form.Item>
        </>
      )}
    </>
  );
}

/**
 * A disabled action that says why: a tooltip with the reason (wrong status, before its date, no
 * permission) over the button, which keeps its place so the user sees what exists and what it needs.
 */
export function WhyDisabled({ reason, children }: { reason?: string; children: ReactElement }) {
  if (!reason) return children;
  return (
    <Tooltip title={reason}>
      {/* A disabled button fires no mouse events: the span carries the hover. */}
      <span style={{ display: 'inline-block', cursor: 'not-allowed' }} data-testid="why-disabled">
        {children}
      </span>
    </Tooltip>
  );
}
