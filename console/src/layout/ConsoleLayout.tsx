import { Button, Layout, Menu, Segmented, Space, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { useLanguage } from '../shared/i18n';
import { hasRole, useSession } from '../session/session';

const OwnAgency = graphql(`
  query OwnAgency($id: ID!) { agency(id: $id) { id name } }
`);

/** The screens a role works in; a screen a role may not use is not offered. */
const SCREENS = [
  { path: '/reception', label: 'nav.reception', roles: ['RECEPTION', 'HANDLER', 'DEPARTMENT_HEAD'] },
  { path: '/my-work', label: 'nav.myWork', roles: ['RECEPTION', 'HANDLER', 'DEPARTMENT_HEAD', 'LEADER'] },
] as const;

/** Every signed-in screen: who you are and your agency, the screens your roles use, the language. */
export function ConsoleLayout() {
  const { t, language, setLanguage } = useLanguage();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const agency = useQuery(OwnAgency, { variables: { id: session?.identity.agencyId ?? '' }, skip: !session });
  if (!session) return <Navigate to="/sign-in" replace />;
  const screens = SCREENS.filter((screen) => hasRole(session, ...screen.roles));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 24 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>{t('app.title')}</Typography.Title>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[location.pathname]}
          style={{ flex: 1, minWidth: 0 }}
          items={screens.map((screen) => ({ key: screen.path, label: t(screen.label) }))}
          onClick={({ key }) => navigate(key)}
        />
        <Space style={{ color: '#fff' }} data-testid="who-am-i">
          <span>{session.identity.name}</span>
          <span>·</span>
          <span>{agency.data?.agency?.name ?? session.identity.agencyId}</span>
          <span>·</span>
          <span>{session.identity.roles.map((role) => t(`role.${role}` as never)).join('、')}</span>
          <Segmented size="small" value={language} onChange={(value) => setLanguage(value as 'zh' | 'en')} options={[{ label: '中文', value: 'zh' }, { label: 'EN', value: 'en' }]} />
          <Button size="small" onClick={signOut}>{t('signIn.signOut')}</Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        {location.pathname === '/' ? <Navigate to={screens[0]?.path ?? '/my-work'} replace /> : <Outlet />}
      </Layout.Content>
    </Layout>
  );
}
