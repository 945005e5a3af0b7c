import type { EventContract } from '../contract';
import { AssistanceCaseOpened, AssistanceCaseStepTaken } from './assistance-case-events';
import { CaseCarryingVisitRecorded } from './case-carrying-visit-events';
import { AssignmentCreated, AssignmentEscalated, AssignmentStatusChanged, AssignmentUpdateReported, PetitionAssignedToAgency } from './assignment-events';
import { AgencyRegistered, AgencyUpdated, CalendarCorrected, StaffRegistered, StaffUpdated } from './directory-events';
import { DeadlineApproaching, DeadlineMissed } from './deadline-events';
import { PetitionRegistered, PetitionRiskWarningRaised, PetitionStatusChanged, PetitionTransferred } from './petition-events';
import { ReferralEscalated, ReferralIssued, ReferralStatusChanged, ReferralUpdateReported } from './referral-events';

export * from './topics';
export * from './agency-topics';
export * from './petition-events';
export * from './referral-events';
export * from './assistance-case-events';
export * from './assignment-events';
export * from './case-carrying-visit-events';
export * from './directory-events';
export * from './deadline-events';

/** Every event type the platform knows; consumers reject anything else to the dead-letter topic. */
export const allEventContracts: EventContract[] = [
  PetitionRegistered,
  PetitionStatusChanged,
  PetitionTransferred,
  PetitionRiskWarningRaised,
  ReferralIssued,
  ReferralEscalated,
  ReferralStatusChanged,
  ReferralUpdateReported,
  AssistanceCaseOpened,
  AssistanceCaseStepTaken,
  AssignmentCreated,
  AssignmentStatusChanged,
  AssignmentUpdateReported,
  AssignmentEscalated,
  PetitionAssignedToAgency,
  CaseCarryingVisitRecorded,
  AgencyRegistered,
  AgencyUpdated,
  StaffRegistered,
  StaffUpdated,
  CalendarCorrected,
  DeadlineApproaching,
  DeadlineMissed,
] as unknown as EventContract[];

export function contractFor(type: string): EventContract | undefined {
  return allEventContracts.find((contract) => contract.type === type);
}
