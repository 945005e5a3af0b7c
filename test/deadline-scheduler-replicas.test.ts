import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { petitionsSubgraph } from '@xinfang/petitions';
import { Role, Topics } from '@xinfang/kit';
import type { RunningSubgraph } from '@xinfang/kit';
import { expectData } from './support/graphql-client';
import { startInProcess } from './support/in-process';
import { TopicListener, eventually } from './support/kafka-listener';
import { tokenFor } from './support/seed';

const DATABASE = 'petitions_scheduler_replicas_test';
const PETITIONS = 40;

/**
 * Three replicas of a subgraph scan the same clocks every 200 ms; each missed deadline (each
 * clock, two per petition here) is still announced exactly once, because a clock is locked and stamped in the transaction
 * that queues its event.
 */
describe('deadline scheduling with several replicas', () => {
  let replicas: RunningSubgraph[];
  let deadlines: TopicListener;

  beforeAll(async () => {
    replicas = await Promise.all([1, 2, 3].map(() => startInProcess(petitionsSubgraph, { database: DATABASE })));
    deadlines = await TopicListener.start(Topics.deadlines.name);
  });

  afterAll(async () => {
    await deadlines.stop();
    await Promise.all(replicas.map((replica) => replica.stop()));
  });

  it('announces each missed deadline once', async () => {
    const agencyId = `replicas-procuratorate-${randomUUID().slice(0, 8)}`;
    const token = await tokenFor({ userId: 'replicas-reception', name: '接待员', agencyId, roles: [Role.RECEPTION] });
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600_000);
    const ids = await Promise.all(Array.from({ length: PETITIONS }, async (_, i) => {
      const { registerPetition } = await expectData<{ registerPetition: { petition: { id: string } } }>(
        `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { petition { id } } }`,
        { input: { channel: 'LETTER', category: 'APPEAL', petitionerName: `信访人${i}`, summary: 'Appeals a decision not to prosecute.', receivedAt: monthAgo } },
        token,
        replicas[i % replicas.length]!.url,
      );
      return registerPetition.petition.id;
    }));
    const ours = new Set(ids);
    // A month late, each petition has missed two clocks: the 7-day reply and the Regulations' 15-day notice.
    const missedRules = ['PROCEDURAL_REPLY', 'REGISTRATION_NOTICE'];
    const missedOfOurs = () => deadlines.all((message) => ours.has(message.event.subject) && message.event.type === 'DeadlineMissed');
    await eventually(async () => missedOfOurs().length, (count) => count >= PETITIONS * missedRules.length, 60_000);
    await sleep(2_000); // ten more scans by each replica
    const announced = missedOfOurs().map((message) => message.event.data as { clockId: string; rule: string });
    expect(announced).toHaveLength(PETITIONS * missedRules.length);
    expect(new Set(announced.map(({ clockId }) => clockId)).size).toBe(announced.length);
    expect(new Set(missedOfOurs().map((message) => message.event.subject))).toEqual(ours);
    expect([...new Set(announced.map(({ rule }) => rule))].sort()).toEqual(missedRules);
  });
});
