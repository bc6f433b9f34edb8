/**
 * API-key authentication for the message routes: `Authorization: Bearer <key>` or `X-Api-Key`.
 * Each key belongs to one client, which is one party (AGB, gemeente or hub).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authenticate, partyKey, type AuthenticatedClient } from '../auth/clients.js';
import type { Sql } from '../db/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    client?: AuthenticatedClient;
  }
}

function keyOf(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (h?.startsWith('Bearer ')) return h.slice(7).trim();
  const k = req.headers['x-api-key'];
  return typeof k === 'string' ? k.trim() : undefined;
}

/** Keys seen in the last seconds: saves a query per request; a disabled key stops within CACHE_MS. */
const CACHE_MS = 5_000;
const CACHE_MAX = 1_000;
const cache = new Map<string, { client: AuthenticatedClient; until: number }>();

async function cachedAuthenticate(sql: Sql, key: string | undefined): Promise<AuthenticatedClient | null> {
  if (!key) return null;
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.client;
  const client = await authenticate(sql, key);
  if (cache.size >= CACHE_MAX) cache.clear();
  if (client) cache.set(key, { client, until: Date.now() + CACHE_MS });
  else cache.delete(key);
  return client;
}

export function requireClient(sql: Sql) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const client = await cachedAuthenticate(sql, keyOf(req));
    if (!client) {
      await reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'authenticate with an API key (Authorization: Bearer <key> or X-Api-Key)' });
      return;
    }
    req.client = client;
  };
}

/** Whether the client may read a message that belongs to `party` (a hub reads what it relays: all). */
export function mayRead(client: AuthenticatedClient, party: string): boolean {
  return client.party.kind === 'hub' || partyKey(client.party) === party;
}
