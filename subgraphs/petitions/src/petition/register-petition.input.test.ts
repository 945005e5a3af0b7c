import 'reflect-metadata';
import { validate } from 'class-validator';
import { PetitionerInput } from '../petitioner/petitioner.input';
import { DocumentType } from '../petitioner/petitioner-kind';
import { PetitionCategory, PetitionChannel } from './petition-kind';
import { RegisterPetitionInput } from './register-petition.input';

// Made-up resident identity numbers; the first has a correct check digit, the second not.
const VALID_ID = '340302198506151230';
const WRONG_CHECK_DIGIT = '340302198506151231';

function petitioner(fields: Partial<PetitionerInput> = {}): PetitionerInput {
  return Object.assign(new PetitionerInput(), { name: '王建国', idNumber: VALID_ID, phone: '138 1234 5678', ...fields });
}

function input(fields: Partial<RegisterPetitionInput> = {}): RegisterPetitionInput {
  return Object.assign(new RegisterPetitionInput(), {
    channel: PetitionChannel.IN_PERSON, category: PetitionCategory.REQUEST, summary: 'Unpaid wages since March.', request: 'Help recovering the wages.', petitioners: [petitioner()], ...fields,
  });
}

/** The failing fields as GraphQL reports them (`petitioners.0.idNumber`), with their messages. */
async function failures(value: RegisterPetitionInput): Promise<Record<string, string[]>> {
  const collect = (errors: Awaited<ReturnType<typeof validate>>, prefix = ''): [string, string[]][] => errors.flatMap((error) => [
    ...(error.constraints ? [[`${prefix}${error.property}`, Object.values(error.constraints)] as [string, string[]]] : []),
    ...collect(error.children ?? [], `${prefix}${error.property}.`),
  ]);
  return Object.fromEntries(collect(await validate(value, { forbidUnknownValues: false })));
}

describe('registering a petition: the input', () => {
  it('accepts a petitioner with a valid resident ID and a phone, and other documents by their shape', async () => {
    expect(await failures(input())).toEqual({});
    expect(await failures(input({ petitioners: [petitioner({ documentType: DocumentType.PASSPORT, idNumber: 'E12345678' })] }))).toEqual({});
    expect(await failures(input({ petitioners: undefined, petitionerName: '李秀兰' }))).toEqual({});
  });

  it('refuses an ID number with a wrong check digit, naming the field and not the number', async () => {
    const found = await failures(input({ petitioners: [petitioner({ idNumber: WRONG_CHECK_DIGIT })] }));
    expect(Object.keys(found)).toEqual(['petitioners.0.idNumber']);
    expect(found['petitioners.0.idNumber']!.join()).toMatch(/check digit/);
    expect(JSON.stringify(found)).not.toContain('151231');
  });

  it('refuses a malformed phone, a passport number of one letter, and an unknown-length summary', async () => {
    const found = await failures(input({
      petitioners: [petitioner({ phone: 'call me' }), petitioner({ documentType: DocumentType.PASSPORT, idNumber: 'E' })],
      summary: '长'.repeat(100_000),
    }));
    expect(Object.keys(found).sort()).toEqual(['petitioners.0.phone', 'petitioners.1.idNumber', 'summary']);
    expect(found.summary!.join()).toContain('10000');
  });

  it('needs the request, and bounds what one petition may carry', async () => {
    expect(Object.keys(await failures(input({ request: '' })))).toEqual(['request']);
    expect(Object.keys(await failures(input({ petitioners: Array.from({ length: 51 }, () => petitioner()), headCount: 100 })))).toEqual(['petitioners']);
  });
});
