import { pino } from 'pino';
import type { Logger, LevelWithSilent } from 'pino';

export type { Logger };

/** Structured JSON logs, one line per event, with the service name on every line. */
export function createLogger(service: string, level: LevelWithSilent = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}
