import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Length } from 'class-validator';
import { AgencyReference, StaffReference } from '@xinfang/kit';

/** An agency taking part in a session, with its leader on duty (值班领导). */
@ObjectType({ description: 'An agency taking part in a joint-visit session, with its leader on duty (值班领导).' })
export class SessionParticipant {
  @Field(() => AgencyReference, { description: 'The agency: procuratorate, court, police, justice bureau, letters-and-visits bureau, ...' })
  agency!: AgencyReference;

  @Field(() => StaffReference, { nullable: true, description: 'Its leader on duty at the session; none for sessions scheduled before leaders were recorded.' })
  onDutyLeader!: StaffReference | null;
}

@InputType({ description: 'An agency taking part in a session, and its leader on duty there.' })
export class SessionParticipantInput {
  @Field(() => ID, { description: 'The agency taking part.' })
  @Length(1, 100)
  agencyId!: string;

  @Field(() => ID, { description: 'Its leader on duty at the session: a current member of that agency\'s staff.' })
  @Length(1, 200)
  onDutyLeaderId!: string;
}
