import { useEffect, useState } from 'react';
import { Alert, Button, Card, Divider, Form, Input, Select, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useLanguage } from '../shared/i18n';
import { identityOfToken, useSession } from './session';
import type { Identity } from './session';

interface DemoUser extends Identity {
  key: string;
  agencyName?: string;
}

/**
 * Sign-in: on the local platform, as one of the demo city's people (a development token from the
 * console server); anywhere, with a token from the agency's identity provider pasted in.
 */
export function SignInPage() {
  const { t } = useLanguage();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [demoUsers, setDemoUsers] = useState<DemoUser[] | null>(null);
  const [chosen, choose] = useState<string>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    fetch('/session/options').then((res) => res.json() as Promise<{ demoUsers: DemoUser[] }>)
      .then((options) => setDemoUsers(options.demoUsers), () => setDemoUsers([]));
  }, []);

  const signInAsDemoUser = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch('/session/demo-token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: chosen }) });
      const body = (await res.json()) as { token?: string; identity?: Identity; errors?: { message: string }[] };
      if (!body.token || !body.identity) throw new Error(body.errors?.[0]?.message ?? res.statusText);
      signIn({ token: body.token, identity: body.identity });
      navigate('/');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const signInWithToken = ({ token }: { token: string }) => {
    const identity = identityOfToken(token.trim());
    if (!identity) {
      setError(t('signIn.badToken'));
      return;
    }
    signIn({ token: token.trim(), identity });
    navigate('/');
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 64 }}>
      <Card title={t('signIn.title')} style={{ width: 520 }}>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        {demoUsers && demoUsers.length > 0 && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">{t('signIn.demoHint')}</Typography.Text>
            <Select
              aria-label={t('signIn.demoUser')}
              data-testid="demo-user"
              placeholder={t('signIn.demoUser')}
              style={{ width: '100%' }}
              value={chosen}
              onChange={choose}
              showSearch
              optionFilterProp="label"
              options={demoUsers.map((user) => ({ value: user.key, label: `${user.name} · ${user.agencyName ?? user.agencyId} · ${user.roles.map((role) => t(`role.${role}` as never)).join('、')}` }))}
            />
            <Button type="primary" block disabled={!chosen} loading={busy} onClick={signInAsDemoUser}>{t('signIn.submit')}</Button>
          </Space>
        )}
        <Divider plain>{t('signIn.orToken')}</Divider>
        <Form layout="vertical" onFinish={signInWithToken}>
          <Form.Item name="token" label={t('signIn.token')} rules={[{ required: true, message: t('signIn.tokenRequired') }]}>
            <Input.TextArea rows={3} autoComplete="off" />
          </Form.Item>
          <Button htmlType="submit" block>{t('signIn.withToken')}</Button>
        </Form>
        <Divider />
        <Typography.Link href="/lookup">{t('lookup.title')}</Typography.Link>
      </Card>
    </div>
  );
}
