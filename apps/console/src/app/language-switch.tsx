import type { Lang } from '@ascc/catalog';
import { Grid, Segmented } from 'antd';
import { LANGUAGE_NAMES, useLang, useSetLang, useT } from '../i18n/language';

const LANGS = ['vi', 'en'] as const;
const FULL = LANGS.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }));
/** On a phone the header has no room for the names: the languages' two letters, named for a screen reader. */
const SHORT = LANGS.map((lang) => ({
  value: lang,
  label: (
    <span title={LANGUAGE_NAMES[lang]} aria-label={LANGUAGE_NAMES[lang]}>
      {lang.toUpperCase()}
    </span>
  ),
}));

export function LanguageSwitch() {
  const t = useT();
  const phone = Grid.useBreakpoint().sm === false;
  return (
    <Segmented<Lang>
      data-testid="lang-switch"
      aria-label={t('app.language')}
      options={phone ? SHORT : FULL}
      value={useLang()}
      onChange={useSetLang()}
    />
  );
}
