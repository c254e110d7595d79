/**
 * A CouchDB-protocol server for tests and the benchmark: `pouchdb-server` (a devDependency) on
 * 127.0.0.1, its data in a folder of its own so it can be stopped and started again with
 * everything kept. Nothing it needs runs at install time (leveldown ships prebuilt binaries).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../node_modules/pouchdb-server/bin/pouchdb-server', import.meta.url));

export interface CouchServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  /** Stops the server process; its data stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port and folder. */
  start(): Promise<void>;
  /** Stops it and deletes its data. */
  close(): Promise<void>;
  /** A JSON request to the server, as an administrator would make it (not through the browser). */
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts pouchdb-server on a free port of 127.0.0.1, storing its databases in a new temporary folder. */
export async function startCouchServer(): Promise<CouchServer> {
  const dir = await mkdtemp(join(tmpdir(), 'backstory-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  // Its configuration file and log stay in the folder too (it writes them to the working directory).
  await writeFile(join(dir, 'config.json'), JSON.stringify({ log: { file: join(dir, 'log.txt') } }));
  let child: ChildProcess | undefined;

  const request = async <T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: T }> => {
    const response = await fetch(new URL(path, url), {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: (text ? JSON.parse(text) : undefined) as T };
  };

  const start = async () => {
    child = spawn(
      process.execPath,
      [
        bin,
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--dir',
        dir,
        '--config',
        join(dir, 'config.json'),
        '--no-stdout-logs',
      ],
      { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`pouchdb-server exited: ${stderr.slice(0, 2000)}`);
      const up = await request('GET', '/').then(
        (r) => r.status === 200,
        () => false,
      );
      if (up) return;
      if (Date.now() > deadline)
        throw new Error(`pouchdb-server did not start on ${url}: ${stderr.slice(0, 2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  /**
   * pouchdb-server answers the PUT that creates a database before it adds the database to its own
   * list (`pouch__all_dbs__`, written a moment later); stopped in between, it has lost the
   * database when it starts again (every request then answers 404 no_db_file), as a CouchDB
   * that lost an acknowledged write would. So a stop first waits until every database on disk is
   * listed: the stop tests are about Backstory, not about the test server's durability.
   */
  const settled = async () => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const onDisk = (await readdir(dir, { withFileTypes: true }))
        .filter((e) => e.isDirectory() && e.name !== 'pouch__all_dbs__' && !e.name.includes('-mrview-'))
        .map((e) => e.name);
      const listed = new Set((await request<string[]>('GET', '/_all_dbs')).json);
      const unlisted = onDisk.filter((name) => !listed.has(name));
      if (unlisted.length === 0) return;
      if (Date.now() > deadline)
        throw new Error(`pouchdb-server never listed the databases ${unlisted.join(', ')} in ${dir}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) {
      child = undefined;
      return;
    }
    await settled();
    child = undefined;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };

  await start();
  return {
    url,
    port,
    start,
    stop,
    request,
    close: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
