#!/usr/bin/env node
// Live workshop load: N phones answer the 12 statements of `ledelsesudfordringer` in
// one session while a projector shows the tally. Pejling runs as its own process
// (`node bin/pejling.js serve`, fresh DATA_DIR and database per N); this process is the crowd.
// The same crowd then meets the baseline, a bare `ws` relay with no database
// (bench/live-relay.mjs), so the table shows what Pejling adds to what cannot be avoided.
//
// Load: after every phone has joined (POST /api/live/join, then WebSocket, hello, snapshot;
// 50 at a time), each phone sends its 12 answers (random values 1–5, statements in random
// order) at 12 uniformly random moments within a window of 10 s: 1.2 N answers a second, a
// burst far steeper than a real room (the instrument takes about 10 minutes to answer).
//
// The ratio target is on answer → projector, the latency people in the room see. The ack ratio
// is reported too, but it is not a target: Pejling acknowledges an answer only once it is stored
// on disk, the relay at once from memory, so it compares a write with no write.
//
// Measured: connect time (join → snapshot); ack latency (send → ack); answer → projector
// latency; frames and bytes the server sent per answer (payload bytes received by all
// clients while answering); errors; lost and duplicated answers (final tally and the database
// against what was acknowledged); server RSS, peak RSS and CPU from /proc.
//
// Answer → projector: the projector's tally counts answers per statement. Answers reach the
// tally in server order, which the acks follow, so per statement the acknowledged answers are
// ranked by the time their ack arrived; the answer of rank k became visible with the first
// projector frame whose count for that statement reached k. Its latency is that frame's
// arrival minus the answer's send time.
//
//   npm run bench:live                           N = 100, 1,000 and 5,000 on SQLite
//   node bench/live.mjs --n 100,1000 --pg        the same on SQLite and on PostgreSQL
//   node bench/live.mjs --db postgresql --window 20 --concurrency 50 --out result.json
//   node bench/live.mjs --n 5000 --profile /tmp/prof   servers write V8 CPU profiles there
import { execSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { WebSocket } from 'ws';
import { ROOT } from '../scripts/lib.mjs';
import { startPostgres } from '../scripts/pg.mjs';
import { postgresBin } from '../scripts/system.mjs';

const { values: opts } = parseArgs({
  options: {
    n: { type: 'string', default: '100,1000,5000' },
    pg: { type: 'boolean', default: false },
    db: { type: 'string' },
    window: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '50' },
    out: { type: 'string' },
    profile: { type: 'string' },
    repeat: { type: 'string', default: '1' },
  },
});
const SIZES = opts.n.split(',').map((s) => Number(s.replace(/_/g, '')));
const DIALECTS = opts.db ? opts.db.split(',') : opts.pg ? ['sqlite', 'postgresql'] : ['sqlite'];
const WINDOW_MS = Number(opts.window) * 1000;
const CONCURRENCY = Number(opts.concurrency);
const REPEAT = Number(opts.repeat);
const QUESTIONNAIRE_STEP = 3;
const TARGET = { n: 5000, projectorP99: 250, ratio: 2 };

const instrument = JSON.parse(readFileSync(join(ROOT, 'content', 'instruments', 'ledelsesudfordringer.json'), 'utf8'));
const ITEMS = instrument.items.map((i) => i.id);
const CLK_TCK = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
const pcts = (values, ps) => {
  const sorted = Float64Array.from(values).sort();
  return Object.fromEntries(ps.map((p) => [`p${p}`, percentile(sorted, p)]));
};

/** RSS, peak RSS (MiB) and CPU seconds (user + system) of a process, from /proc. */
function procStats(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { rss: kib('VmRSS') / 1024, hwm: kib('VmHWM') / 1024, cpu: (Number(fields[11]) + Number(fields[12])) / CLK_TCK };
}

/** CPU seconds of the PostgreSQL server listening on `port`: the postmaster and its backends. */
function postgresCpu(port) {
  const procs = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      procs.push({
        pid,
        ppid: fields[1],
        cpu: (Number(fields[11]) + Number(fields[12])) / CLK_TCK,
        master: cmdline.includes(String(port)),
      });
    } catch {
      // the process ended meanwhile
    }
  }
  const master = procs.find((p) => p.master);
  return master ? procs.filter((p) => p === master || p.ppid === master.pid).reduce((sum, p) => sum + p.cpu, 0) : NaN;
}

/** Starts a Node process and waits for the line that tells its port. */
function startProcess(args, env, ready) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within 60 s:\n${output}`)), 60_000);
    const onData = (d) => {
      output += d.toString();
      const m = ready.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ child, pid: child.pid, port: Number(m[1]), output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
  });
}

async function stopProcess(proc) {
  if (proc.child.exitCode !== null) return;
  const exited = new Promise((r) => proc.child.once('exit', r));
  proc.child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000)]);
  if (proc.child.exitCode === null) proc.child.kill('SIGKILL');
}

function cli(args, env) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'pejling.js'), ...args, '--json'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`pejling ${args[0]} failed:\n${r.stdout}${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function api(base, method, path, body, session) {
  const headers = { 'content-type': 'application/json' };
  if (session) Object.assign(headers, { cookie: session.cookie, 'x-csrf-token': session.csrfToken });
  const res = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return { json: text ? JSON.parse(text) : null, res };
}

/** Pejling on a fresh database: organisation, admin, workshop open on its questionnaire, results revealed. */
async function startPejling(dialect, pgServer, n) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pejling-bench-live-'));
  let databaseUrl = '';
  if (dialect === 'postgresql') {
    const name = `bench_live_${n}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: pgServer.url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    databaseUrl = pgServer.url.replace(/\/[^/]*$/, `/${name}`);
  }
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    LOGIN_RATE_LIMIT: '100000',
    JOIN_RATE_LIMIT: '100000',
  };
  const org = cli(['create-org', '--name', 'Benchmark Kommune', '--type', 'kommune'], env);
  const password = 'bench-live-password';
  cli(['create-user', '--org', org.id, '--email', 'bench@example.dk', '--role', 'admin', '--password', password], env);
  const profile = opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${opts.profile}`] : [];
  const proc = await startProcess([...profile, join(ROOT, 'bin', 'pejling.js'), 'serve'], env, /kører på http:\/\/[^:]+:(\d+)/);
  const base = `http://127.0.0.1:${proc.port}`;
  const login = await api(base, 'POST', '/api/session', { email: 'bench@example.dk', password });
  const session = {
    cookie: login.res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; '),
    csrfToken: login.json.csrfToken,
  };
  const workshops = `/api/orgs/${org.id}/workshops`;
  const created = (await api(base, 'POST', workshops, { title: 'Udviklingsværksted (benchmark)' }, session)).json;
  const control = (body) => api(base, 'POST', `${workshops}/${created.id}/control`, body, session);
  const opened = (await control({ action: 'open' })).json;
  const onStep = (await control({ action: 'goto', position: QUESTIONNAIRE_STEP })).json;
  if (onStep.steps[QUESTIONNAIRE_STEP]?.kind !== 'questionnaire') throw new Error('step 3 is not the questionnaire');
  await control({ action: 'reveal', revealed: true });
  return {
    proc,
    base,
    code: opened.joinCode,
    workshopId: created.id,
    observerHeaders: { cookie: session.cookie },
    databaseCpu: dialect === 'postgresql' ? () => postgresCpu(new URL(pgServer.url).port) : null,
    async stored() {
      if (dialect === 'sqlite') {
        const db = new Database(join(dataDir, 'pejling.db'), { readonly: true, fileMustExist: true });
        try {
          return db.prepare('select participant_id, item_id, value from workshop_answers where workshop_id = ?').all(created.id);
        } finally {
          db.close();
        }
      }
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query('select participant_id, item_id, value from workshop_answers where workshop_id = $1', [created.id]))
          .rows;
      } finally {
        await client.end();
      }
    },
    cleanup() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startRelay() {
  const profile = opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${opts.profile}`] : [];
  const proc = await startProcess([...profile, join(ROOT, 'bench', 'live-relay.mjs')], { PORT: '0' }, /listening (\d+)/);
  return {
    proc,
    base: `http://127.0.0.1:${proc.port}`,
    code: 'BENCH2',
    workshopId: '01jdq3v8x2k4m6n8p0r2s4t6v8',
    observerHeaders: {},
    databaseCpu: null,
    stored: null,
    cleanup() {},
  };
}

/** The crowd: frames and bytes received by every client while counting, errors, and the projector's tallies. */
function newCrowd(target) {
  const crowd = {
    wsUrl: `${target.base.replace(/^http/, 'ws')}/api/live/ws`,
    counting: false,
    frames: { ack: 0, tally: 0, other: 0 },
    bytes: 0,
    errors: { join: 0, socket: 0, frame: 0, closed: 0, samples: [] },
    answers: new Map(),
    projector: [],
    lastTally: { projector: null, facilitator: null },
    sockets: [],
  };
  return crowd;
}

function noteError(crowd, kind, detail) {
  crowd.errors[kind]++;
  if (crowd.errors.samples.length < 10) crowd.errors.samples.push(`${kind}: ${detail}`);
}

function openSocket(crowd, headers, onFrame) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(crowd.wsUrl, { headers });
    crowd.sockets.push(socket);
    let opened = false;
    socket.on('message', (data) => {
      const t = performance.now();
      const msg = JSON.parse(String(data));
      if (crowd.counting) {
        crowd.bytes += data.length;
        crowd.frames[msg.type === 'ack' ? 'ack' : msg.tally ? 'tally' : 'other']++;
      }
      if (msg.type === 'error') noteError(crowd, 'frame', `${msg.code} ${msg.message}`);
      onFrame(msg, t);
    });
    socket.once('open', () => {
      opened = true;
      resolve(socket);
    });
    socket.on('error', (err) => {
      if (!opened) reject(err);
      else noteError(crowd, 'socket', err.message);
    });
    socket.on('close', (code) => {
      if (opened && !crowd.closing) noteError(crowd, 'closed', `code ${code}`);
    });
  });
}

async function connectObserver(crowd, target, role) {
  let first;
  const snapshot = new Promise((r) => (first = r));
  const socket = await openSocket(crowd, target.observerHeaders, (msg, t) => {
    if (msg.type === 'snapshot') first(msg);
    if (!msg.tally) return;
    crowd.lastTally[role] = msg.tally;
    if (role === 'projector') crowd.projector.push({ t, n: ITEMS.map((id) => msg.tally.items.find((i) => i.itemId === id)?.n ?? 0) });
  });
  socket.send(JSON.stringify({ type: 'hello', role, workshopId: target.workshopId }));
  const snap = await snapshot;
  if (role === 'projector' && !snap.revealed) throw new Error('the results are not revealed to the projector');
}

/** One phone: join with the code, open the socket, hello, wait for the snapshot. */
async function connectParticipant(crowd, target, index) {
  const t0 = performance.now();
  const res = await fetch(`${target.base}/api/live/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: target.code, displayName: `Deltager ${index + 1}` }),
  });
  if (res.status !== 201) {
    noteError(crowd, 'join', `${res.status} ${(await res.text()).slice(0, 120)}`);
    return null;
  }
  const joined = await res.json();
  const t1 = performance.now();
  let first;
  const snapshot = new Promise((r) => (first = r));
  const socket = await openSocket(crowd, {}, (msg, t) => {
    if (msg.type === 'snapshot') first();
    if (msg.type !== 'ack') return;
    const a = crowd.answers.get(msg.id);
    if (!a) return noteError(crowd, 'frame', `ack for unknown id ${msg.id}`);
    if (a.ackAt !== null) a.extraAcks++;
    else a.ackAt = t;
    if (msg.duplicate) a.dupFlag = true;
  });
  const t2 = performance.now();
  socket.send(JSON.stringify({ type: 'hello', role: 'participant', token: joined.token }));
  const timeout = sleep(30_000).then(() => 'timeout');
  if ((await Promise.race([snapshot, timeout])) === 'timeout') {
    noteError(crowd, 'socket', 'no snapshot within 30 s');
    return null;
  }
  const t3 = performance.now();
  return { index, socket, participantId: joined.participantId, connectMs: t3 - t0, joinMs: t1 - t0, openMs: t2 - t1, helloMs: t3 - t2 };
}

async function pool(count, concurrency, fn) {
  const results = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await fn(i);
      }
    }),
  );
  return results;
}

function shuffle(list) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** Every phone's 12 answers at random moments in the window, in send order. */
function plan(phones, windowMs) {
  const answers = [];
  for (const phone of phones) {
    const order = shuffle(ITEMS.map((_, i) => i));
    order.forEach((item, k) =>
      answers.push({
        id: `a${String(phone.index).padStart(5, '0')}x${String(k).padStart(2, '0')}`,
        phone,
        item,
        value: 1 + Math.floor(Math.random() * 5),
        at: Math.random() * windowMs,
        sentAt: null,
        ackAt: null,
        extraAcks: 0,
        dupFlag: false,
        visibleAt: null,
      }),
    );
  }
  return answers.sort((a, b) => a.at - b.at);
}

function sendAll(answers) {
  return new Promise((resolve) => {
    const start = performance.now();
    let next = 0;
    const tick = () => {
      const now = performance.now() - start;
      while (next < answers.length && answers[next].at <= now) {
        const a = answers[next++];
        a.sentAt = performance.now();
        a.phone.socket.send(JSON.stringify({ type: 'answer', id: a.id, itemId: ITEMS[a.item], value: a.value }));
      }
      if (next < answers.length) setTimeout(tick, Math.max(0, answers[next].at - now));
      else resolve();
    };
    tick();
  });
}

/** Per statement, acknowledged answers in ack order; rank k is visible from the first projector frame counting k. */
function attributeVisibility(answers, frames) {
  for (let item = 0; item < ITEMS.length; item++) {
    const mine = answers
      .filter((a) => a.item === item)
      .sort((a, b) => (a.ackAt ?? Infinity) - (b.ackAt ?? Infinity) || a.sentAt - b.sentAt);
    let rank = 0;
    for (const f of frames) {
      while (rank < Math.min(f.n[item], mine.length)) mine[rank++].visibleAt = f.t;
    }
  }
}

/** Ack and answer → projector latency by the second in which answers were sent (to see stalls). */
function timeline(answers, start) {
  const buckets = [];
  for (const a of answers) {
    const b = (buckets[Math.floor((a.sentAt - start) / 1000)] ??= { ack: [], visible: [] });
    if (a.ackAt !== null) b.ack.push(a.ackAt - a.sentAt);
    if (a.visibleAt !== null) b.visible.push(a.visibleAt - a.sentAt);
  }
  return [...buckets].map((b, second) => ({
    second,
    answers: b?.ack.length ?? 0,
    ackMs: b ? pcts(b.ack, [50, 99, 100]) : null,
    projectorMs: b ? pcts(b.visible, [50, 99, 100]) : null,
  }));
}

/** Compares the final tally and (for Pejling) the stored rows with what was acknowledged. */
async function verify(target, crowd, answers) {
  const acked = answers.filter((a) => a.ackAt !== null);
  const expected = ITEMS.map(() => [0, 0, 0, 0, 0]);
  for (const a of acked) expected[a.item][a.value - 1]++;
  const tally = crowd.lastTally.projector;
  let tallyLost = 0;
  let tallyDuplicated = 0;
  ITEMS.forEach((id, item) => {
    const got = tally?.items.find((i) => i.itemId === id)?.counts ?? [0, 0, 0, 0, 0];
    for (let v = 0; v < 5; v++) {
      tallyLost += Math.max(0, expected[item][v] - got[v]);
      tallyDuplicated += Math.max(0, got[v] - expected[item][v]);
    }
  });
  const result = {
    acked: acked.length,
    tallyLost,
    tallyDuplicated,
    respondents: tally?.respondents ?? 0,
    expectedRespondents: new Set(acked.map((a) => a.phone.index)).size,
    duplicateAcks: answers.reduce((s, a) => s + a.extraAcks + Number(a.dupFlag), 0),
    dbRows: null,
    dbLost: null,
    dbDuplicated: null,
    dbWrongValue: null,
  };
  if (!target.stored) return result;
  const rows = await target.stored();
  const byKey = new Map();
  for (const r of rows)
    byKey.set(`${r.participant_id}:${r.item_id}`, (byKey.get(`${r.participant_id}:${r.item_id}`) ?? []).concat(Number(r.value)));
  result.dbRows = rows.length;
  result.dbLost = 0;
  result.dbWrongValue = 0;
  for (const a of acked) {
    const stored = byKey.get(`${a.phone.participantId}:${ITEMS[a.item]}`);
    if (!stored) result.dbLost++;
    else if (!stored.includes(a.value)) result.dbWrongValue++;
  }
  result.dbDuplicated = Math.max(0, rows.length - acked.length) + [...byKey.values()].reduce((s, v) => s + v.length - 1, 0);
  return result;
}

async function runOne(kind, dialect, n, pgServer, windowMs = WINDOW_MS) {
  const target = kind === 'relay' ? await startRelay() : await startPejling(dialect, pgServer, n);
  const crowd = newCrowd(target);
  try {
    await connectObserver(crowd, target, 'facilitator');
    await connectObserver(crowd, target, 'projector');

    const s0 = procStats(target.proc.pid);
    const c0 = performance.now();
    const phones = (
      await pool(n, CONCURRENCY, (i) =>
        connectParticipant(crowd, target, i).catch((err) => {
          noteError(crowd, 'socket', err.message);
          return null;
        }),
      )
    ).filter(Boolean);
    const connectSeconds = (performance.now() - c0) / 1000;
    const s1 = procStats(target.proc.pid);
    await sleep(1000);

    const answers = plan(phones, windowMs);
    for (const a of answers) crowd.answers.set(a.id, a);
    const s2 = procStats(target.proc.pid);
    const d2 = target.databaseCpu?.();
    const client0 = process.cpuUsage();
    const l0 = performance.now();
    crowd.counting = true;
    await sendAll(answers);
    // Until every answer is acknowledged and the projector counts them all (or 60 s more).
    const perItem = ITEMS.map((_, item) => answers.filter((a) => a.item === item).length);
    const done = () => answers.every((a) => a.ackAt !== null) && crowd.projector.at(-1)?.n.every((k, item) => k >= perItem[item]);
    const deadline = performance.now() + 60_000;
    while (!done() && performance.now() < deadline) await sleep(20);
    await sleep(300); // one more tally tick, in case anything else was coming
    crowd.counting = false;
    const loadSeconds = (performance.now() - l0) / 1000;
    const client = process.cpuUsage(client0);
    const s3 = procStats(target.proc.pid);
    const d3 = target.databaseCpu?.();

    attributeVisibility(answers, crowd.projector);
    const check = await verify(target, crowd, answers);
    const acks = answers.filter((a) => a.ackAt !== null).map((a) => a.ackAt - a.sentAt);
    const visible = answers.filter((a) => a.visibleAt !== null).map((a) => Math.max(0, a.visibleAt - a.sentAt));
    const frames = crowd.frames.ack + crowd.frames.tally + crowd.frames.other;
    const errors = crowd.errors.join + crowd.errors.socket + crowd.errors.frame + crowd.errors.closed;
    return {
      server: kind,
      database: kind === 'relay' ? null : dialect,
      n,
      connected: phones.length,
      answers: answers.length,
      connectMs: pcts(
        phones.map((p) => p.connectMs),
        [50, 95, 99],
      ),
      connectSeconds,
      connectPartsP50: {
        joinMs: pcts(
          phones.map((p) => p.joinMs),
          [50],
        ).p50,
        openMs: pcts(
          phones.map((p) => p.openMs),
          [50],
        ).p50,
        helloMs: pcts(
          phones.map((p) => p.helloMs),
          [50],
        ).p50,
      },
      ackMs: pcts(acks, [50, 95, 99]),
      projectorMs: pcts(visible, [50, 99]),
      unacked: answers.length - acks.length,
      notVisible: answers.length - visible.length,
      framesPerAnswer: frames / answers.length,
      bytesPerAnswer: crowd.bytes / answers.length,
      frames: crowd.frames,
      projectorFrames: crowd.projector.length,
      errors,
      errorDetail: crowd.errors,
      lost: Math.max(check.tallyLost, check.dbLost ?? 0, answers.length - acks.length),
      duplicated: Math.max(check.tallyDuplicated, check.dbDuplicated ?? 0, check.duplicateAcks),
      check,
      loadSeconds,
      timeline: timeline(answers, l0),
      serverProcess: {
        rssMiB: s3.rss,
        peakRssMiB: s3.hwm,
        rssBeforeMiB: s0.rss,
        cpuConnectS: s1.cpu - s0.cpu,
        cpuLoadS: s3.cpu - s2.cpu,
        cpuLoadPct: (100 * (s3.cpu - s2.cpu)) / loadSeconds,
      },
      databaseProcesses: target.databaseCpu ? { cpuLoadS: d3 - d2 } : null,
      clientCpuLoadPct: (100 * (client.user + client.system)) / 1e6 / loadSeconds,
    };
  } finally {
    crowd.closing = true;
    for (const s of crowd.sockets) s.terminate();
    await stopProcess(target.proc);
    target.cleanup();
  }
}

// ------------------------------------------------------------------------------------- main

if (spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--server'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const median = (values) => pcts(values, [50]).p50;
const load0 = loadavg();
const rows = [];
let pgServer = null;
try {
  if (DIALECTS.includes('postgresql')) pgServer = await startPostgres(postgresBin());
  // Warms up this process (JIT, connection pool) so that the first measured run is not slower for it.
  process.stdout.write('Warm-up… ');
  await runOne('relay', null, 500, null, 2000);
  process.stdout.write('done\n');
  for (const n of SIZES) {
    for (let rep = 1; rep <= REPEAT; rep++) {
      process.stdout.write(`N = ${n}${REPEAT > 1 ? ` (run ${rep} of ${REPEAT})` : ''}: relay… `);
      const relay = { ...(await runOne('relay', null, n, null)), rep };
      rows.push(relay);
      for (const dialect of DIALECTS) {
        process.stdout.write(`Pejling (${dialect})… `);
        const row = { ...(await runOne('pejling', dialect, n, pgServer)), rep };
        row.ratio = { ackP99: row.ackMs.p99 / relay.ackMs.p99, projectorP99: row.projectorMs.p99 / relay.projectorMs.p99 };
        rows.push(row);
      }
      process.stdout.write('done\n');
    }
  }
} finally {
  pgServer?.stop();
}

/** Per N and server, the median of each figure over the repeated runs (the run itself when there is one). */
const summary = [];
for (const n of SIZES) {
  for (const database of [null, ...DIALECTS]) {
    const runs = rows.filter((r) => r.n === n && r.database === database);
    if (!runs.length) continue;
    const m = (get) => median(runs.map(get));
    summary.push({
      n,
      server: database ? 'pejling' : 'relay',
      database,
      runs: runs.length,
      connectMs: { p50: m((r) => r.connectMs.p50), p95: m((r) => r.connectMs.p95), p99: m((r) => r.connectMs.p99) },
      ackMs: { p50: m((r) => r.ackMs.p50), p95: m((r) => r.ackMs.p95), p99: m((r) => r.ackMs.p99) },
      projectorMs: { p50: m((r) => r.projectorMs.p50), p99: m((r) => r.projectorMs.p99) },
      framesPerAnswer: m((r) => r.framesPerAnswer),
      bytesPerAnswer: m((r) => r.bytesPerAnswer),
      errors: runs.reduce((sum, r) => sum + r.errors, 0),
      lost: runs.reduce((sum, r) => sum + r.lost, 0),
      duplicated: runs.reduce((sum, r) => sum + r.duplicated, 0),
      rssMiB: m((r) => r.serverProcess.rssMiB),
      peakRssMiB: m((r) => r.serverProcess.peakRssMiB),
      cpuConnectS: m((r) => r.serverProcess.cpuConnectS),
      cpuLoadS: m((r) => r.serverProcess.cpuLoadS),
      dbCpuLoadS: database === 'postgresql' ? m((r) => r.databaseProcesses?.cpuLoadS ?? NaN) : null,
      ratio: database ? { ackP99: m((r) => r.ratio.ackP99), projectorP99: m((r) => r.ratio.projectorP99) } : null,
    });
  }
}

let commit = 'unknown';
try {
  commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();
} catch {
  // not a git checkout
}
const date = new Date().toISOString().slice(0, 10);
const machine = { cpu: cpus()[0]?.model ?? 'CPU', cores: cpus().length, ramGiB: Math.round(totalmem() / 2 ** 30) };
const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const load1 = loadavg();
console.log(
  `\nDate ${date} · commit ${commit} · ${machine.cores} × ${machine.cpu}, ${machine.ramGiB} GiB · Node ${process.version} · load average before ${load0[0].toFixed(1)}, after ${load1[0].toFixed(1)}`,
);
console.log(
  `Each phone sends its 12 answers at random moments within ${WINDOW_MS / 1000} s (1.2 × N answers/s); phones join ${CONCURRENCY} at a time.` +
    (REPEAT > 1 ? ` Medians of ${REPEAT} runs, each against a fresh server.` : ''),
);
console.log(
  '\n| N | server | connect p50 / p95 / p99 ms | ack p50 / p95 / p99 ms | answer→projector p50 / p99 ms | frames / answer | bytes / answer | errors | lost | dup | server RSS / peak MiB | server CPU s (connect / answers) | ratio ack p99 | ratio projector p99 |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of summary) {
  const cpu = `${f(r.cpuConnectS)} / ${f(r.cpuLoadS)}${r.dbCpuLoadS === null ? '' : ` (+ PostgreSQL ${f(r.dbCpuLoadS)})`}`;
  console.log(
    `| ${r.n} | ${r.server === 'relay' ? 'bare ws relay' : `Pejling, ${r.database}`} | ${f(r.connectMs.p50)} / ${f(r.connectMs.p95)} / ${f(r.connectMs.p99)} | ${f(r.ackMs.p50)} / ${f(r.ackMs.p95)} / ${f(r.ackMs.p99)} | ${f(r.projectorMs.p50)} / ${f(r.projectorMs.p99)} | ${f(r.framesPerAnswer, 2)} | ${f(r.bytesPerAnswer, 0)} | ${r.errors} | ${r.lost} | ${r.duplicated} | ${f(r.rssMiB, 0)} / ${f(r.peakRssMiB, 0)} | ${cpu} | ${r.ratio ? f(r.ratio.ackP99) : '–'} | ${r.ratio ? f(r.ratio.projectorP99) : '–'} |`,
  );
}

const failures = [];
for (const r of summary.filter((s) => s.server === 'pejling')) {
  const at = `N = ${r.n}, ${r.database}`;
  if (r.lost) failures.push(`${at}: ${r.lost} lost`);
  if (r.duplicated) failures.push(`${at}: ${r.duplicated} duplicated`);
  if (r.errors) failures.push(`${at}: ${r.errors} errors`);
  if (r.n >= TARGET.n && !(r.projectorMs.p99 <= TARGET.projectorP99))
    failures.push(`${at}: answer→projector p99 ${f(r.projectorMs.p99)} ms > ${TARGET.projectorP99} ms`);
  if (!(r.ratio.projectorP99 <= TARGET.ratio)) failures.push(`${at}: answer→projector p99 ${f(r.ratio.projectorP99)} × the relay's`);
}
console.log(
  `\nTargets: ${TARGET.n} participants with answer→projector p99 ≤ ${TARGET.projectorP99} ms, 0 lost, 0 duplicated; answer→projector p99 ≤ ${TARGET.ratio} × the bare relay's: ${failures.length ? 'NOT MET' : 'met'}`,
);
for (const line of failures) console.log(`  - ${line}`);

const out = opts.out ?? join(ROOT, 'bench', 'results', `live-${date}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      benchmark: 'live',
      date,
      commit,
      machine,
      node: process.version,
      loadavg: { before: load0, after: load1 },
      options: { sizes: SIZES, dialects: DIALECTS, windowSeconds: WINDOW_MS / 1000, joinConcurrency: CONCURRENCY, repeat: REPEAT },
      targets: TARGET,
      met: failures.length === 0,
      failures,
      summary,
      runs: rows,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWritten to ${out}`);
if (failures.length) process.exitCode = 1;
