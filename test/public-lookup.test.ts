import { request } from 'node:http';
import { graphql } from './support/graphql-client';
import { testEnv } from './support/test-env';
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

  it('throttles one client walking many numbers, and not the others', async () => {
    // From an address of its own on the loopback network, as a stranger on the internet would be.
    const fromElsewhere = (number: string) => new Promise<{ status: number; body: { errors?: { extensions?: { code?: string } }[] } }>((resolve, reject) => {
      const body = JSON.stringify({ query: LOOKUP, variables: { t: number, c: '00000000' } });
      const call = request(testEnv.gatewayUrl, { method: 'POST', localAddress: '127.0.0.77', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as never }));
      });
      call.on('error', reject);
      call.end(body);
    });
    const answers = await Promise.all(Array.from({ length: 110 }, (_, index) => fromElsewhere(`XF-20260101-W${String(index).padStart(5, '0')}`)));
    const codes = answers.map((answer) => answer.body.errors?.[0]?.extensions?.code);
    expect(codes.filter((code) => code === 'NOT_FOUND')).toHaveLength(100); // the configured hundred a minute
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(10);
    expect(answers.filter((answer) => answer.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED').every((answer) => answer.status === 429)).toBe(true);
    // The petitioner on another address still gets through.
    expect((await lookup('XF-20260101-ZZZZZZ', '00000000')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
