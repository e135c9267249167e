import { Badge, Button } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { useUnreadCount } from '../hooks/use-inbox';
import '../messages';

/** The header's bell: how many notifications are unread; it opens the inbox. */
export function InboxBell() {
  const t = useT();
  const allowed = useCan('reporting.notification.read').allowed;
  const { data } = useUnreadCount(allowed);
  if (!allowed) return null;
  const count = data?.unread ?? 0;
  return (
    <Link
      to="/inbox"
      aria-label={count ? t('inbox.bell', { count }) : t('inbox.bellNone')}
      data-testid="inbox-bell"
    >
      <Badge count={count} size="small" overflowCount={99} data-testid="inbox-unread">
        <Button type="text" shape="circle" tabIndex={-1} aria-hidden style={{ fontSize: 18 }}>
          🔔
        </Button>
      </Badge>
    </Link>
  );
}
