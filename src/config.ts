/** Service configuration from the environment (see README, "Configuration"). */
export interface Config {
  host: string;
  port: number;
  maxBytes: number;
  logLevel: string;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got '${raw}'`);
  return n;
}

export function loadConfig(): Config {
  return {
    host: process.env.HOST ?? '127.0.0.1',
    port: int('PORT', 8080),
    maxBytes: int('IJW_MAX_BYTES', 25 * 1024 * 1024),
    logLevel: process.env.LOG_LEVEL ?? 'info',
  };
}
