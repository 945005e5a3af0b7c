import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError, audit, maskIdNumber, maskPhone, requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { PersonalDataOperation } from '../personal-data-audit/personal-data-access.entity';
import { recordPersonalDataRead } from '../personal-data-audit/personal-data-audit.service';
import { petitionWork } from '../petition/petition-access';
import { petitionById } from '../petition/petition.loaders';
import { PERSONAL_DATA_ROLES, personalDataAccess } from './petitioner-access';
import { PersonalDataField } from './petitioner-kind';
import { Petitioner } from './petitioner.entity';
import { petitionerById } from './petitioner.loaders';
import { PetitionerPersonalDataArgs } from './petitioner-personal-data.args';
import { PetitionerPersonalData } from './petitioner-personal-data.type';
import { openIdNumber, openPhone } from './petitioner-protection';

@Resolver(() => Petitioner)
export class PetitionerResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Masked, e.g. 3401**********1234; whole only through petitionerPersonalData.' })
  idNumber(@Root() petitioner: Petitioner): string | null {
    const value = openIdNumber(petitioner);
    return value === null ? null : maskIdNumber(value);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked, e.g. 138****5678; whole only through petitionerPersonalData.' })
  phone(@Root() petitioner: Petitioner): string | null {
    const value = openPhone(petitioner);
    return value === null ? null : maskPhone(value);
  }

  @Authorized(...PERSONAL_DATA_ROLES)
  @Query(() => PetitionerPersonalData, {
    description: 'A petitioner\'s ID and phone numbers whole, for reception, handlers, department heads and leaders of an agency that may read the petition, with a purpose. Every call is written to the personal-data audit log first.',
  })
  async petitionerPersonalData(@Args(() => PetitionerPersonalDataArgs) args: PetitionerPersonalDataArgs, @Ctx() context: RequestContext): Promise<PetitionerPersonalData> {
    const access = personalDataAccess(context);
    const petitioner = await petitionerById(context).load(args.petitionerId);
    const petition = petitioner && (await petitionById(context).load(petitioner.petitionId));
    if (!petitioner || !petition) throw new NotFoundError('Petitioner', args.petitionerId);
    // Another agency's petitioner answers as one that does not exist: the id tells a stranger nothing.
    await access.assertFound(petitionWork(petition), 'Petitioner', args.petitionerId);
    const wants = (field: PersonalDataField) => args.fields.includes(field);
    const idNumber = wants(PersonalDataField.ID_NUMBER) ? openIdNumber(petitioner) : null;
    const phone = wants(PersonalDataField.PHONE) ? openPhone(petitioner) : null;
    const shown = [idNumber === null ? null : PersonalDataField.ID_NUMBER, phone === null ? null : PersonalDataField.PHONE].filter((field) => field !== null);
    await recordPersonalDataRead(context.em, requireCaller(context), {
      operation: PersonalDataOperation.UNMASK_PETITIONER, purpose: args.purpose, subjectType: 'Petitioner', subjectId: petitioner.id, petitionId: petition.id, fields: shown,
    });
    // The subgraph's own log above keeps the petition; the kit's audit log is the one auditors read across subgraphs.
    await audit(context, { operation: 'READ_UNMASKED', subjectType: 'Petitioner', subjectId: petitioner.id, fields: shown, purpose: args.purpose, criteria: { petitionId: petition.id } });
    return { petitionerId: petitioner.id, documentType: petitioner.documentType, idNumber, phone };
  }
}
