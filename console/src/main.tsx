import { StrictMode, useCallback, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { MyWork } from './my-work/MyWork';
import { PublicLookup } from './public-lookup/PublicLookup';
import { ReceptionDesk } from './reception/ReceptionDesk';
import { SessionProvider } from './session/session';
import { SignInPage } from './session/SignInPage';
import { createApolloClient } from './shared/apollo-client';
import { LanguageProvider, useLanguage } from './shared/i18n';
import './shared/print.css';

function Console() {
  const { language } = useLanguage();
  const client = useMemo(() => createApolloClient(), []);
  // Another person's data must not stay in the cache after a sign-out or a new sign-in.
  const forget = useCallback(() => void client.clearStore(), [client]);
  return (
    <ConfigProvider locale={language === 'zh' ? zhCN : enUS} theme={{ token: { colorPrimary: '#b71c1c' } }}>
      <AntApp>
        <ApolloProvider client={client}>
          <SessionProvider onChange={forget}>
            <BrowserRouter>
              <Routes>
                <Route path="/sign-in" element={<SignInPage />} />
                <Route path="/lookup" element={<PublicLookup />} />
                <Route element={<ConsoleLayout />}>
                  <Route path="/" element={null} />
                  <Route path="/reception" element={<ReceptionDesk />} />
                  <Route path="/my-work" element={<MyWork />} />
                </Route>
              </Routes>
            </BrowserRouter>
          </SessionProvider>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <Console />
    </LanguageProvider>
  </StrictMode>,
);
