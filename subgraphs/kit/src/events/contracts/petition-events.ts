import { z } from 'zod';
import { defineEvent } from '../contract';
import { AgencyTopics } from './agency-topics';
import { Topics } from './topics';

/** A petition (信访件) was registered from any channel. */
export const PetitionRegistered = defineEvent({
  type: 'PetitionRegistered',
  version: 1,
  topic: Topics.petitionEvents,
  description: 'A petition was registered; the 7-day procedural-reply clock starts at receivedAt.',
  data: z.object({
    petitionId: z.uuid(),
    trackingNumber: z.string(),
    channel: z.string(),
    category: z.string(),
    receivingAgencyId: z.string(),
    receivedAt: z.iso.datetime({ offset: true }),
    // Optional, not defaulted: a v1 event written before the field existed stays valid as published.
    petitionerVulnerabilities: z.array(z.string()).optional()
      .describe('Vulnerability flags of its petitioners (MINOR, DISABLED, ...), never names: judicial assistance proposes a case for them. Absent means none.'),
    petitionerIdHashes: z.array(z.string()).optional()
      .describe('Keyed hashes (HMAC, the platform\'s personal-data hash key) of its petitioners\' ID numbers, never the numbers: joint visits finds a returning petitioner\'s petitions by them. Absent means none given.'),
    jointVisitSessionId: z.uuid().optional()
      .describe('The joint-visit session (联合接访) it was received at, for channel JOINT_VISIT; joint-visits links the two.'),
  }),
});

/**
 * A petition took a step of its handling (accepted, not accepted, transferred, assigned,
 * procedural reply sent, deadline extended, result recorded, closed, reopened). Names only
 * agencies and staff: no petitioner's personal data, no free text.
 */
export const PetitionStatusChanged = defineEvent({
  type: 'PetitionStatusChanged',
  version: 1,
  topic: Topics.petitionEvents,
  description: 'A petition took a step of its handling; status is where it stands after it.',
  data: z.object({
    petitionId: z.uuid(),
    action: z.string().describe('ACCEPT, DECLINE, TRANSFER, ASSIGN, SEND_PROCEDURAL_REPLY, EXTEND_HANDLING, RECORD_RESULT, CLOSE, REOPEN'),
    status: z.string(),
    previousStatus: z.string(),
    receivingAgencyId: z.string(),
    handlingAgencyId: z.string().describe('The agency with first responsibility after the step (the new one after a transfer).'),
    handlerStaffId: z.string().nullable(),
    substantivelyResolved: z.boolean().nullable().describe('With a recorded result: whether the matter was substantively resolved.'),
  }),
});

/**
 * A petition was transferred (转办) to the agency with jurisdiction, on that agency's own
 * topic, so its system hears of it as it would of a letter forwarded to it. What the matter
 * is, never who the petitioner is: the agency reads the rest through the API once it may.
 */
export const PetitionTransferred = defineEvent({
  type: 'PetitionTransferred',
  version: 1,
  topic: AgencyTopics.petitionTransfers,
  addressedTo: (data) => data.toAgencyId,
  description: 'A petition was transferred to this agency, which now has first responsibility: accept it, decline it or pass it on.',
  data: z.object({
    petitionId: z.uuid(),
    trackingNumber: z.string(),
    fromAgencyId: z.string(),
    toAgencyId: z.string(),
    receivingAgencyId: z.string(),
    channel: z.string(),
    category: z.string(),
    receivedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * A risk assessment put a petition-prone decision at HIGH risk (涉检信访风险预警): the agency's
 * leaders must acknowledge it before the decision goes out.
 */
export const PetitionRiskWarningRaised = defineEvent({
  type: 'PetitionRiskWarningRaised',
  version: 1,
  topic: Topics.petitionEvents,
  description: 'A high-risk assessment raised an early warning a leader of the agency must acknowledge.',
  data: z.object({
    petitionId: z.uuid(),
    agencyId: z.string(),
    decision: z.string().describe('NOT_FILING, NOT_ARRESTING, NOT_PROSECUTING, NOT_COMPENSATING, WITHDRAWING_CASE, CLOSING_APPEAL'),
    assessedBy: z.string(),
  }),
});
