import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Segmented, Space, Steps, Typography } from 'antd';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { Satisfaction } from '../gql/graphql';
import { problemsOf } from '../shared/api-errors';
import { useLanguage } from '../shared/i18n';
import { formatDateTime } from '../shared/time';

const Progress = graphql(`
  query PetitionProgress($trackingNumber: String!, $accessCode: String!) {
    petitionByTrackingNumber(trackingNumber: $trackingNumber, accessCode: $accessCode) {
      trackingNumber status receivedAt receivingAgencyId proceduralReplyDueAt proceduralReplySentAt resultDueAt result resultRecordedAt satisfaction
    }
  }
`);

const AgencyName = graphql(`
  query PublicAgencyName($id: ID!) { agency(id: $id) { id name } }
`);

const Rate = graphql(`
  mutation RatePetition($trackingNumber: String!, $accessCode: String!, $rating: Satisfaction!, $comment: String) {
    ratePetition(trackingNumber: $trackingNumber, accessCode: $accessCode, rating: $rating, comment: $comment) { trackingNumber satisfaction }
  }
`);

interface Asked {
  trackingNumber: string;
  accessCode: string;
}

/**
 * 信访查询: a petitioner follows their petition with the tracking number and access code from the
 * receipt, without signing in: where it stands and what was answered, nothing personal; once
 * there is a result, they can say whether they are satisfied with it.
 */
export function PublicLookup() {
  const { t, language, setLanguage } = useLanguage();
  const [asked, setAsked] = useState<Asked | null>(null);
  const [lookup, { data, loading, error }] = useLazyQuery(Progress, { fetchPolicy: 'network-only' });
  const progress = data?.petitionByTrackingNumber;
  const agency = useQuery(AgencyName, { variables: { id: progress?.receivingAgencyId ?? '' }, skip: !progress });
  const [rate, rating] = useMutation(Rate);
  const refusal = error ? problemsOf(error) : null;

  const find = (fields: Asked) => {
    const trimmed = { trackingNumber: fields.trackingNumber.trim(), accessCode: fields.accessCode.trim() };
    setAsked(trimmed);
    void lookup({ variables: trimmed }).catch(() => undefined);
  };

  return (
    <div style={{ maxWidth: 760, margin: '48px auto', padding: '0 16px' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('lookup.title')}</Typography.Title>
        <Segmented size="small" value={language} onChange={(value) => setLanguage(value as 'zh' | 'en')} options={[{ label: '中文', value: 'zh' }, { label: 'EN', value: 'en' }]} />
      </Space>
      <Card>
        <Form<Asked> layout="inline" onFinish={find}>
          <Form.Item name="trackingNumber" label={t('petition.trackingNumber')} rules={[{ required: true, whitespace: true, message: t('reception.required') }]}>
            <Input autoComplete="off" style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="accessCode" label={t('receipt.accessCode')} rules={[{ required: true, whitespace: true, message: t('reception.required') }]}>
            <Input.Password autoComplete="off" style={{ width: 160 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>{t('lookup.find')}</Button>
        </Form>
      </Card>
      {refusal && <Alert style={{ marginTop: 16 }} type="error" showIcon message={refusal.code === 'RATE_LIMITED' ? t('lookup.tooMany') : t('lookup.notFound')} data-testid="lookup-refusal" />}
      {progress && asked && (
        <Card style={{ marginTop: 16 }} data-testid="progress">
          <Steps
            size="small"
            current={progress.resultRecordedAt ? 2 : progress.proceduralReplySentAt ? 1 : 0}
            items={[
              { title: t('lookup.received'), description: formatDateTime(progress.receivedAt) },
              { title: t('lookup.replied'), description: progress.proceduralReplySentAt ? formatDateTime(progress.proceduralReplySentAt) : t('lookup.dueBy', { at: formatDateTime(progress.proceduralReplyDueAt) }) },
              { title: t('lookup.result'), description: progress.resultRecordedAt ? formatDateTime(progress.resultRecordedAt) : t('lookup.dueBy', { at: formatDateTime(progress.resultDueAt) }) },
            ]}
          />
          <Descriptions bordered column={1} size="small" style={{ marginTop: 24 }}>
            <Descriptions.Item label={t('petition.trackingNumber')}>{progress.trackingNumber}</Descriptions.Item>
            <Descriptions.Item label={t('petition.status')}><span data-testid="progress-status">{t(`status.${progress.status}` as never)}</span></Descriptions.Item>
            <Descriptions.Item label={t('petition.receivingAgency')}>{agency.data?.agency?.name ?? progress.receivingAgencyId}</Descriptions.Item>
            <Descriptions.Item label={t('lookup.result')}>{progress.result ?? t('lookup.noResultYet')}</Descriptions.Item>
          </Descriptions>
          {progress.resultRecordedAt && !progress.satisfaction && (
            <Form<{ rating: Satisfaction; comment?: string }> layout="vertical" style={{ marginTop: 24 }} onFinish={(fields) => {
              void rate({ variables: { ...asked, ...fields } }).then(() => lookup({ variables: asked })).catch(() => undefined);
            }}>
              <Form.Item name="rating" label={t('lookup.rate')} rules={[{ required: true, message: t('reception.required') }]}>
                <Radio.Group options={(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const).map((value) => ({ value, label: t(`satisfaction.${value}`) }))} />
              </Form.Item>
              <Form.Item name="comment" label={t('lookup.comment')}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
              {rating.error && <Alert type="error" showIcon message={problemsOf(rating.error).message} style={{ marginBottom: 12 }} />}
              <Button htmlType="submit" loading={rating.loading}>{t('lookup.submitRating')}</Button>
            </Form>
          )}
          {progress.satisfaction && <Typography.Paragraph style={{ marginTop: 16 }}>{t('lookup.rated', { rating: t(`satisfaction.${progress.satisfaction}`) })}</Typography.Paragraph>}
        </Card>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 24 }}>{t('lookup.privacy')}</Typography.Paragraph>
    </div>
  );
}
