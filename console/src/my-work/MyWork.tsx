import { useState } from 'react';
import { Alert, Button, Card, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { MyWorkQuery } from '../gql/graphql';
import { useLanguage } from '../shared/i18n';
import { formatDateTime } from '../shared/time';
import { useSession } from '../session/session';

const MyWorkDeadlines = graphql(`
  query MyWork($handlerStaffId: ID, $first: Int!, $after: String) {
    overduePetitions(handlerStaffId: $handlerStaffId, dueWithinDays: 366, first: $first, after: $after) {
      edges { node {
        daysLeft
        deadline { id rule title status dueAt }
        petition { id trackingNumber petitionerName summary status }
      } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

type Item = MyWorkQuery['overduePetitions']['edges'][number]['node'];

const PAGE = 20;

/** Days left as the clock's colour: red once overdue, amber when due within three days. */
function clockColour(daysLeft: number): string {
  if (daysLeft < 0) return 'red';
  if (daysLeft <= 3) return 'orange';
  return 'green';
}

/**
 * 我的待办: what the handler, or the department, owes, by the open 7-day and 3-month clocks,
 * soonest due first, each clock as the time left.
 */
export function MyWork() {
  const { t } = useLanguage();
  const { session } = useSession();
  const [whose, setWhose] = useState<'mine' | 'agency'>('mine');
  const { data, loading, error, fetchMore, refetch } = useQuery(MyWorkDeadlines, {
    variables: { handlerStaffId: whose === 'mine' ? session?.identity.userId : null, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const items = data?.overduePetitions.edges.map((edge) => edge.node) ?? [];
  const page = data?.overduePetitions.pageInfo;
  return (
    <Card
      title={t('myWork.title')}
      extra={<Segmented value={whose} onChange={(value) => setWhose(value as 'mine' | 'agency')} options={[{ value: 'mine', label: t('myWork.mine') }, { value: 'agency', label: t('myWork.agency') }]} />}
    >
      {error && <Alert type="error" showIcon message={t('common.loadFailed')} description={error.message} action={<Button onClick={() => refetch()}>{t('common.retry')}</Button>} style={{ marginBottom: 16 }} />}
      <Table<Item>
        data-testid="my-work"
        rowKey={(item) => item.deadline.id}
        loading={loading}
        dataSource={items}
        pagination={false}
        size="middle"
        locale={{ emptyText: <Empty description={t('myWork.empty')} /> }}
        columns={[
          { title: t('petition.trackingNumber'), render: (_, item) => <Typography.Text strong>{item.petition.trackingNumber}</Typography.Text>, width: 220 },
          { title: t('petition.petitionerName'), render: (_, item) => item.petition.petitionerName, width: 120 },
          { title: t('petition.summary'), render: (_, item) => <Typography.Text ellipsis={{ tooltip: item.petition.summary }} style={{ maxWidth: 320 }}>{item.petition.summary}</Typography.Text> },
          { title: t('petition.status'), render: (_, item) => t(`status.${item.petition.status}` as never), width: 100 },
          { title: t('myWork.clock'), render: (_, item) => item.deadline.title, width: 180 },
          { title: t('myWork.dueAt'), render: (_, item) => formatDateTime(item.deadline.dueAt), width: 150 },
          {
            title: t('myWork.timeLeft'),
            width: 120,
            render: (_, item) => (
              <Tag color={clockColour(item.daysLeft)} data-testid="time-left">
                {item.daysLeft < 0 ? t('myWork.overdueBy', { days: -item.daysLeft }) : t('myWork.daysLeft', { days: item.daysLeft })}
              </Tag>
            ),
          },
        ]}
      />
      {page?.hasNextPage && (
        <Space style={{ marginTop: 16 }}>
          <Button loading={loading} onClick={() => fetchMore({
            variables: { after: page.endCursor },
            updateQuery: (previous, { fetchMoreResult }) => ({
              overduePetitions: { ...fetchMoreResult.overduePetitions, edges: [...previous.overduePetitions.edges, ...fetchMoreResult.overduePetitions.edges] },
            }),
          })}>{t('common.loadMore')}</Button>
        </Space>
      )}
    </Card>
  );
}
