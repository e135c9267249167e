import {
  COURSE_TRANSITIONS,
  type CourseStatus,
  type TrainingCourse,
  courseStatusGuard,
  provinceToday,
} from '@ascc/contracts';
import { Button, Form, Input, Modal, Popconfirm, message } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import {
  GuardOverrideFields,
  WhyDisabled,
  useGuardText,
  useMayOverride,
} from '../../../shared/form/guard-override';
import { useChangeCourseStatus } from '../hooks/use-training-courses';
import '../messages';

/** The course's workflow buttons: the next statuses (a guarded one with an override dialog) and cancel with a reason. */
export function StatusActions({ course }: { course: TrainingCourse }) {
  const t = useT();
  const change = useChangeCourseStatus();
  const [toast, holder] = message.useMessage();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const guardText = useGuardText();
  const mayOverride = useMayOverride();
  const [overriding, setOverriding] = useState<CourseStatus>();
  const [overrideForm] = Form.useForm<{ override?: boolean; overrideReason?: string }>();
  const move = (status: CourseStatus, why?: string, override?: { overrideReason: string }) =>
    change
      .mutateAsync({
        id: course.id,
        version: course.version,
        status,
        reason: why,
        ...(override && { override: true, overrideReason: override.overrideReason }),
      })
      .then(
        () => void toast.success(t('training.statusChanged', { status: t(`training.status.${status}`) })),
        (error: unknown) => void toast.error(errorText(error, t)),
      );
  const today = provinceToday();
  const overrideRefusal = overriding && courseStatusGuard(course, overriding, today);
  const confirmOverride = async () => {
    const values = overrideForm.getFieldsValue();
    if (!overriding) return;
    if (!values.override || !values.overrideReason?.trim()) {
      overrideForm.setFields([
        values.override
          ? { name: 'overrideReason', errors: [t('validation.overrideReasonRequired')] }
          : { name: 'override', errors: [overrideRefusal ? guardText(overrideRefusal) : ''] },
      ]);
      return;
    }
    await move(overriding, undefined, { overrideReason: values.overrideReason.trim() });
    setOverriding(undefined);
  };
  return (
    <>
      {holder}
      {COURSE_TRANSITIONS[course.status]
        .filter((s) => s !== 'cancelled')
        .map((status) => {
          // Started only from its start date (province time): an editor may override, with a reason.
          const refusal = courseStatusGuard(course, status, today);
          if (refusal)
            return (
              <WhyDisabled key={status} reason={mayOverride ? undefined : guardText(refusal)}>
                <Button
                  type="primary"
                  disabled={!mayOverride}
                  onClick={() => setOverriding(status)}
                  data-testid={`course-to-${status}`}
                >
                  {t(`training.action.${status}` as 'training.action.open')}
                </Button>
              </WhyDisabled>
            );
          return (
            <Popconfirm
              key={status}
              title={t(`training.confirm.${status}` as 'training.confirm.open')}
              okText={t('app.yes')}
              cancelText={t('app.no')}
              onConfirm={() => move(status)}
            >
              <Button type="primary" loading={change.isPending} data-testid={`course-to-${status}`}>
                {t(`training.action.${status}` as 'training.action.open')}
              </Button>
            </Popconfirm>
          );
        })}
      <Modal
        open={Boolean(overriding)}
        title={overriding && t(`training.action.${overriding}` as 'training.action.open')}
        okText={t('app.yes')}
        cancelText={t('app.no')}
        confirmLoading={change.isPending}
        okButtonProps={{ 'data-testid': 'course-override-ok' } as never}
        onOk={() => void confirmOverride()}
        onCancel={() => setOverriding(undefined)}
        destroyOnHidden
      >
        {/* preserve={false}: a reason typed once does not come back the next time the dialog opens. */}
        <Form form={overrideForm} layout="vertical" name="course-override" preserve={false}>
          {overrideRefusal && <GuardOverrideFields refusal={overrideRefusal} />}
        </Form>
      </Modal>
      {COURSE_TRANSITIONS[course.status].includes('cancelled') && (
        <Button danger onClick={() => setCancelling(true)} data-testid="course-cancel">
          {t('training.action.cancelled')}
        </Button>
      )}
      <Modal
        open={cancelling}
        title={t('training.action.cancelled')}
        okText={t('training.action.cancelled')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        onOk={() => void move('cancelled', reason.trim()).then(() => setCancelling(false))}
        onCancel={() => setCancelling(false)}
      >
        <Input.TextArea
          aria-label={t('training.cancelReason')}
          placeholder={t('training.cancelReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
