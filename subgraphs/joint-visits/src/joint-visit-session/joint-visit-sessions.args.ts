import { ArgsType, Field } from 'type-graphql';

/** The period `jointVisitSessions` looks at; sessions overlapping it are returned. */
@ArgsType()
export class JointVisitSessionsArgs {
  @Field({ description: 'Start of the period.' })
  from!: Date;

  @Field({ description: 'End of the period; after `from`, at most a year later.' })
  to!: Date;
}
