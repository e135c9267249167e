import type { Lang } from '@ascc/catalog';
import type { GatewayHealth, HealthCheck } from '@ascc/contracts';
import { Alert, Button, Col, Flex, Result, Row, Skeleton, Typography } from 'antd';
import { useLang, useT } from '../../../i18n/language';
import type { Translate } from '../../../i18n/translate';
import { formatDateTime, formatNumber } from '../../../format/format';
import { errorText } from '../../../shared/error-text';
import { OperationsPanel } from '../components/operations-panel';
import { StatusCard } from '../components/status-card';
import { consumerText } from '../figures/consumer-text';
import { useCan } from '../../auth/hooks/use-can';
import { useHealth } from '../hooks/use-health';
import { LocalError } from '../../../shared/fail-local';

type ServiceStatus = GatewayHealth['services'][number];

const DATABASE_NAMES = { sqlite: 'SQLite', postgresql: 'PostgreSQL' };

export default function StatusPage() {
  const t = useT();
  const lang = useLang();
  const health = useHealth();
  const operations = useCan('system.metrics.read').allowed;

  if (health.isPending) return <Skeleton active />;
  if (health.isError && !health.data) {
    return (
      <Result
        status="error"
        title={t('status.loadError')}
        subTitle={errorText(health.error, t)}
        extra={<Button onClick={() => void health.refetch()}>{t('list.retry')}</Button>}
      />
    );
  }

  const { data } = health;
  const down = data.services
    .filter((service) => service.status === 'down')
    .map((service) => t(`status.service.${service.service}`));
  if (data.nats === 'down') down.unshift(t('status.nats'));
  // Services that answer but whose consumers, outbox or read model lag or fail: named, never "all is well".
  const problems = [
    ...data.services.map((service) => ({ name: service.service, checks: service.checks })),
    { name: 'gateway' as const, checks: data.checks },
  ].flatMap(({ name, checks }) =>
    (checks ?? [])
      .filter((check) => check.status !== 'ok')
      .map((check) => `${t(`status.service.${name}`)}: ${checkText(check, t, lang)}`),
  );

  const checksDetail = (checks: HealthCheck[] | undefined) => ({
    key: 'checks',
    label: t('status.checks'),
    children: (checks ?? []).some((check) => check.status !== 'ok') ? (
      <Flex vertical>
        {(checks ?? [])
          .filter((check) => check.status !== 'ok')
          .map((check) => (
            <Typography.Text key={`${check.kind}:${check.name}`} type="warning" title={check.detail}>
              {checkText(check, t, lang)}
            </Typography.Text>
          ))}
      </Flex>
    ) : checks?.length ? (
      t('status.checksOk')
    ) : (
      t('status.unknown')
    ),
  });
  const details = (service: ServiceStatus) => [
    { key: 'database', label: t('status.database'), children: statusWord(service.database, t) },
    {
      key: 'kind',
      label: t('status.databaseKind'),
      children: service.databaseKind ? DATABASE_NAMES[service.databaseKind] : t('status.unknown'),
    },
    checksDetail(service.checks),
    {
      key: 'rtt',
      label: t('status.roundTrip'),
      children:
        service.roundTripMs === undefined
          ? t('status.unknown')
          : t('status.ms', { value: formatNumber(service.roundTripMs, lang) }),
    },
    {
      key: 'restarts',
      label: t('status.restarts'),
      children: service.restarts === undefined ? t('status.unknown') : formatNumber(service.restarts, lang),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('status.title')}
      </Typography.Title>
      {/* A failed poll keeps the last answer on screen but says the gateway itself is not answering. */}
      {health.isError && <LocalError title={t('status.loadError')} error={health.error} />}
      {data.status === 'ok' ? (
        <Alert type="success" showIcon title={t('status.ok')} data-testid="status-banner" />
      ) : (
        <Alert
          type="error"
          showIcon
          banner
          title={t('status.degraded')}
          description={
            <Flex vertical>
              {down.length > 0 && <span>{t('status.degradedDetail', { names: down.join(', ') })}</span>}
              {problems.map((problem) => (
                <span key={problem} data-testid="status-problem">
                  {problem}
                </span>
              ))}
            </Flex>
          }
          data-testid="status-banner"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={8}>
          <StatusCard
            testId="status-nats"
            title={t('status.nats')}
            up={data.nats === 'up'}
            description={t('status.natsRole')}
          />
        </Col>
        {data.services.map((service) => (
          <Col key={service.service} xs={24} md={12} xl={8}>
            <StatusCard
              testId={`status-${service.service}`}
              title={t(`status.service.${service.service}`)}
              up={service.status !== 'down'}
              degraded={service.status === 'degraded'}
              details={details(service)}
            />
          </Col>
        ))}
        {/* The answering gateway copy's own parts: shown when it has any (e-mail on). */}
        {data.checks?.length ? (
          <Col xs={24} md={12} xl={8}>
            <StatusCard
              testId="status-gateway"
              title={t('status.service.gateway')}
              up
              degraded={data.checks.some((check) => check.status !== 'ok')}
              details={[checksDetail(data.checks)]}
            />
          </Col>
        ) : null}
      </Row>
      {/* Errors, slow routes and event lag: what an administrator watches (admins only, as the API). */}
      {operations && <OperationsPanel />}
      <Typography.Text type="secondary">
        {t('status.checkedAt', { time: formatDateTime(data.checkedAt, lang, { seconds: true }) })}
      </Typography.Text>
    </Flex>
  );
}

/** A check that is not passing, in words: which part, and lagging (how many waiting) or failing. */
function checkText(check: HealthCheck, t: Translate, lang: Lang): string {
  if (check.kind === 'mail') {
    const pending = formatNumber(check.pending ?? 0, lang);
    const state =
      check.status === 'lagging'
        ? t('status.check.mailLagging', { pending })
        : t('status.check.mailFailing', { pending });
    return `${t('status.check.mail')} — ${state}`;
  }
  const part =
    check.kind === 'consumer'
      ? consumerText(check.name, t)
      : check.kind === 'outbox'
        ? t('status.check.outbox')
        : t('status.check.readModel');
  const state =
    check.status === 'lagging'
      ? t('status.check.lagging', { pending: formatNumber(check.pending ?? 0, lang) })
      : check.pending
        ? t('status.check.failingWaiting', { pending: formatNumber(check.pending, lang) })
        : t('status.check.failing');
  return `${part} — ${state}`;
}

function statusWord(status: 'up' | 'down' | undefined, t: Translate): string {
  if (status === undefined) return t('status.unknown');
  return status === 'up' ? t('status.up') : t('status.down');
}
