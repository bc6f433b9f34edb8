/**
 * pino logger options. Privacy: a BSN or a name never appears in a log line. We never log message
 * content, and as a second line of defence every field that could carry one is redacted, and
 * nine-digit runs in free text are masked.
 */
import type { LoggerOptions } from 'pino';

const REDACT = [
  'bsn', 'Bsn', '*.bsn', '*.Bsn', '*.*.Bsn', 'naam', 'Naam', '*.Naam', '*.naam', 'body', 'req.body', 'payload', '*.payload',
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    hooks: {
      logMethod(args, method) {
        // Free-text messages: mask anything that looks like a BSN.
        const masked = args.map((a) => (typeof a === 'string' ? a.replace(/\b\d{9}\b/g, '*********') : a));
        method.apply(this, masked as Parameters<typeof method>);
      },
    },
  };
}
