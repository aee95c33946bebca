// A throw-away PostgreSQL server for the test run: initdb into a temporary folder, listen on
// 127.0.0.1 at a free port, trust authentication, and remove everything when stopped.
import { chmodSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRoot, run } from './lib.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function startPostgres(binDir) {
  const dir = mkdtempSync(join(tmpdir(), 'pejling-pg-'));
  const data = join(dir, 'data');
  const sock = join(dir, 'sock');
  mkdirSync(data);
  mkdirSync(sock);
  // initdb refuses to run as root: run the server as the postgres user then.
  const asPg = isRoot()
    ? (cmd, args) => run('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'ignore' })
    : (cmd, args) => run(cmd, args, { stdio: 'ignore' });
  if (isRoot()) {
    chmodSync(dir, 0o755);
    run('chown', ['-R', 'postgres:postgres', data, sock], { stdio: 'ignore' });
  }
  const port = await freePort();
  if (asPg(join(binDir, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']) !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error('initdb failed');
  }
  const started = asPg(join(binDir, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(sock, 'postgres.log'),
    '-w',
    '-t',
    '30',
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${sock} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
  if (started !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start (see ${join(sock, 'postgres.log')})`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      asPg(join(binDir, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
