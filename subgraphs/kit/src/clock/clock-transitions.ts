import { BadUserInputError, IllegalTransitionError } from '../errors/errors';
import type { ExtensionPolicy } from './clock-rule';
import type { ClockExtension, ClockState } from './clock-state';
import { openPauseOf } from './clock-state';
import { validateExtension } from './extension-policy';

/** Stops a running clock; pausing a stopped one is a mistake the caller should hear about. */
export function pauseClock(state: ClockState, at: Date, reason: string): ClockState {
  if (openPauseOf(state)) throw new IllegalTransitionError('clock', 'PAUSED', 'pause the clock');
  if (!reason.trim()) throw new BadUserInputError('A pause needs a reason');
  const lastResume = state.pauses.reduce((latest, pause) => Math.max(latest, pause.until?.getTime() ?? 0), 0);
  if (at.getTime() < state.startedAt.getTime() || at.getTime() < lastResume) {
    throw new BadUserInputError('A pause cannot start before the clock started or before its last resumption', {
      at: at.toISOString(),
    });
  }
  return { ...state, pauses: [...state.pauses, { from: at, until: null, reason }] };
}

/** Restarts a stopped clock; resuming a running one is refused. */
export function resumeClock(state: ClockState, at: Date): ClockState {
  const open = openPauseOf(state);
  if (!open) throw new IllegalTransitionError('clock', 'RUNNING', 'resume the clock');
  if (at.getTime() < open.from.getTime()) {
    throw new BadUserInputError('A clock cannot resume before it was paused', { at: at.toISOString() });
  }
  return { ...state, pauses: state.pauses.map((pause) => (pause === open ? { ...pause, until: at } : pause)) };
}

/** Adds an approved extension after checking it against the rule's extension policy. */
export function extendClock(state: ClockState, extension: ClockExtension, policy: ExtensionPolicy): ClockState {
  validateExtension(state.rule, policy, state.extensions, extension);
  return { ...state, extensions: [...state.extensions, extension] };
}
