import { Alert, Card, Col, Empty, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import { useLang, useT } from '../../../i18n/language';
import { formatDateTime, formatNumber } from '../../../format/format';
import { errorText } from '../../../shared/error-text';
import { consumerText } from '../figures/consumer-text';
import {
  SLOW_ROUTE_MS,
  consumerLag,
  errorFigures,
  minuteBars,
  slowestRoutes,
} from '../figures/operations-figures';
import { useSystemMetrics } from '../hooks/use-system-metrics';

const ROW = { justify: 'space-between', align: 'baseline', gap: 8 } as const;
/** The figure at a row's end keeps to one line; the name before it wraps. */
const FIGURE = { whiteSpace: 'nowrap', flexShrink: 0 } as const;

/**
 * The few figures an administrator watches: server errors per minute at the gateway, the slowest routes
 * (95th percentile) and how many events wait for each durable consumer.
 */
export function OperationsPanel() {
  const t = useT();
  const lang = useLang();
  const metrics = useSystemMetrics();
  const n = (value: number) => formatNumber(value, lang);

  if (metrics.isPending) return <Skeleton active data-testid="operations-loading" />;
  if (metrics.isError && !metrics.data)
    return (
      <Alert
        type="warning"
        showIcon
        title={t('status.ops.loadError')}
        description={errorText(metrics.error, t)}
        data-testid="operations-error"
      />
    );

  const { data } = metrics;
  const errors = errorFigures(data.minutes);
  const routes = slowestRoutes(data.slowestRoutes);
  const consumers = consumerLag(data.consumers);
  return (
    <Flex vertical gap="small" data-testid="operations">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('status.ops.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={8}>
          <Card title={t('status.ops.errors')} style={{ height: '100%' }} data-testid="operations-errors">
            <Typography.Paragraph type="secondary">{t('status.ops.errorsHint')}</Typography.Paragraph>
            <Flex gap="large" wrap>
              <Statistic title={t('status.ops.lastMinute')} value={n(errors.lastMinute)} />
              <Statistic
                title={t('status.ops.perMinute', { minutes: n(data.windowMinutes) })}
                value={n(errors.perMinute)}
              />
              <Statistic title={t('status.ops.peak')} value={n(errors.peak)} />
            </Flex>
            <Flex
              align="flex-end"
              gap={2}
              style={{ height: 40, margin: '12px 0 8px' }}
              role="img"
              aria-label={t('status.ops.errors')}
            >
              {minuteBars(data.minutes).map((bar, i) => (
                <div
                  key={bar.minute}
                  title={`${formatDateTime(bar.minute, lang)}: ${n(data.minutes[i].requests)} / ${n(data.minutes[i].serverErrors)}`}
                  style={{
                    flex: 1,
                    height: `${Math.max(4, bar.answers * 100)}%`,
                    background: '#d9d9d9',
                    display: 'flex',
                    alignItems: 'flex-end',
                  }}
                >
                  <div
                    style={{
                      width: '100%',
                      height: `${(bar.errors / (bar.answers || 1)) * 100}%`,
                      background: '#ff4d4f',
                    }}
                  />
                </div>
              ))}
            </Flex>
            <Typography.Text type="secondary" data-testid="operations-share">
              {t('status.ops.errorShare', { percent: n(errors.errorPercent), requests: n(errors.requests) })}
              {' · '}
              {t('status.ops.refused', { count: n(errors.refused) })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Card title={t('status.ops.slowest')} style={{ height: '100%' }} data-testid="operations-routes">
            <Typography.Paragraph type="secondary">
              {t('status.ops.slowestHint', { since: formatDateTime(data.since, lang) })}
            </Typography.Paragraph>
            {routes.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('status.ops.noRoutes')} />
            ) : (
              <Flex vertical gap={6}>
                {routes.map((r) => (
                  <Flex key={`${r.method} ${r.route}`} vertical data-testid="operations-route">
                    <Typography.Text code style={{ overflowWrap: 'anywhere', alignSelf: 'flex-start' }}>
                      {r.method} {r.route}
                    </Typography.Text>
                    <Typography.Text>
                      <Typography.Text strong type={r.p95Ms >= SLOW_ROUTE_MS ? 'danger' : undefined}>
                        {t('status.ms', { value: n(r.p95Ms) })}
                      </Typography.Text>
                      <Typography.Text type="secondary">
                        {' '}
                        · {t('status.ops.requests', { count: n(r.requests) })}
                      </Typography.Text>
                    </Typography.Text>
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} md={24} xl={8}>
          <Card title={t('status.ops.lag')} style={{ height: '100%' }} data-testid="operations-consumers">
            <Typography.Paragraph type="secondary">{t('status.ops.lagHint')}</Typography.Paragraph>
            {data.unreachable.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 8 }}
                title={t('status.ops.unreachable', {
                  names: data.unreachable.map((s) => t(`status.service.${s}`)).join(', '),
                })}
              />
            )}
            {consumers.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('status.ops.noConsumers')} />
            ) : (
              <Flex vertical gap={6}>
                {consumers.map((c) => (
                  <Flex key={c.name} {...ROW} data-testid="operations-consumer">
                    <Typography.Text style={{ minWidth: 0 }}>
                      {consumerText(c.name, t)}
                      <Typography.Text type="secondary">
                        {' '}
                        · {t(`status.service.${c.service}`)}
                      </Typography.Text>
                    </Typography.Text>
                    <Typography.Text strong type={c.status === 'ok' ? undefined : 'warning'} style={FIGURE}>
                      {c.pending === undefined
                        ? t('status.unknown')
                        : t('status.ops.waiting', { pending: n(c.pending) })}
                    </Typography.Text>
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
