/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OwnAgency($id: ID!) { agency(id: $id) { id name } }\n": typeof types.OwnAgencyDocument,
    "\n  query MyWork($handlerStaffId: ID, $first: Int!, $after: String) {\n    overduePetitions(handlerStaffId: $handlerStaffId, dueWithinDays: 366, first: $first, after: $after) {\n      edges { node {\n        daysLeft\n        deadline { id rule title status dueAt }\n        petition { id trackingNumber petitionerName summary status }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MyWorkDocument,
    "\n  query PetitionProgress($trackingNumber: String!, $accessCode: String!) {\n    petitionByTrackingNumber(trackingNumber: $trackingNumber, accessCode: $accessCode) {\n      trackingNumber status receivedAt receivingAgencyId proceduralReplyDueAt proceduralReplySentAt resultDueAt result resultRecordedAt satisfaction\n    }\n  }\n": typeof types.PetitionProgressDocument,
    "\n  query PublicAgencyName($id: ID!) { agency(id: $id) { id name } }\n": typeof types.PublicAgencyNameDocument,
    "\n  mutation RatePetition($trackingNumber: String!, $accessCode: String!, $rating: Satisfaction!, $comment: String) {\n    ratePetition(trackingNumber: $trackingNumber, accessCode: $accessCode, rating: $rating, comment: $comment) { trackingNumber satisfaction }\n  }\n": typeof types.RatePetitionDocument,
    "\n  mutation RegisterPetition($input: RegisterPetitionInput!) {\n    registerPetition(input: $input) {\n      accessCode\n      petition { id trackingNumber channel category petitionerName headCount summary receivedAt proceduralReplyDueAt resultDueAt repeat repeatCount group leapfrog receivingAgency { id name } }\n    }\n  }\n": typeof types.RegisterPetitionDocument,
};
const documents: Documents = {
    "\n  query OwnAgency($id: ID!) { agency(id: $id) { id name } }\n": types.OwnAgencyDocument,
    "\n  query MyWork($handlerStaffId: ID, $first: Int!, $after: String) {\n    overduePetitions(handlerStaffId: $handlerStaffId, dueWithinDays: 366, first: $first, after: $after) {\n      edges { node {\n        daysLeft\n        deadline { id rule title status dueAt }\n        petition { id trackingNumber petitionerName summary status }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MyWorkDocument,
    "\n  query PetitionProgress($trackingNumber: String!, $accessCode: String!) {\n    petitionByTrackingNumber(trackingNumber: $trackingNumber, accessCode: $accessCode) {\n      trackingNumber status receivedAt receivingAgencyId proceduralReplyDueAt proceduralReplySentAt resultDueAt result resultRecordedAt satisfaction\n    }\n  }\n": types.PetitionProgressDocument,
    "\n  query PublicAgencyName($id: ID!) { agency(id: $id) { id name } }\n": types.PublicAgencyNameDocument,
    "\n  mutation RatePetition($trackingNumber: String!, $accessCode: String!, $rating: Satisfaction!, $comment: String) {\n    ratePetition(trackingNumber: $trackingNumber, accessCode: $accessCode, rating: $rating, comment: $comment) { trackingNumber satisfaction }\n  }\n": types.RatePetitionDocument,
    "\n  mutation RegisterPetition($input: RegisterPetitionInput!) {\n    registerPetition(input: $input) {\n      accessCode\n      petition { id trackingNumber channel category petitionerName headCount summary receivedAt proceduralReplyDueAt resultDueAt repeat repeatCount group leapfrog receivingAgency { id name } }\n    }\n  }\n": types.RegisterPetitionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnAgency($id: ID!) { agency(id: $id) { id name } }\n"): (typeof documents)["\n  query OwnAgency($id: ID!) { agency(id: $id) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWork($handlerStaffId: ID, $first: Int!, $after: String) {\n    overduePetitions(handlerStaffId: $handlerStaffId, dueWithinDays: 366, first: $first, after: $after) {\n      edges { node {\n        daysLeft\n        deadline { id rule title status dueAt }\n        petition { id trackingNumber petitionerName summary status }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query MyWork($handlerStaffId: ID, $first: Int!, $after: String) {\n    overduePetitions(handlerStaffId: $handlerStaffId, dueWithinDays: 366, first: $first, after: $after) {\n      edges { node {\n        daysLeft\n        deadline { id rule title status dueAt }\n        petition { id trackingNumber petitionerName summary status }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionProgress($trackingNumber: String!, $accessCode: String!) {\n    petitionByTrackingNumber(trackingNumber: $trackingNumber, accessCode: $accessCode) {\n      trackingNumber status receivedAt receivingAgencyId proceduralReplyDueAt proceduralReplySentAt resultDueAt result resultRecordedAt satisfaction\n    }\n  }\n"): (typeof documents)["\n  query PetitionProgress($trackingNumber: String!, $accessCode: String!) {\n    petitionByTrackingNumber(trackingNumber: $trackingNumber, accessCode: $accessCode) {\n      trackingNumber status receivedAt receivingAgencyId proceduralReplyDueAt proceduralReplySentAt resultDueAt result resultRecordedAt satisfaction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicAgencyName($id: ID!) { agency(id: $id) { id name } }\n"): (typeof documents)["\n  query PublicAgencyName($id: ID!) { agency(id: $id) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RatePetition($trackingNumber: String!, $accessCode: String!, $rating: Satisfaction!, $comment: String) {\n    ratePetition(trackingNumber: $trackingNumber, accessCode: $accessCode, rating: $rating, comment: $comment) { trackingNumber satisfaction }\n  }\n"): (typeof documents)["\n  mutation RatePetition($trackingNumber: String!, $accessCode: String!, $rating: Satisfaction!, $comment: String) {\n    ratePetition(trackingNumber: $trackingNumber, accessCode: $accessCode, rating: $rating, comment: $comment) { trackingNumber satisfaction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPetition($input: RegisterPetitionInput!) {\n    registerPetition(input: $input) {\n      accessCode\n      petition { id trackingNumber channel category petitionerName headCount summary receivedAt proceduralReplyDueAt resultDueAt repeat repeatCount group leapfrog receivingAgency { id name } }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPetition($input: RegisterPetitionInput!) {\n    registerPetition(input: $input) {\n      accessCode\n      petition { id trackingNumber channel category petitionerName headCount summary receivedAt proceduralReplyDueAt resultDueAt repeat repeatCount group leapfrog receivingAgency { id name } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;