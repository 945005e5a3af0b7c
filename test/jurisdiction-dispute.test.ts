import { Role } from '@xinfang/kit';
import { errorCodes } from './support/graphql-client';
import { petitionsRows } from './support/personal-data';
import { Actor, seedProcuratorateChain, stepMutation, takeStepAs } from './support/seed';
import type { ProcuratorateChain } from './support/seed';

const DISPUTE_VIEW = 'status handlingAgency { id } transferredFrom { id } arbiter { id } deadlines { rule status } history { action }';

/**
 * Regulations art. 23–24: the agency a petition was transferred to objects within 5 working
 * days; the sender disagrees; the two agencies' common superior decides, or refers it to the
 * joint conference, whose decision binds. The petition's clocks run throughout.
 */
describe('a jurisdiction dispute over a transferred petition', () => {
  let chain: ProcuratorateChain;
  let cityHead: Actor;

  beforeAll(async () => {
    chain = await seedProcuratorateChain();
    cityHead = await Actor.as({ userId: `head-${chain.agencies.city.id}`, name: '市院部门负责人', agencyId: chain.agencies.city.id, roles: [Role.DEPARTMENT_HEAD] });
  });

  const transferred = async () => {
    const { id } = await chain.countyHandler.registerPetition({ category: 'ACCUSATION', summary: 'Accuses a police officer of the neighbouring county.' });
    await takeStepAs(chain.countyHandler, 'transferPetition', { id, toAgencyId: chain.agencies.siblingCounty.id, reason: 'The officer serves there.' });
    return id;
  };
  const view = async (id: string) => (await chain.provinceHandler.query<{ petition: { status: string; handlingAgency: { id: string }; transferredFrom: { id: string } | null; arbiter: { id: string } | null; deadlines: { rule: string; status: string }[]; history: { action: string }[] } }>(
    `query($id: ID!) { petition(id: $id) { ${DISPUTE_VIEW} } }`, { id },
  )).petition;
  const refused = (actor: Actor, mutation: string, variables: Record<string, unknown>) => errorCodes(stepMutation(mutation, variables), variables, actor.token);

  it('goes from the objection to the common superior\'s binding decision', async () => {
    const id = await transferred();
    await takeStepAs(chain.siblingHandler, 'objectToTransfer', { id, reason: 'The officer was seconded from the county; the matter is theirs.' });
    expect(await refused(chain.siblingHandler, 'rejectTransferObjection', { id, reason: 'Not for us to say' })).toEqual(['FORBIDDEN']);
    await takeStepAs(chain.countyHandler, 'rejectTransferObjection', { id, reason: 'He serves in the neighbouring county now.' });
    expect(await view(id)).toMatchObject({ status: 'IN_ARBITRATION', arbiter: { id: chain.agencies.city.id }, transferredFrom: { id: chain.agencies.county.id } });

    expect(await refused(chain.siblingHandler, 'decideJurisdiction', { id, agencyId: chain.agencies.county.id, reason: 'Ours? No.' })).toEqual(['FORBIDDEN']);
    expect(await refused(cityHead, 'decideJurisdiction', { id, agencyId: chain.agencies.province.id, reason: 'Neither' })).toEqual(['BAD_USER_INPUT']);
    await takeStepAs(cityHead, 'decideJurisdiction', { id, agencyId: chain.agencies.siblingCounty.id, reason: 'Where the officer serves.' });

    const decided = await view(id);
    expect(decided).toMatchObject({ status: 'ACCEPTED', handlingAgency: { id: chain.agencies.siblingCounty.id }, transferredFrom: null, arbiter: null });
    expect(decided.deadlines.find((clock) => clock.rule === 'HANDLING')?.status).toBe('RUNNING');
    expect(decided.deadlines.find((clock) => clock.rule === 'PROCEDURAL_REPLY')?.status).not.toBe('PAUSED');
    expect(decided.history.map((entry) => entry.action)).toEqual(['REGISTER', 'TRANSFER', 'OBJECT_TO_TRANSFER', 'REJECT_OBJECTION', 'DECIDE_JURISDICTION']);
  });

  it('can end at the joint conference, or with the sender taking it back', async () => {
    const id = await transferred();
    await takeStepAs(chain.siblingHandler, 'objectToTransfer', { id, reason: 'Not ours.' });
    await takeStepAs(chain.countyHandler, 'rejectTransferObjection', { id, reason: 'Theirs.' });
    expect(await refused(cityHead, 'referDisputeToJointConference', { id, conferenceAgencyId: chain.agencies.womensFederation.id, reason: 'Cannot settle it' })).toEqual(['BAD_USER_INPUT']);
    await takeStepAs(cityHead, 'referDisputeToJointConference', { id, conferenceAgencyId: chain.agencies.commission.id, reason: 'Both counties have a claim.' });
    await takeStepAs(chain.commissionStaff, 'decideJurisdiction', { id, agencyId: chain.agencies.county.id, reason: 'The joint conference decides: the county where it began.' });
    expect(await view(id)).toMatchObject({ status: 'ACCEPTED', handlingAgency: { id: chain.agencies.county.id } });

    const other = await transferred();
    await takeStepAs(chain.siblingHandler, 'objectToTransfer', { id: other, reason: 'Not ours.' });
    await takeStepAs(chain.countyHandler, 'acceptTransferObjection', { id: other });
    expect(await view(other)).toMatchObject({ status: 'REGISTERED', handlingAgency: { id: chain.agencies.county.id } });
  });

  it('refuses an objection after its 5 working days, changing nothing', async () => {
    const id = await transferred();
    // The transfer was two weeks ago.
    await petitionsRows('update petition set transferred_at = now() - interval \'14 days\' where id = $1', [id]);
    expect(await refused(chain.siblingHandler, 'objectToTransfer', { id, reason: 'Too late' })).toEqual(['BAD_USER_INPUT']);
    expect((await view(id)).status).toBe('TRANSFERRED');
  });
});
