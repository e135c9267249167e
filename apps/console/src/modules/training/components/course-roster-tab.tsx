import { type Enrolment, type TrainingCourse, enrolmentGuard } from '@ascc/contracts';
import { Button, Flex, Popconfirm, Table, Tag, message } from 'antd';
import { useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { WhyDisabled, useGuardText } from '../../../shared/form/guard-override';
import { useRoster, useWithdrawEnrolment } from '../hooks/use-training-courses';
import { BulkEnrolButton } from './bulk-enrol';
import '../messages';

const ENROLMENT_COLORS = { enrolled: 'green', waitlisted: 'gold', withdrawn: 'default' } as const;

/** The course page's roster tab: enrolment (or why it waits) and the roster, each row withdrawable. */
export function RosterTab({ course, canEnrol }: { course: TrainingCourse; canEnrol: boolean }) {
  const t = useT();
  const guardText = useGuardText();
  const enrolRefusal = enrolmentGuard(course.status);
  const roster = useRoster(course.id);
  const withdraw = useWithdrawEnrolment();
  const [toast, holder] = message.useMessage();
  return (
    <Flex vertical gap={12}>
      {holder}
      {canEnrol &&
        (enrolRefusal ? (
          // Enrolment waits for "open enrolment": the button says so instead of failing on the server.
          <WhyDisabled reason={guardText(enrolRefusal)}>
            <Button disabled data-testid="enrol-disabled">
              {t('training.enrol')}
            </Button>
          </WhyDisabled>
        ) : (
          <BulkEnrolButton course={course} />
        ))}
      <Table<Enrolment>
        rowKey="id"
        size="small"
        loading={roster.isPending}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        dataSource={roster.data?.items ?? []}
        locale={{ emptyText: t('training.rosterEmpty') }}
        data-testid="roster-table"
        columns={[
          { key: 'seq', title: '#', dataIndex: 'seq', width: 60 },
          { key: 'staffCode', title: t('training.field.staffCode'), dataIndex: 'staffCode' },
          { key: 'fullName', title: t('training.field.fullName'), dataIndex: 'fullName' },
          {
            key: 'gender',
            title: t('training.field.gender'),
            dataIndex: 'gender',
            render: (g: string) => t(`training.gender.${g}` as 'training.gender.female'),
          },
          {
            key: 'level',
            title: t('field.targetLevel'),
            dataIndex: 'level',
            render: (l: string) => t(`training.targetLevel.${l}` as 'training.targetLevel.commune'),
          },
          {
            key: 'status',
            title: t('field.status'),
            dataIndex: 'status',
            render: (s: Enrolment['status']) => (
              <Tag color={ENROLMENT_COLORS[s]}>{t(`training.enrolment.${s}`)}</Tag>
            ),
          },
          {
            key: 'actions',
            title: '',
            render: (_, e) =>
              canEnrol && e.status !== 'withdrawn' ? (
                <Popconfirm
                  title={t('training.withdrawConfirm', { name: e.fullName })}
                  okText={t('app.yes')}
                  cancelText={t('app.no')}
                  onConfirm={() =>
                    withdraw.mutateAsync({ id: course.id, enrolmentId: e.id }).then(
                      (r) =>
                        void toast.success(
                          r.promoted
                            ? t('training.withdrawnPromoted', { name: r.promoted.fullName })
                            : t('training.withdrawn'),
                        ),
                      (error: unknown) => void toast.error(errorText(error, t)),
                    )
                  }
                >
                  <Button size="small" danger>
                    {t('training.withdraw')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Flex>
  );
}
