import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface Embedded {
  host: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
}

/** Starts PGlite on `dir` ('memory://' for a throw-away database) behind a loopback socket. */
export async function startEmbedded(dir: string): Promise<Embedded> {
  const inMemory = dir === 'memory://';
  const path = inMemory ? dir : resolve(dir);
  if (!inMemory) mkdirSync(path, { recursive: true });
  const db = await PGlite.create(inMemory ? undefined : path);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  return {
    host: host!,
    port: Number(port),
    dir: path,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
