import { z } from 'zod';
import { defineEvent } from '../contract';
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
  }),
});
