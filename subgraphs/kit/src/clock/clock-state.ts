import type { ClockRule, TimeUnit } from './clock-rule';

/**
 * A stop of the clock (中止/暂停计算), e.g. while a public hearing is organised or an
 * appraisal is pending. `until: null` means the clock is still stopped.
 */
export interface ClockPause {
  from: Date;
  until: Date | null;
  reason: string;
}

/** An approved extension (延期), counted in its own unit after the due date it extends. */
export interface ClockExtension {
  unit: TimeUnit;
  amount: number;
  /** Who approved it: art. 34 requires the head of the agency (本机关、单位负责人). */
  approvedBy: string;
  /** The reason, which the petitioner must be told (并告知信访人延期理由). */
  reason: string;
  at: Date;
}

/** Everything needed to recompute a deadline: plain data, stored with the obligation it times. */
export interface ClockState {
  rule: ClockRule;
  startedAt: Date;
  pauses: readonly ClockPause[];
  extensions: readonly ClockExtension[];
}

export function startClock(rule: ClockRule, startedAt: Date): ClockState {
  return { rule, startedAt, pauses: [], extensions: [] };
}

/** The pause still open, if the clock is stopped now. */
export function openPauseOf(state: ClockState): ClockPause | undefined {
  return state.pauses.find((pause) => pause.until === null);
}

export function isPaused(state: ClockState): boolean {
  return openPauseOf(state) !== undefined;
}
