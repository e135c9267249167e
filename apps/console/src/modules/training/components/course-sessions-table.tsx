import type { TrainingCourse } from '@ascc/contracts';
import { Table } from 'antd';
import { formatDate } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import '../messages';

/** The course page's sessions tab: the schedule, one row a day. */
export function SessionsTable({ course }: { course: TrainingCourse }) {
  const t = useT();
  const lang = useLang();
  return (
    <Table
      rowKey={(_, i) => String(i)}
      pagination={false}
      size="small"
      dataSource={course.sessions.map((s, i) => ({ ...s, n: i + 1 }))}
      locale={{ emptyText: t('training.noSessions') }}
      columns={[
        { key: 'n', title: '#', dataIndex: 'n', width: 60 },
        {
          key: 'date',
          title: t('training.session.day'),
          dataIndex: 'date',
          render: (d: string) => formatDate(d, lang),
        },
        { key: 'topic', title: t('training.session.subject'), dataIndex: 'topic' },
      ]}
    />
  );
}
