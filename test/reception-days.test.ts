import { Role } from '@xinfang/kit';
import { errorCodes, graphql } from './support/graphql-client';
import { registerStaffMember, seedCity } from './support/seed';
import type { Actor, City } from './support/seed';

const DAY = 24 * 3600_000;
const PUBLISH = `mutation($input: PublishReceptionSlotInput!) { publishReceptionSlot(input: $input) { id capacity booked leader { id name } } }`;
const BOOK = 'mutation($id: ID!, $slotId: ID!) { bookReception(id: $id, slotId: $slotId) { id receptionBookings { id slotId } } }';

/**
 * Procurator-general reception days (检察长接待日): leaders publish slots, reception books
 * petitioners into a named leader's slot (点名接访), never past its capacity nor twice at the
 * same time, and the visit's outcome is recorded against the petition.
 */
describe('reception days and appointments by name', () => {
  let city: City;
  let leader: Actor;

  beforeAll(async () => {
    city = await seedCity();
    leader = await registerStaffMember(city.agencies.procuratorate, { key: 'chief', name: '检察长', department: '院领导', roles: [Role.LEADER] });
  });

  const slotInput = (capacity: number, offsetDays = 7) => ({
    leaderStaffId: leader.identity.userId, startsAt: new Date(Date.now() + offsetDays * DAY), endsAt: new Date(Date.now() + offsetDays * DAY + 3 * 3600_000),
    place: '12309检察服务中心接待室', capacity,
  });
  const publish = async (capacity: number, offsetDays?: number) =>
    (await city.reception.query<{ publishReceptionSlot: { id: string; leader: { name: string } } }>(PUBLISH, { input: slotInput(capacity, offsetDays) })).publishReceptionSlot;

  it('books by name up to capacity, never twice at once, and records the outcome against the petition', async () => {
    expect(await errorCodes(PUBLISH, { input: { ...slotInput(2), leaderStaffId: `${city.agencies.procuratorate.id}.nobody` } }, city.reception.token)).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(PUBLISH, { input: { ...slotInput(2), startsAt: new Date(Date.now() - DAY) } }, city.reception.token)).toEqual(['BAD_USER_INPUT']);
    const slot = await publish(2);
    expect(slot.leader.name).toBe('检察长');
    const { upcomingReceptionDays } = await city.reception.query<{ upcomingReceptionDays: { edges: { node: { id: string } }[] } }>('{ upcomingReceptionDays(first: 10) { edges { node { id } } } }');
    expect(upcomingReceptionDays.edges.map((edge) => edge.node.id)).toContain(slot.id);

    const [first, second, third] = await Promise.all([1, 2, 3].map(() => city.reception.registerPetition()));
    const booked = await city.reception.query<{ bookReception: { receptionBookings: { id: string; slotId: string }[] } }>(BOOK, { id: first!.id, slotId: slot.id });
    await city.reception.query(BOOK, { id: second!.id, slotId: slot.id });
    expect(await errorCodes(BOOK, { id: third!.id, slotId: slot.id }, city.reception.token)).toEqual(['BAD_USER_INPUT']); // full
    expect(await errorCodes(BOOK, { id: first!.id, slotId: slot.id }, city.reception.token)).toEqual(['CONFLICT']); // already booked then

    const bookingId = booked.bookReception.receptionBookings[0]!.id;
    const { recordReceptionOutcome } = await leader.query<{ recordReceptionOutcome: { receptionBookings: { outcome: string }[]; history: { action: string }[] } }>(
      'mutation($id: ID!, $bookingId: ID!) { recordReceptionOutcome(id: $id, bookingId: $bookingId, outcome: "Heard in person; the case file will be reviewed within ten days.") { receptionBookings { outcome } history { action } } }',
      { id: first!.id, bookingId },
    );
    expect(recordReceptionOutcome.receptionBookings[0]?.outcome).toContain('Heard in person');
    expect(recordReceptionOutcome.history.map((entry) => entry.action)).toEqual(['REGISTER', 'BOOK_RECEPTION', 'RECORD_RECEPTION_OUTCOME']);
  });

  it('gives the last place to one of two bookings made at the same moment', async () => {
    const slot = await publish(1, 9);
    const petitions = await Promise.all([1, 2].map(() => city.reception.registerPetition()));
    const answers = await Promise.all(petitions.map((petition) => graphql(BOOK, { id: petition.id, slotId: slot.id }, city.reception.token)));
    expect(answers.filter((answer) => !answer.errors).length).toBe(1);
    expect(answers.flatMap((answer) => answer.errors?.map((error) => error.extensions?.code) ?? [])).toEqual(['BAD_USER_INPUT']);
  });
});
