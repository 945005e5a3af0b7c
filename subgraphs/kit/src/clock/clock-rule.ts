import { BadUserInputError } from '../errors/errors';

/**
 * How a period is counted: calendar days (日), working days (工作日, on the official holiday
 * calendar with its 调休) or months (月).
 */
export type TimeUnit = 'CALENDAR_DAYS' | 'WORKING_DAYS' | 'MONTHS';

export const TIME_UNITS: readonly TimeUnit[] = ['CALENDAR_DAYS', 'WORKING_DAYS', 'MONTHS'];

/** A deadline rule such as "within 15 days" or "within 5 working days". */
export interface ClockRule {
  unit: TimeUnit;
  amount: number;
  /**
   * For CALENDAR_DAYS and MONTHS: when the last day is a rest day, the period ends at the end of
   * the next working day (期间届满的最后一日是法定休假日的, 以法定休假日后的第一日为期间届满的日期,
   * 民事诉讼法 art. 85). Off by default: the Regulations count plain days. Working-day periods
   * always end on a working day anyway.
   */
  rollOverRestDay?: boolean;
}

/**
 * How far a rule may be extended (延期): e.g. the Regulations' 60-day handling may be extended
 * at most once, by at most 30 days in all (信访工作条例 art. 34). `maxAmount` caps the sum of all
 * extensions and is counted in `unit` (the rule's own unit when omitted).
 */
export interface ExtensionPolicy {
  maxExtensions: number;
  maxAmount: number;
  unit?: TimeUnit;
}

/** A rule that may not be extended at all. */
export const NO_EXTENSION: ExtensionPolicy = { maxExtensions: 0, maxAmount: 0 };

/** Refuses an amount that is not a whole, non-negative number of units. */
export function assertAmount(amount: number, what: string): void {
  if (!Number.isInteger(amount) || amount < 0) {
    throw new BadUserInputError(`${what} must be a whole number of units, 0 or more (got ${amount})`, { amount });
  }
}

export function assertUnit(unit: string, what: string): asserts unit is TimeUnit {
  if (!(TIME_UNITS as readonly string[]).includes(unit)) {
    throw new BadUserInputError(`${what} must be one of ${TIME_UNITS.join(', ')} (got ${unit})`, { unit });
  }
}
