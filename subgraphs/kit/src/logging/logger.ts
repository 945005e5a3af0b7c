import { pino } from 'pino';
import type { DestinationStream, Logger, LevelWithSilent } from 'pino';
import { PERSONAL_DATA_REDACT_PATHS, scrubPersonalData } from '../personal-data/log-scrubbing';

export type { Logger };

/**
 * Structured JSON logs, one line per event, with the service name on every line. No line
 * carries an ID or phone number: fields of those names are redacted, and anything shaped
 * like one in a message, an object or an error is masked before it is written.
 */
export function createLogger(service: string, level: LevelWithSilent = 'info', destination?: DestinationStream): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: PERSONAL_DATA_REDACT_PATHS, censor: '[personal data]' },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => scrubPersonalData(arg)) as Parameters<typeof method>);
      },
    },
  }, destination);
}
