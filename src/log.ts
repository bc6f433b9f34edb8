/**
 * pino logger options. Privacy: a BSN or a name never appears in a log line. We never log message
 * content, and as a second line of defence every field that could carry one is redacted, and
 * nine-digit runs in free text are masked.
 */
import { pino, type Logger, type LoggerOptions } from 'pino';

const REDACT = [
  'bsn', 'Bsn', '*.bsn', '*.Bsn', '*.*.Bsn', 'naam', 'Naam', '*.Naam', '*.naam', 'body', 'req.body', 'payload', '*.payload',
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    formatters: {
      // Top-level string fields too (error texts can quote a value): mask anything that looks like a BSN.
      log(object) {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(object)) out[k] = typeof v === 'string' ? maskBsn(v) : v;
        return out;
      },
    },
    hooks: {
      logMethod(args, method) {
        // Free-text messages: mask anything that looks like a BSN.
        const masked = args.map((a) => (typeof a === 'string' ? maskBsn(a) : a));
        method.apply(this, masked as Parameters<typeof method>);
      },
    },
  };
}

export const maskBsn = (s: string): string => s.replace(/\b\d{9}\b/g, '*********');

export const createLogger = (level: string): Logger => pino(loggerOptions(level));
