import type { Enrolment, TrainingCourse } from '@ascc/contracts';
import { Alert, Button, Table, message } from 'antd';
import { useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { downloadCertificate } from '../api/training-courses.api';
import { useRoster } from '../hooks/use-training-courses';
import '../messages';

/** The course page's certificates tab, once the course is completed: one download per certificate. */
export function CertificatesTab({ course }: { course: TrainingCourse }) {
  const t = useT();
  const roster = useRoster(course.id);
  const [toast, holder] = message.useMessage();
  const certified = (roster.data?.items ?? []).filter((e) => e.certificateNo);
  if (course.status !== 'completed')
    return <Alert type="info" showIcon title={t('training.certificatesAfterCompletion')} />;
  return (
    <>
      {holder}
      <Table<Enrolment>
        rowKey="id"
        size="small"
        loading={roster.isPending}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        dataSource={certified}
        locale={{ emptyText: t('training.noCertificates') }}
        data-testid="certificates-table"
        columns={[
          { key: 'certificateNo', title: t('training.certificateNo'), dataIndex: 'certificateNo' },
          { key: 'fullName', title: t('training.field.fullName'), dataIndex: 'fullName' },
          { key: 'staffCode', title: t('training.field.staffCode'), dataIndex: 'staffCode' },
          {
            key: 'download',
            title: '',
            render: (_, e) => (
              <Button
                size="small"
                onClick={() =>
                  void downloadCertificate(course.id, e.id).catch(
                    (error: unknown) => void toast.error(errorText(error, t)),
                  )
                }
              >
                {t('training.downloadCertificate')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
