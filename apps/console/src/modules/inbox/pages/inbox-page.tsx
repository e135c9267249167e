import type { Notification } from '@ascc/contracts';
import { Alert, Button, Empty, Flex, Pagination, Popconfirm, Spin, Switch, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { Forbidden } from '../../../shared/forbidden';
import { useCan } from '../../auth/hooks/use-can';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../hooks/use-inbox';
import { notificationPath, notificationText } from '../inbox-format';
import '../messages';

const PAGE_SIZE = 20;

/**
 * The user's inbox: reminders of the plan's deadlines and returned records, newest first. Opening one
 * marks it read and goes to its record; the filter and page are in the URL.
 */
export default function InboxPage() {
  return useCan('reporting.notification.read').allowed ? <InboxView /> : <Forbidden />;
}

function InboxView() {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = useNotifications({ page, pageSize: PAGE_SIZE, ...(unreadOnly ? { unread: 'true' } : {}) });
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();

  useEffect(() => {
    document.title = `${t('inbox.title')} · ${t('app.brand')}`;
  }, [t]);

  const setFilter = (next: { unread?: boolean; page?: number }) => {
    const search = new URLSearchParams();
    if (next.unread ?? unreadOnly) search.set('unread', 'true');
    if ((next.page ?? 1) > 1) search.set('page', String(next.page));
    setParams(search);
  };

  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate({ id: n.id });
    void navigate(notificationPath(n.link, n.params));
  };

  const data = query.data;
  const unread = data?.unread ?? 0;

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 880 }}>
      <Flex wrap gap="small" align="center" justify="space-between">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('inbox.title')}
        </Typography.Title>
        <Flex wrap gap="small" align="center">
          <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
            <Switch
              size="small"
              checked={unreadOnly}
              onChange={(checked) => setFilter({ unread: checked })}
              data-testid="inbox-unread-only"
            />
            {t('inbox.unreadOnly')}
          </label>
          <Popconfirm
            title={t('inbox.markAllConfirm', { count: unread })}
            onConfirm={() => markAll.mutate({})}
            okText={t('app.yes')}
            cancelText={t('app.no')}
            disabled={!unread}
          >
            <Button disabled={!unread} loading={markAll.isPending} data-testid="inbox-mark-all">
              {t('inbox.markAllRead')}
            </Button>
          </Popconfirm>
        </Flex>
      </Flex>
      {query.isError && <Alert type="error" showIcon title={t('inbox.loadError')} />}
      {query.isPending ? (
        <Spin description={t('app.loading')} style={{ display: 'block', margin: 48 }} />
      ) : data && data.items.length === 0 ? (
        <Empty description={unreadOnly ? t('inbox.emptyUnread') : t('inbox.empty')} />
      ) : (
        <ul
          data-testid="inbox-list"
          style={{ listStyle: 'none', margin: 0, padding: 0, border: '1px solid #f0f0f0', borderRadius: 8 }}
        >
          {(data?.items ?? []).map((n) => (
            <li
              key={n.id}
              data-testid="inbox-item"
              data-unread={n.readAt ? undefined : 'true'}
              style={{
                display: 'flex',
                flexWrap: 'wrap',
                alignItems: 'center',
                gap: 8,
                padding: '12px 16px',
                borderBottom: '1px solid #f0f0f0',
                background: n.readAt ? undefined : '#f0f6ff',
              }}
            >
              <Flex vertical gap={4} style={{ flex: '1 1 240px', minWidth: 0 }}>
                <Link
                  to={notificationPath(n.link, n.params)}
                  onClick={(event) => {
                    event.preventDefault();
                    open(n);
                  }}
                  style={{ fontWeight: n.readAt ? 400 : 600, overflowWrap: 'anywhere' }}
                  data-testid="inbox-open"
                >
                  {notificationText(n, t, lang)}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(n.createdAt, lang)}
                  {!n.readAt && (
                    <Tag color="blue" style={{ marginInlineStart: 8 }}>
                      {t('inbox.unread')}
                    </Tag>
                  )}
                </Typography.Text>
              </Flex>
              {!n.readAt && (
                <Button
                  size="small"
                  onClick={() => markRead.mutate({ id: n.id })}
                  data-testid="inbox-mark-read"
                >
                  {t('inbox.markRead')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {data && data.total > PAGE_SIZE && (
        <Pagination
          current={page}
          pageSize={PAGE_SIZE}
          total={data.total}
          showSizeChanger={false}
          onChange={(next) => setFilter({ page: next })}
          size="small"
        />
      )}
    </Flex>
  );
}
