import { agencyLabel, planAreaLabel } from '@ascc/catalog';
import { SEARCH_ROUTES, type SearchGroup, type SearchHit, type SearchKind } from '@ascc/contracts';
import { Alert, Empty, Flex, Grid, Input, type InputRef, Modal, Spin, Typography } from 'antd';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useRouteQuery } from '../../../api/route-query';
import { useLang, useT } from '../../../i18n/language';
import type { Translate } from '../../../i18n/translate';
import { listPath, recordPath } from '../search-paths';
import '../messages';

/** Fewer characters than this are not searched: two letters already narrow a plan's records. */
export const MIN_SEARCH_CHARS = 2;
/** The search waits this long after the last key, so typing a word asks once. */
export const SEARCH_DEBOUNCE_MS = 250;

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** A found record's name and second line, in the user's language. */
function describe(kind: SearchKind, hit: SearchHit, t: Translate, lang: 'vi' | 'en') {
  const agency = hit.agencyCode ? agencyLabel(hit.agencyCode, lang) : undefined;
  if (kind === 'report') {
    return {
      title: `${hit.title} · ${planAreaLabel(hit.title, lang)}`,
      detail: [agency, hit.year && t('search.year', { year: hit.year })].filter(Boolean).join(' · '),
    };
  }
  return {
    title: (lang === 'en' && hit.titleEn) || hit.title,
    detail: [hit.detail, hit.year && t('search.year', { year: hit.year }), agency]
      .filter(Boolean)
      .join(' · '),
  };
}

/**
 * The global search over the page: what the user types (diacritics and case do not matter) is searched
 * in every kind of record they may read, grouped by kind, five of each; ↑/↓ choose a record, Enter
 * opens it, "see all" opens the kind's list filtered with the same words. Full screen on a phone.
 */
export default function SearchPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().sm === false;
  const input = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim(), SEARCH_DEBOUNCE_MS);
  const ready = q.length >= MIN_SEARCH_CHARS;
  const search = useRouteQuery(
    SEARCH_ROUTES.search,
    { q },
    { enabled: ready, page: true, staleTime: 30_000 },
  );
  const groups: SearchGroup[] = ready ? (search.data?.groups ?? []) : [];
  const shown = groups.filter((g) => g.items.length > 0 || g.status === 'unavailable');
  const hits = useMemo(() => shown.flatMap((g) => g.items.map((hit) => ({ kind: g.kind, hit }))), [shown]);

  useEffect(() => setActive(0), [search.data]);
  useEffect(() => {
    if (open) setTimeout(() => input.current?.focus({ cursor: 'all' }), 0);
  }, [open]);

  const go = (path: string) => {
    onClose();
    navigate(path);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!hits.length) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = hits[Math.min(active, hits.length - 1)];
      go(recordPath(chosen.kind, chosen.hit));
    }
  };

  let index = -1;
  const optionId = (i: number) => `global-search-option-${i}`;
  const loading = ready && (search.isFetching || text.trim() !== q) && !search.data;

  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      title={t('search.title')}
      width={phone ? '100%' : 640}
      style={phone ? { top: 0, maxWidth: '100vw', margin: 0, paddingBottom: 0 } : { top: 48 }}
      styles={phone ? { container: { minHeight: '100vh', borderRadius: 0 } } : undefined}
      data-testid="global-search"
    >
      <Flex vertical gap="middle">
        <Input
          ref={input}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={t('search.placeholder')}
          aria-label={t('search.title')}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="global-search-results"
          aria-activedescendant={hits.length ? optionId(Math.min(active, hits.length - 1)) : undefined}
          allowClear
          maxLength={100}
          size="large"
          data-testid="global-search-input"
        />
        {!ready && <Typography.Text type="secondary">{t('search.typeMore')}</Typography.Text>}
        {loading && <Spin description={t('search.loading')} />}
        {ready && search.isError && <Alert type="error" showIcon title={t('search.failed')} />}
        {ready && search.data && !shown.length && (
          <Empty description={t('search.empty', { q })} data-testid="global-search-empty" />
        )}
        <div
          id="global-search-results"
          role="listbox"
          aria-label={t('search.title')}
          style={{ maxHeight: phone ? undefined : '60vh', overflowY: 'auto' }}
        >
          {shown.map((group) => (
            <section
              key={group.kind}
              data-testid={`global-search-group-${group.kind}`}
              style={{ marginBottom: 12 }}
            >
              <Flex justify="space-between" align="baseline" gap="small">
                <Typography.Text strong>{t(`search.kind.${group.kind}`)}</Typography.Text>
                {group.items.length > 0 && (
                  <Link
                    to={listPath(group.kind, q)}
                    onClick={onClose}
                    data-testid={`global-search-all-${group.kind}`}
                  >
                    {t('search.seeAll')}
                  </Link>
                )}
              </Flex>
              {group.status === 'unavailable' && (
                <Typography.Text type="warning">{t('search.unavailable')}</Typography.Text>
              )}
              {group.items.map((hit) => {
                index += 1;
                const i = index;
                const { title, detail } = describe(group.kind, hit, t, lang);
                const selected = i === Math.min(active, hits.length - 1);
                return (
                  <Link
                    key={hit.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={selected}
                    to={recordPath(group.kind, hit)}
                    onClick={onClose}
                    onMouseEnter={() => setActive(i)}
                    data-testid="global-search-hit"
                    style={{
                      display: 'block',
                      padding: '6px 8px',
                      borderRadius: 6,
                      color: 'inherit',
                      background: selected ? '#e6f0ff' : undefined,
                    }}
                  >
                    <div style={{ overflowWrap: 'anywhere' }}>{title}</div>
                    {detail && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {detail}
                      </Typography.Text>
                    )}
                  </Link>
                );
              })}
            </section>
          ))}
        </div>
        {!phone && hits.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('search.keys')}
          </Typography.Text>
        )}
      </Flex>
    </Modal>
  );
}
