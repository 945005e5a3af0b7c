import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsEnum, Length } from 'class-validator';

/** Who is invited to a public hearing (公开听证). */
export enum HearingParticipantKind {
  /** 人大代表 */
  NPC_DEPUTY = 'NPC_DEPUTY',
  /** 政协委员 */
  CPPCC_MEMBER = 'CPPCC_MEMBER',
  LEGAL_EXPERT = 'LEGAL_EXPERT',
  LAWYER = 'LAWYER',
  /** 社区代表 / 人民监督员 */
  COMMUNITY_REPRESENTATIVE = 'COMMUNITY_REPRESENTATIVE',
  OTHER = 'OTHER',
}

export enum HearingStatus {
  SCHEDULED = 'SCHEDULED',
  CONCLUDED = 'CONCLUDED',
}

registerEnumType(HearingParticipantKind, { name: 'HearingParticipantKind', description: 'Who a hearing participant is.' });
registerEnumType(HearingStatus, { name: 'HearingStatus', description: 'Whether a hearing is still to be held.' });

@ObjectType({ description: 'Someone invited to a public hearing.' })
@InputType('HearingParticipantInput', { description: 'Someone invited to a public hearing.' })
export class HearingParticipant {
  @Field()
  @Length(1, 100)
  name!: string;

  @Field({ description: 'Their affiliation, e.g. 蚌埠市人大代表, 安徽某律师事务所.' })
  @Length(1, 200)
  affiliation!: string;

  @Field(() => HearingParticipantKind)
  @IsEnum(HearingParticipantKind)
  kind!: HearingParticipantKind;
}

@ObjectType({ description: 'A participant\'s opinion at the hearing.' })
@InputType('HearingOpinionInput', { description: 'A participant\'s opinion at the hearing.' })
export class HearingOpinion {
  @Field({ description: 'The participant, by name as invited.' })
  @Length(1, 100)
  participant!: string;

  @Field()
  @Length(1, 4000)
  opinion!: string;
}
