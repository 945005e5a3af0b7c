import { graphql } from './support/graphql-client';
import { seedCity, takeStepAs } from './support/seed';
import type { City } from './support/seed';

const LOOKUP = 'query($t: String!, $c: String!) { petitionByTrackingNumber(trackingNumber: $t, accessCode: $c) { status } }';

/**
 * The petitioner's lookup is safe to put online: a wrong code and an unknown number answer
 * alike in body and in time, and guessing locks the number until reception issues a new code.
 */
describe('the public lookup', () => {
  let city: City;

  beforeAll(async () => {
    city = await seedCity();
  });

  const lookup = (t: string, c: string) => graphql<{ petitionByTrackingNumber: { status: string } }>(LOOKUP, { t, c });
  /** The answer with the number the caller sent taken out: what is left must not tell the two apart. */
  const shape = (answer: Awaited<ReturnType<typeof lookup>>, number: string) => JSON.stringify(answer).split(number).join('<number>');

  it('answers a wrong code and an unknown number alike, in body and in time', async () => {
    const petition = await city.reception.registerPetition();
    const unknown = 'XF-20260101-ZZZZZZ';
    expect(shape(await lookup(petition.trackingNumber, '00000000'), petition.trackingNumber)).toBe(shape(await lookup(unknown, '00000000'), unknown));

    const timed = async (number: string) => {
      const started = performance.now();
      await lookup(number, '12345678');
      return performance.now() - started;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    // Interleaved, so load on the machine falls on both alike; the wrong-code guesses here stay under the lock.
    const wrong: number[] = [];
    const missing: number[] = [];
    const other = await city.reception.registerPetition();
    for (let round = 0; round < 6; round++) {
      wrong.push(await timed(other.trackingNumber));
      missing.push(await timed(`XF-20260101-ZZZZ${round}${round}`));
    }
    // Both run the same scrypt: the medians differ by noise, not by the hashing a real petition costs.
    expect(Math.abs(median(wrong) - median(missing))).toBeLessThan(Math.max(median(missing), median(wrong)) * 0.5 + 10);
  });

  it('locks a number after five wrong codes, even to the right one, until reception issues a new code', async () => {
    const petition = await city.reception.registerPetition();
    expect((await lookup(petition.trackingNumber, petition.accessCode)).data?.petitionByTrackingNumber.status).toBe('REGISTERED');
    for (let attempt = 0; attempt < 5; attempt++) await lookup(petition.trackingNumber, String(attempt).padStart(8, '9'));
    const locked = await lookup(petition.trackingNumber, petition.accessCode);
    expect(locked.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const { issueNewAccessCode } = await city.reception.query<{ issueNewAccessCode: { accessCode: string } }>(
      'mutation($id: ID!) { issueNewAccessCode(id: $id, reason: "Locked after wrong guesses; identity checked at the counter.") { accessCode } }', { id: petition.id },
    );
    expect((await lookup(petition.trackingNumber, petition.accessCode)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await lookup(petition.trackingNumber, issueNewAccessCode.accessCode)).data?.petitionByTrackingNumber.status).toBe('REGISTERED');
    await takeStepAs(city.handler, 'acceptPetition', { id: petition.id });
  });
});
