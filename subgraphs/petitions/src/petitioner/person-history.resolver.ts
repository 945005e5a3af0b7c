import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { BadUserInputError, requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { PersonalDataOperation } from '../personal-data-audit/personal-data-access.entity';
import { recordPersonalDataRead } from '../personal-data-audit/personal-data-audit.service';
import { petitionWork } from '../petition/petition-access';
import { Petition } from '../petition/petition.entity';
import { PersonHistoryArgs } from './person-history.args';
import { PersonPetitionHistory } from './person-petition-history.type';
import { PERSONAL_DATA_ROLES, personalDataAccess } from './petitioner-access';
import { PersonalDataField } from './petitioner-kind';
import { idNumberHash, phoneHash } from './petitioner-protection';

const MAX_LISTED = 100;

@Resolver()
export class PersonHistoryResolver {
  @Authorized(...PERSONAL_DATA_ROLES)
  @Query(() => PersonPetitionHistory, {
    description: 'A person\'s petitions, by ID or phone number (hashed on the server), for staff who deal with petitioners, with a purpose; the look-up is written to the personal-data audit log, as it reveals whom the person petitioned.',
  })
  async personPetitionHistory(@Args(() => PersonHistoryArgs) { person, purpose }: PersonHistoryArgs, @Ctx() context: RequestContext): Promise<PersonPetitionHistory> {
    const access = personalDataAccess(context);
    if (!person.idNumber === !person.phone) throw new BadUserInputError('Look a person up by idNumber or by phone, one of them', { field: 'person' });
    const [column, hash, field] = person.idNumber
      ? (['id_number_hash', idNumberHash(person.documentType, person.idNumber), PersonalDataField.ID_NUMBER] as const)
      : (['phone_hash', phoneHash(person.phone!), PersonalDataField.PHONE] as const);
    await recordPersonalDataRead(context.em, requireCaller(context), {
      operation: PersonalDataOperation.PERSON_HISTORY, purpose, subjectType: 'Person', subjectId: hash, fields: [field],
    });
    const ids = (await context.em.execute<{ petition_id: string }[]>(`select distinct petition_id from petitioner where ${column} = ?`, [hash])).map((row) => row.petition_id);
    const petitions = ids.length === 0 ? [] : await context.em.find(Petition, { id: { $in: ids } }, { orderBy: { receivedAt: 'desc', id: 'desc' } });
    return { petitions: (await access.readable(petitions, petitionWork)).slice(0, MAX_LISTED), total: ids.length };
  }
}
