/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a deadline stands now. */
export type DeadlineStatus =
  | 'DUE_SOON'
  | 'MET'
  | 'MISSED'
  | 'PAUSED'
  | 'RUNNING';

/** The identity document a number is from. */
export type DocumentType =
  | 'FOREIGN_PERMANENT_RESIDENT'
  | 'HONG_KONG_MACAO_PERMIT'
  | 'OTHER'
  | 'PASSPORT'
  | 'RESIDENT_ID'
  | 'TAIWAN_PERMIT';

export type Gender =
  | 'FEMALE'
  | 'MALE';

/** What a petition asks for. */
export type PetitionCategory =
  | 'ACCUSATION'
  | 'APPEAL'
  | 'CONSULTATION'
  | 'JUDICIAL_ASSISTANCE'
  | 'OTHER'
  | 'REPORT'
  | 'REQUEST'
  | 'SUGGESTION';

/** How a petition arrived. */
export type PetitionChannel =
  | 'FAX'
  | 'HOTLINE_12309'
  | 'IN_PERSON'
  | 'JOINT_VISIT'
  | 'LETTER'
  | 'ONLINE'
  | 'PHONE'
  | 'REMOTE_VIDEO'
  | 'TRANSFER';

/** Where a petition stands. */
export type PetitionStatus =
  | 'ACCEPTED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'DECLINED'
  | 'DISPUTED'
  | 'FINAL'
  | 'IN_ARBITRATION'
  | 'REGISTERED'
  | 'RESULT_RECORDED'
  | 'REVIEWED'
  | 'TRANSFERRED'
  | 'UNDER_REVIEW'
  | 'UNDER_RE_REVIEW';

/** One person petitioning. The ID and phone numbers are encrypted as they arrive and shown masked. */
export type PetitionerInput = {
  address?: string | null | undefined;
  /** The document idNumber is from. */
  documentType?: DocumentType;
  /** Read from a resident identity number when not given. */
  gender?: Gender | null | undefined;
  /** A resident identity number is checked with its check digit and birth date. */
  idNumber?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  /** Represents a group: at most 5 per petition (Regulations art. 20). */
  representative?: boolean;
  /** Why this person needs particular care, if they do. */
  vulnerabilities?: Array<Vulnerability> | null | undefined;
};

/** A petition as reception staff record it; it is received by the caller's agency. */
export type RegisterPetitionInput = {
  category: PetitionCategory;
  channel: PetitionChannel;
  /** How many people petition together; at least the petitioners named. */
  headCount?: number;
  /** With channel JOINT_VISIT: the joint-visit session (联合接访) it was received at, which then lists it. */
  jointVisitSessionId?: string | number | null | undefined;
  /** The agency with jurisdiction over the matter, if reception knows it: a petition received above it is leapfrog (越级访). */
  jurisdictionAgencyId?: string | number | null | undefined;
  /** The petitioner brings new facts or reasons, so a final decision on the same matter (after re-review) does not bar it. */
  newFacts?: boolean;
  /** Instead of petitioners: just the name of a single petitioner, with no other details. */
  petitionerName?: string | null | undefined;
  /** Who petitions: one person, or a group's representatives (at most 5) and others named. */
  petitioners?: Array<PetitionerInput> | null | undefined;
  /** When it was received; defaults to now, never in the future. */
  receivedAt?: string | null | undefined;
  /** What the petitioner asks for (诉求). */
  request: string;
  /** What the petition is about. */
  summary: string;
};

/** The petitioner's rating of the result. */
export type Satisfaction =
  | 'BASICALLY_SATISFIED'
  | 'DISSATISFIED'
  | 'SATISFIED';

/** Why a petitioner needs particular care. */
export type Vulnerability =
  | 'DISABLED'
  | 'ELDERLY'
  | 'MINOR'
  | 'RURAL_POVERTY'
  | 'WOMAN_IN_HARDSHIP';

export type OwnAgencyQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnAgencyQuery = { agency: { id: string, name: string } | null };

export type MyWorkQueryVariables = Exact<{
  handlerStaffId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MyWorkQuery = { overduePetitions: { edges: Array<{ node: { daysLeft: number, deadline: { id: string, rule: string, title: string, status: DeadlineStatus, dueAt: string | null }, petition: { id: string, trackingNumber: string, petitionerName: string, summary: string, status: PetitionStatus } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PetitionProgressQueryVariables = Exact<{
  trackingNumber: string;
  accessCode: string;
}>;


export type PetitionProgressQuery = { petitionByTrackingNumber: { trackingNumber: string, status: PetitionStatus, receivedAt: string, receivingAgencyId: string, proceduralReplyDueAt: string | null, proceduralReplySentAt: string | null, resultDueAt: string | null, result: string | null, resultRecordedAt: string | null, satisfaction: Satisfaction | null } };

export type PublicAgencyNameQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicAgencyNameQuery = { agency: { id: string, name: string } | null };

export type RatePetitionMutationVariables = Exact<{
  trackingNumber: string;
  accessCode: string;
  rating: Satisfaction;
  comment?: string | null | undefined;
}>;


export type RatePetitionMutation = { ratePetition: { trackingNumber: string, satisfaction: Satisfaction | null } };

export type RegisterPetitionMutationVariables = Exact<{
  input: RegisterPetitionInput;
}>;


export type RegisterPetitionMutation = { registerPetition: { accessCode: string, petition: { id: string, trackingNumber: string, channel: PetitionChannel, category: PetitionCategory, petitionerName: string, headCount: number, summary: string, receivedAt: string, proceduralReplyDueAt: string | null, resultDueAt: string | null, repeat: boolean, repeatCount: number, group: boolean, leapfrog: boolean, receivingAgency: { id: string, name: string } } } };


export const OwnAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OwnAgencyQuery, OwnAgencyQueryVariables>;
export const MyWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handlerStaffId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overduePetitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"handlerStaffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handlerStaffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueWithinDays"},"value":{"kind":"IntValue","value":"366"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"petition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"petitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkQuery, MyWorkQueryVariables>;
export const PetitionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PetitionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"petitionByTrackingNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivingAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"proceduralReplyDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"proceduralReplySentAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"resultRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]}}]} as unknown as DocumentNode<PetitionProgressQuery, PetitionProgressQueryVariables>;
export const PublicAgencyNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicAgencyName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicAgencyNameQuery, PublicAgencyNameQueryVariables>;
export const RatePetitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatePetition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rating"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Satisfaction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePetition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"rating"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rating"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]}}]} as unknown as DocumentNode<RatePetitionMutation, RatePetitionMutationVariables>;
export const RegisterPetitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPetition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPetitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPetition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessCode"}},{"kind":"Field","name":{"kind":"Name","value":"petition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"petitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proceduralReplyDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"repeat"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"leapfrog"}},{"kind":"Field","name":{"kind":"Name","value":"receivingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPetitionMutation, RegisterPetitionMutationVariables>;