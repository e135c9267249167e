import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import type { Lang } from '@ascc/catalog';
import type { ReactNode } from 'react';
import { LanguageProvider, useLang } from '../i18n/language';

const ANTD_LOCALES = { vi: viVN, en: enUS };

/** antd's own texts (pagination, date picker, empty tables) follow the chosen language too. */
function AntdConfig({ children }: { children: ReactNode }) {
  const lang = useLang();
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[lang]}
      theme={{ token: { colorPrimary: '#1f4e9e', borderRadius: 6 } }}
    >
      {children}
    </ConfigProvider>
  );
}

export interface AppProvidersProps {
  queryClient: QueryClient;
  initialLang?: Lang;
  children: ReactNode;
}

/** Everything a screen expects around it; the app and component tests use the same stack. */
export function AppProviders({ queryClient, initialLang, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initialLang={initialLang}>
        <AntdConfig>{children}</AntdConfig>
      </LanguageProvider>
    </QueryClientProvider>
  );
}
