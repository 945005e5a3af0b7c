import { createHash } from 'node:crypto';
import { ReferralIssued, ReferralStatusChanged, ReferralUpdateReported, createEvent } from '@xinfang/kit/partner-system';
import type { EventOf } from '@xinfang/kit/partner-system';
import type { ReferralPolicy } from './config';

export type ReferralUpdate = EventOf<typeof ReferralUpdateReported>;

/** What the desk made of one message on the agency's referrals topic. */
export type Reading =
  | { kind: 'issued'; event: EventOf<typeof ReferralIssued> }
  | { kind: 'status'; event: EventOf<typeof ReferralStatusChanged> }
  | { kind: 'unreadable'; reason: string };

export interface DeskOptions {
  agencyId: string;
  policy: ReferralPolicy;
  reportedBy: string;
  reportedByName?: string;
  /** The `source.service` of what it sends. */
  service: string;
}

/** How many referrals' last known status the desk remembers; older ones are forgotten first. */
const REMEMBERED = 10_000;

/**
 * The agency's referral desk (转介受理): reads what arrives on its referrals topic and decides
 * what to answer. It answers a referral only while the referral is still waiting (ISSUED as far
 * as the topic has told it), and an answer's event id is derived from the referral and the
 * action, so a referral delivered twice yields the same event twice, which the platform's
 * inbox applies once: redeliveries never become a second acknowledgement, nor an error.
 */
export class ReferralDesk {
  private readonly lastStatus = new Map<string, string>();

  constructor(private readonly options: DeskOptions) {}

  read(value: Buffer | string | null): Reading {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value?.toString() ?? '');
    } catch {
      return { kind: 'unreadable', reason: 'not JSON' };
    }
    const type = (parsed as { type?: unknown } | null)?.type;
    const contract = type === ReferralIssued.type ? ReferralIssued : type === ReferralStatusChanged.type ? ReferralStatusChanged : undefined;
    if (!contract) return { kind: 'unreadable', reason: `not a referral event (${String(type)})` };
    const checked = contract.schema.safeParse(parsed);
    if (!checked.success) return { kind: 'unreadable', reason: `does not match ${contract.type} v${contract.version}: ${checked.error.message}` };
    if (checked.data.data.partnerAgencyId !== this.options.agencyId) {
      return { kind: 'unreadable', reason: `addressed to ${checked.data.data.partnerAgencyId}, not to this agency` };
    }
    return checked.data.type === ReferralIssued.type
      ? { kind: 'issued', event: checked.data as EventOf<typeof ReferralIssued> }
      : { kind: 'status', event: checked.data as EventOf<typeof ReferralStatusChanged> };
  }

  /**
   * The answers to one batch, read in topic order. A referral issued and already moved on in
   * the same batch (acknowledged by a caseworker, revoked) is not answered.
   */
  answer(readings: Reading[]): ReferralUpdate[] {
    const issued: string[] = [];
    for (const reading of readings) {
      if (reading.kind === 'issued') {
        const { referralId } = reading.event.data;
        // A redelivered ReferralIssued must not wind a referral the desk saw move on back to ISSUED.
        if (!this.lastStatus.has(referralId)) this.remember(referralId, 'ISSUED');
        issued.push(referralId);
      } else if (reading.kind === 'status') {
        this.remember(reading.event.data.referralId, reading.event.data.status);
      }
    }
    if (this.options.policy !== 'ACKNOWLEDGE') return [];
    const waiting = [...new Set(issued)].filter((referralId) => this.lastStatus.get(referralId) === 'ISSUED');
    return waiting.map((referralId) => this.acknowledgement(referralId));
  }

  /** Once the broker has the answers: a later redelivery of the same referral is not answered again. */
  sent(answers: ReferralUpdate[]): void {
    for (const answer of answers) this.remember(answer.data.referralId, 'ANSWERED');
  }

  private acknowledgement(referralId: string): ReferralUpdate {
    const { agencyId, reportedBy, reportedByName, service } = this.options;
    const event = createEvent(ReferralUpdateReported, referralId, {
      referralId,
      action: 'ACKNOWLEDGE',
      note: 'Received by the agency\'s system; a caseworker will take it up.',
      reportedBy,
      ...(reportedByName ? { reportedByName } : {}),
    }, { service, agencyId });
    return ReferralUpdateReported.schema.parse({ ...event, id: answerId(agencyId, referralId, 'ACKNOWLEDGE') }) as ReferralUpdate;
  }

  private remember(referralId: string, status: string): void {
    this.lastStatus.delete(referralId);
    this.lastStatus.set(referralId, status);
    if (this.lastStatus.size > REMEMBERED) this.lastStatus.delete(this.lastStatus.keys().next().value!);
  }
}

/** The same answer to the same referral always has the same id: a UUID (version 8, custom) from a hash. */
export function answerId(agencyId: string, referralId: string, action: string): string {
  const hex = createHash('sha256').update(`${agencyId}/${referralId}/${action}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
