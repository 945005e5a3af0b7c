import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useLanguage } from '../shared/i18n';
import { formatDateTime } from '../shared/time';

export interface Registered {
  id: string;
  trackingNumber: string;
  accessCode: string;
  channel: string;
  category: string;
  petitionerName: string;
  headCount: number;
  summary: string;
  receivedAt: string;
  proceduralReplyDueAt?: string | null;
  resultDueAt?: string | null;
  repeat: boolean;
  repeatCount: number;
  group: boolean;
  leapfrog: boolean;
  receivingAgency: { id: string; name: string };
}

/**
 * 回执: what the petitioner takes home, printed at the desk: the tracking number and access code
 * to follow the petition on the public lookup page, and when the procedural reply is due.
 */
export function Receipt({ registered, onNext }: { registered: Registered; onNext(): void }) {
  const { t } = useLanguage();
  return (
    <Card title={t('receipt.title')} data-testid="receipt" extra={<Space className="no-print">
      <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('receipt.print')}</Button>
      <Button type="primary" onClick={onNext}>{t('receipt.next')}</Button>
    </Space>}>
      {(registered.repeat || registered.group || registered.leapfrog) && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={<Space wrap>
          {registered.repeat && <Tag color="orange">{t('flag.repeat', { count: registered.repeatCount })}</Tag>}
          {registered.group && <Tag color="red">{t('flag.group', { count: registered.headCount })}</Tag>}
          {registered.leapfrog && <Tag color="purple">{t('flag.leapfrog')}</Tag>}
        </Space>} />
      )}
      <Descriptions bordered column={2} size="middle">
        <Descriptions.Item label={t('petition.trackingNumber')}><Typography.Text strong copyable data-testid="tracking-number">{registered.trackingNumber}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('receipt.accessCode')}><Typography.Text strong copyable data-testid="access-code">{registered.accessCode}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('petition.receivingAgency')}>{registered.receivingAgency.name}</Descriptions.Item>
        <Descriptions.Item label={t('petition.receivedAt')}>{formatDateTime(registered.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('petition.petitionerName')}>{registered.petitionerName}</Descriptions.Item>
        <Descriptions.Item label={t('petition.channel')}>{t(`channel.${registered.channel}` as never)} · {t(`category.${registered.category}` as never)}</Descriptions.Item>
        <Descriptions.Item label={t('petition.proceduralReplyDueAt')}>{formatDateTime(registered.proceduralReplyDueAt)}</Descriptions.Item>
        <Descriptions.Item label={t('petition.resultDueAt')}>{formatDateTime(registered.resultDueAt)}</Descriptions.Item>
        <Descriptions.Item label={t('petition.summary')} span={2}>{registered.summary}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>{t('receipt.howToFollow', { url: `${window.location.origin}/lookup` })}</Typography.Paragraph>
    </Card>
  );
}
