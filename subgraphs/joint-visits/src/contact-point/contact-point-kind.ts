import { registerEnumType } from 'type-graphql';

/** Where a contact point sits: a township (乡镇) or an urban community (社区). */
export enum ContactPointKind {
  TOWNSHIP = 'TOWNSHIP',
  COMMUNITY = 'COMMUNITY',
}

registerEnumType(ContactPointKind, {
  name: 'ContactPointKind',
  description: 'Whether a contact point serves a township (乡镇) or a community (社区).',
});
