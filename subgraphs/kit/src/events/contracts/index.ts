import type { EventContract } from '../contract';
import { AssignmentCreated, AssignmentStatusChanged } from './assignment-events';
import { PetitionRegistered } from './petition-events';
import { ReferralIssued, ReferralStatusChanged, ReferralUpdateReported } from './referral-events';

export * from './topics';
export * from './petition-events';
export * from './referral-events';
export * from './assignment-events';

/** Every event type the platform knows; consumers reject anything else to the dead-letter topic. */
export const allEventContracts: EventContract[] = [
  PetitionRegistered,
  ReferralIssued,
  ReferralStatusChanged,
  ReferralUpdateReported,
  AssignmentCreated,
  AssignmentStatusChanged,
] as unknown as EventContract[];

export function contractFor(type: string): EventContract | undefined {
  return allEventContracts.find((contract) => contract.type === type);
}
