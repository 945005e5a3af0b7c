import type { AssistanceCase } from './assistance-case.entity';
import type { AssistancePayment } from './assistance-payment.entity';

type Shares = Pick<AssistanceCase, 'handlingAgencyId' | 'jointAgencyId' | 'approvedAmountFen' | 'jointShareFen'>;

/** Approved so far, every share together, in fen. */
export function totalApprovedFen(shares: Shares): number {
  return (shares.approvedAmountFen ?? 0) + (shares.jointShareFen ?? 0);
}

/** The share an agency approved (null: not yet, or not its case). */
export function shareOf(shares: Shares, agencyId: string): number | null {
  if (agencyId === shares.handlingAgencyId) return shares.approvedAmountFen;
  return agencyId === shares.jointAgencyId ? shares.jointShareFen : null;
}

export function paidByFen(payments: readonly Pick<AssistancePayment, 'agencyId' | 'amountFen'>[], agencyId?: string): number {
  return payments.filter((payment) => agencyId === undefined || payment.agencyId === agencyId).reduce((sum, payment) => sum + payment.amountFen, 0);
}

/** Paid in full: every share is decided and the payments reach what was approved. */
export function isPaidInFull(shares: Shares, paidFen: number): boolean {
  const decided = shares.approvedAmountFen !== null && (shares.jointAgencyId === null || shares.jointShareFen !== null);
  return decided && totalApprovedFen(shares) > 0 && paidFen === totalApprovedFen(shares);
}

/** Fen as yuan for messages: 150000 → 1,500.00 yuan. */
export function yuan(fen: number): string {
  return `${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} yuan`;
}
