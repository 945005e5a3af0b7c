import { Writable } from 'node:stream';
import { createLogger } from '../logging/logger';
import { scrubPersonalData, scrubText } from './log-scrubbing';

const ID = '340101199003074576';
const MOBILE = '13812345678';

describe('personal data in logs', () => {
  it('masks ID and mobile numbers in free text, and leaves ids, timestamps and tracking numbers alone', () => {
    expect(scrubText(`petitioner ${ID} called from +86 138-1234-5678 and ${MOBILE}`)).toBe('petitioner 3401**********4576 called from 138****5678 and 138****5678');
    const harmless = 'XF-20261121-7KQ2MD 1763700000000 9b2f4c1e-0d3a-4f5e-8a7b-123456789012';
    expect(scrubText(harmless)).toBe(harmless);
  });

  it('masks them in nested objects and errors, without changing the originals', () => {
    const error = new RangeError(`duplicate ${ID}`, { cause: new Error(`from ${MOBILE}`) });
    const scrubbed = scrubPersonalData({ input: { petitioners: [{ note: `call ${MOBILE}` }] }, err: error }) as { input: { petitioners: { note: string }[] }; err: Error };
    expect(scrubbed.input.petitioners[0]!.note).toBe('call 138****5678');
    expect(scrubbed.err).toBeInstanceOf(RangeError);
    expect(scrubbed.err.message).toBe('duplicate 3401**********4576');
    expect((scrubbed.err.cause as Error).message).toBe('from 138****5678');
    expect(scrubbed.err.stack).not.toContain(ID);
    expect(error.message).toContain(ID);
  });

  it('cuts the values out of a database error, whose message quotes the whole failed statement', () => {
    const driverError = Object.assign(new Error(`insert into "petitioner" ("id", "name", "address") values ('f555', '王小红', '蚌埠市 it''s 5 号') - invalid message format`), {
      sqlState: '08P01', detail: 'Key (name_hash)=(王小红) already exists.',
    });
    const scrubbed = scrubPersonalData(driverError) as Error & { detail: string; sqlState: string };
    expect(scrubbed.message).toBe(`insert into "petitioner" ("id", "name", "address") values ('…', '…', '…') - invalid message format`);
    expect(scrubbed.stack).not.toContain('王小红');
    expect(scrubbed.detail).toBe('Key (name_hash)=(…) already exists.');
    expect(scrubbed.sqlState).toBe('08P01');
    // Other errors keep their quotes: only a database error carries a statement.
    expect((scrubPersonalData(new Error(`agency 'bengbu-court' is inactive`)) as Error).message).toBe(`agency 'bengbu-court' is inactive`);
  });

  it('never writes them through a kit logger, whether as fields, in messages or in errors', async () => {
    const chunks: string[] = [];
    const stream = new Writable({ write(chunk: Buffer, _encoding, done) { chunks.push(chunk.toString()); done(); } });
    const logger = createLogger('test', 'info', stream);
    logger.info({ idNumber: ID, phone: '0552-3012345', input: { petitioners: [{ idNumber: ID, phone: MOBILE }] } }, `registered ${ID}`);
    logger.error({ err: new TypeError(`no match for ${MOBILE}`) }, 'failed');
    logger.warn(`plain message with ${MOBILE}`);
    const written = chunks.join('');
    expect(written.split('\n').filter(Boolean)).toHaveLength(3);
    for (const secret of [ID, MOBILE, '3012345', '1234-5678']) expect(written).not.toContain(secret);
    expect(written).toContain('[personal data]');
    expect(written).toContain('3401**********4576');
    expect(written).toContain('"type":"TypeError"');
  });
});
