import {
  type CulturalEventDetail,
  type CulturalEventStatus,
  ReportCulturalEventSchema,
  TransitionCulturalEventSchema,
  eventTransitionGuard,
  provinceToday,
} from '@ascc/contracts';
import { Alert, Button, Form, Input, Modal, message } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { WholeNumberInput } from '../../../shared/form/controls';
import { checkMessage, fieldErrorsToFormFields } from '../../../shared/form/form-values';
import { GuardOverrideFields, useGuardText } from '../../../shared/form/guard-override';
import { ApiError } from '../../../api/api-error';
import { useReportCulturalEvent, useTransitionCulturalEvent } from '../hooks/use-cultural-events';
import '../messages';

/**
 * One status action of an event's page (confirm, hold, report, postpone, cancel, back to planned): a
 * button that opens a confirmation with what the change needs — a reason, the audience, the report.
 */
export function StatusAction({ event, to }: { event: CulturalEventDetail; to: CulturalEventStatus }) {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [form] = Form.useForm();
  const [toast, toastHolder] = message.useMessage();
  const transition = useTransitionCulturalEvent();
  const report = useReportCulturalEvent();
  const title = lang === 'en' ? event.titleEn : event.titleVi;
  const label = t(`culture.action.${to as 'confirmed'}`);
  // The service's own date rule, checked here too: held only from the start date (province time).
  const refusal = eventTransitionGuard(event, to, provinceToday());
  const guardText = useGuardText();

  const submit = async () => {
    setError(undefined);
    const values = form.getFieldsValue() as Record<string, unknown>;
    if (refusal && !values.override) {
      form.setFields([{ name: 'override', errors: [guardText(refusal)] }]);
      return;
    }
    const schema = to === 'reported' ? ReportCulturalEventSchema : TransitionCulturalEventSchema;
    const parsed = checkMessage(schema, {
      ...Object.fromEntries(
        Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''),
      ),
      id: event.id,
      version: event.version,
      ...(to === 'reported' ? {} : { to }),
    });
    if (!parsed.success) {
      const { fields } = fieldErrorsToFormFields(
        parsed.errors,
        ['reason', 'actualAudience', 'attendance', 'outcomes', 'mediaCoverage', 'overrideReason'],
        lang,
      );
      form.setFields(fields);
      return;
    }
    try {
      if (to === 'reported') await report.mutateAsync(parsed.data as never);
      else await transition.mutateAsync(parsed.data as never);
      setOpen(false);
      void toast.success(t('culture.action.done'));
    } catch (failure) {
      if (
        failure instanceof ApiError &&
        failure.status === 409 &&
        failure.fields.some((f) => f.path === 'version')
      ) {
        const current = failure.fields.find((f) => f.path === 'version')?.params?.currentVersion;
        setError(t('culture.stale', { version: String(current ?? '') }));
      } else setError(errorText(failure, t));
    }
  };

  return (
    <>
      {toastHolder}
      <Button
        danger={to === 'cancelled'}
        type={to === 'confirmed' || to === 'held' || to === 'reported' ? 'primary' : 'default'}
        onClick={() => setOpen(true)}
        data-testid={`event-action-${to}`}
      >
        {label}
      </Button>
      <Modal
        open={open}
        title={t('culture.action.confirmTitle', { action: label, title })}
        okText={t('culture.action.ok')}
        okButtonProps={{ danger: to === 'cancelled', 'data-testid': 'event-action-ok' } as never}
        confirmLoading={transition.isPending || report.isPending}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {to === 'cancelled' && (
          <Alert
            type="warning"
            showIcon
            title={t('culture.action.cancelWarning')}
            style={{ marginBottom: 12 }}
          />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            title={error}
            style={{ marginBottom: 12 }}
            data-testid="event-action-error"
          />
        )}
        <Form form={form} layout="vertical" name={`event-${to}`}>
          {refusal && <GuardOverrideFields refusal={refusal} />}
          {(to === 'cancelled' || to === 'postponed') && (
            <Form.Item name="reason" label={t('culture.field.statusReason')} required>
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
          {to === 'held' && (
            <Form.Item
              name="actualAudience"
              label={t('culture.field.actualAudience')}
              required
              initialValue={event.expectedAudience}
            >
              <WholeNumberInput />
            </Form.Item>
          )}
          {to === 'reported' && (
            <>
              <Form.Item
                name="attendance"
                label={t('culture.field.attendance')}
                required
                initialValue={event.actualAudience}
              >
                <WholeNumberInput />
              </Form.Item>
              <Form.Item name="outcomes" label={t('culture.field.outcomes')} required>
                <Input.TextArea rows={3} />
              </Form.Item>
              <Form.Item name="mediaCoverage" label={t('culture.field.mediaCoverage')} required>
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
