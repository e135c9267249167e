import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import '../messages';

/** The training section's own navigation: courses, the trainee registry, statistics. */
export function TrainingSection() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const canTrainees = useCan('training.trainee.read').allowed;
  const canStats = useCan('training.stats.read').allowed;
  const active = pathname.startsWith('/training/trainees')
    ? 'trainees'
    : pathname.startsWith('/training/stats')
      ? 'stats'
      : 'courses';
  const paths = { courses: '/training', trainees: '/training/trainees', stats: '/training/stats' };
  return (
    <>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(paths[key as keyof typeof paths])}
        items={[
          { key: 'courses', label: t('training.nav.courses') },
          ...(canTrainees ? [{ key: 'trainees', label: t('training.nav.trainees') }] : []),
          ...(canStats ? [{ key: 'stats', label: t('training.nav.stats') }] : []),
        ]}
      />
      <Outlet />
    </>
  );
}
