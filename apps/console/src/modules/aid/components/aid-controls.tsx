import { SECTORS, pickLabel } from '@ascc/catalog';
import { CURRENCY_CODES } from '@ascc/contracts';
import { Select } from 'antd';
import type { SelectProps } from 'antd';
import { useState } from 'react';
import { formatDate } from '../../../format/format';
import { useLang } from '../../../i18n/language';
import { matchesFolded } from '../../../shared/text';
import { useProjects } from '../hooks/use-aid';
import { useNgos } from '../hooks/use-ngos';
import { useCulturalEventOptions } from '../../culture/hooks/use-cultural-events';

type Props = Omit<SelectProps, 'options'>;

const folded: SelectProps['showSearch'] = {
  filterOption: (input, option) =>
    matchesFolded(`${String(option?.label ?? '')} ${String(option?.value ?? '')}`, input),
};

/** DAC 5-digit sectors of the catalogue, searchable by code or name. */
export function SectorSelect(props: Props) {
  const lang = useLang();
  const options = SECTORS.map((s) => ({ value: s.code, label: `${s.code} · ${pickLabel(s, lang)}` }));
  return <Select showSearch={folded} {...props} options={options} />;
}

export function CurrencySelect(props: Props) {
  return (
    <Select showSearch={folded} {...props} options={CURRENCY_CODES.map((c) => ({ value: c, label: c }))} />
  );
}

/** Only letters, digits and dashes reach the server's word search: an option's "(ACRONYM)" or "·" still finds it. */
const searchWords = (text: string) => text.replace(/[^\p{L}\p{N}\s-]/gu, ' ').trim();

/** A registered NGO, searched on the server (accents optional) as the user types. */
export function NgoSelect(props: Props) {
  const [q, setQ] = useState('');
  const ngos = useNgos({ q: searchWords(q) || undefined, pageSize: 20, sort: 'nameOriginal', order: 'asc' });
  const options = (ngos.data?.items ?? []).map((n) => ({
    value: n.id,
    label: n.acronym ? `${n.nameOriginal} (${n.acronym})` : n.nameOriginal,
  }));
  return <SearchSelect {...props} options={options} loading={ngos.isFetching} onSearchText={setQ} />;
}

/** An aid project, searched on the server by code or title. */
export function ProjectSelect(props: Props) {
  const [q, setQ] = useState('');
  const projects = useProjects({ q: searchWords(q) || undefined, pageSize: 20, sort: 'code', order: 'asc' });
  const options = (projects.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.code} · ${p.titleVi}`,
  }));
  return <SearchSelect {...props} options={options} loading={projects.isFetching} onSearchText={setQ} />;
}

/**
 * A cultural event of any department (the one a delegation attends), searched in the culture service
 * by title; the aid service checks the choice with the culture service when it is saved.
 */
export function CulturalEventSelect(props: Props) {
  const lang = useLang();
  const [q, setQ] = useState('');
  const events = useCulturalEventOptions(searchWords(q) || undefined);
  const options = (events.data?.items ?? []).map((e) => ({
    value: e.id,
    label: `${formatDate(e.startDate, lang)} · ${lang === 'en' ? e.titleEn : e.titleVi}`,
  }));
  return <SearchSelect {...props} options={options} loading={events.isFetching} onSearchText={setQ} />;
}

type Option = { value: string; label: string };

/**
 * A select whose options come from a server search. The chosen option is kept among the options, so its
 * label still shows once the search moves on to other records.
 */
function SearchSelect({
  options,
  onSearchText,
  onChange,
  ...props
}: Props & { options: Option[]; onSearchText: (text: string) => void }) {
  const [picked, setPicked] = useState<Option[]>([]);
  const shown = [...picked.filter((p) => !options.some((o) => o.value === p.value)), ...options];
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: onSearchText }}
      allowClear
      {...props}
      options={shown}
      onChange={(value, option) => {
        const chosen = (Array.isArray(option) ? option : [option]).filter(Boolean) as Option[];
        setPicked(chosen.map((o) => ({ value: o.value, label: o.label })));
        onChange?.(value, option);
      }}
    />
  );
}
