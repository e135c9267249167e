import { TARGET_LEVELS, type Trainee, type TrainingCourse } from '@ascc/contracts';
import { Alert, Button, Flex, Input, Modal, Table, message } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { EnumSelect } from '../../../shared/form/controls';
import { useEnrolTrainees, useTrainees } from '../hooks/use-training-courses';
import '../messages';

/**
 * Enrols one or many trainees picked from the registry (search, level filter, tick the rows). Over the
 * capacity the rest join the waitlist, which the result says.
 */
export function BulkEnrolButton({ course }: { course: TrainingCourse }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  // The toast lives here, not in the dialog, which closes as the enrolment succeeds.
  const [toast, holder] = message.useMessage();
  return (
    <>
      {holder}
      <Button
        type="primary"
        onClick={() => setOpen(true)}
        style={{ alignSelf: 'flex-start' }}
        data-testid="enrol-open"
      >
        {t('training.enrol')}
      </Button>
      {open && (
        <EnrolModal
          course={course}
          onClose={() => setOpen(false)}
          onDone={(text) => void toast.success(text)}
        />
      )}
    </>
  );
}

function EnrolModal({
  course,
  onClose,
  onDone,
}: {
  course: TrainingCourse;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<(typeof TARGET_LEVELS)[number] | undefined>(course.targetLevel);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const trainees = useTrainees({
    q: q || undefined,
    level,
    page,
    pageSize: 100,
    sort: 'fullName',
    order: 'asc',
  });
  const enrol = useEnrolTrainees();
  const [error, setError] = useState<string>();
  const submit = () =>
    enrol.mutateAsync({ id: course.id, traineeIds: selected }).then(
      (r) => {
        onDone(t('training.enrolDone', { enrolled: r.enrolled, waitlisted: r.waitlisted }));
        onClose();
      },
      (e: unknown) => setError(errorText(e, t)),
    );
  return (
    <Modal
      open
      width={860}
      title={t('training.enrol')}
      onCancel={onClose}
      okText={t('training.enrolSelected', { count: selected.length })}
      okButtonProps={{ disabled: !selected.length, loading: enrol.isPending, id: 'enrol-submit' }}
      onOk={() => void submit()}
    >
      <Flex vertical gap={8}>
        {error && <Alert type="error" showIcon title={error} />}
        <Flex gap={8}>
          <Input.Search
            allowClear
            placeholder={t('list.searchPlaceholder')}
            aria-label={t('list.searchLabel')}
            onSearch={(v) => {
              setQ(v);
              setPage(1);
            }}
            data-testid="enrol-search"
          />
          <EnumSelect
            allowClear
            style={{ width: 200 }}
            value={level}
            onChange={(v) => setLevel(v)}
            values={TARGET_LEVELS}
            labelOf={(v) => t(`training.targetLevel.${v}`)}
          />
        </Flex>
        <Table<Trainee>
          rowKey="id"
          size="small"
          loading={trainees.isFetching}
          dataSource={trainees.data?.items ?? []}
          rowSelection={{
            selectedRowKeys: selected,
            preserveSelectedRowKeys: true,
            onChange: (keys) => setSelected(keys.map(String)),
          }}
          pagination={{
            current: page,
            pageSize: 100,
            total: trainees.data?.total ?? 0,
            onChange: setPage,
            hideOnSinglePage: true,
          }}
          scroll={{ y: 360 }}
          columns={[
            { key: 'staffCode', title: t('training.field.staffCode'), dataIndex: 'staffCode' },
            { key: 'fullName', title: t('training.field.fullName'), dataIndex: 'fullName' },
            {
              key: 'commune',
              title: t('training.field.unit'),
              render: (_, r) => r.commune ?? r.agencyCode ?? r.districtCode,
            },
          ]}
        />
      </Flex>
    </Modal>
  );
}
