import type { Lang } from '@ascc/catalog';
import { Segmented } from 'antd';
import { LANGUAGE_NAMES, useLang, useSetLang, useT } from '../i18n/language';

const OPTIONS = (['vi', 'en'] as const).map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }));

export function LanguageSwitch() {
  const t = useT();
  return (
    <Segmented<Lang>
      data-testid="lang-switch"
      aria-label={t('app.language')}
      options={OPTIONS}
      value={useLang()}
      onChange={useSetLang()}
    />
  );
}
