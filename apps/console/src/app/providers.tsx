import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import type { Lang } from '@ascc/catalog';
import type { ReactNode } from 'react';
import { LanguageProvider, useLang } from '../i18n/language';

const ANTD_LOCALES = { vi: viVN, en: enUS };

/** antd's own texts (pagination, date picker, empty tables) follow the chosen language too. */
function AntdConfig({ children, zeroRuntime }: { children: ReactNode; zeroRuntime?: boolean }) {
  const lang = useLang();
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[lang]}
      theme={{ token: { colorPrimary: '#1f4e9e', borderRadius: 6 }, zeroRuntime }}
    >
      {children}
    </ConfigProvider>
  );
}

export interface AppProvidersProps {
  queryClient: QueryClient;
  initialLang?: Lang;
  /**
   * antd's component styles from its stylesheet (`antd/dist/antd.css`, which the app imports) instead of
   * written at run time: the app's first render then computes no CSS. Tests keep the run-time styles.
   */
  zeroRuntime?: boolean;
  children: ReactNode;
}

/** Everything a screen expects around it; the app and component tests use the same stack. */
export function AppProviders({ queryClient, initialLang, zeroRuntime, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initialLang={initialLang}>
        <AntdConfig zeroRuntime={zeroRuntime}>{children}</AntdConfig>
      </LanguageProvider>
    </QueryClientProvider>
  );
}
