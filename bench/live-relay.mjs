#!/usr/bin/env node
// The baseline for `npm run bench:live`: a bare `ws` server with no database that speaks just
// enough of the live protocol (src/contracts/live.ts) for the same client load. It hands out
// join tokens, answers hello with a snapshot, acknowledges every answer at once (remembering
// client message ids so a resend is never counted twice), keeps the same per-participant tally
// as Pejling's LiveTally, and sends the facilitator and projector a delta with the full tally
// (from five respondents on, as Pejling does) at most ten times a second. Whatever Pejling
// spends beyond this is validation, storage and its own bookkeeping.
//
//   PORT=0 node bench/live-relay.mjs      prints "listening <port>" once it accepts connections
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { ROOT } from '../scripts/lib.mjs';

const UPDATES_PER_SECOND = 10;
/** As in Pejling, no distribution leaves the server below five respondents. */
const ANONYMITY_THRESHOLD = 5;
const instrument = JSON.parse(readFileSync(join(ROOT, 'content', 'instruments', 'ledelsesudfordringer.json'), 'utf8'));
const itemDimension = new Map(instrument.items.map((i) => [i.id, i.dimension]));
const WORKSHOP_ID = '01jdq3v8x2k4m6n8p0r2s4t6v8';

const tokens = new Map(); // token → participant id
const answersOf = new Map(); // participant id → Map(item id → value)
const receipts = new Set(); // `${participant id}:${client message id}`
const sums = new Map(instrument.items.map((i) => [i.id, { counts: [0, 0, 0, 0, 0], sum: 0 }]));
const observers = new Set();
let complete = 0;
let participants = 0;
let revision = 1;
let dirty = false;
let timer = null;
let lastUpdate = 0;

function tally() {
  const dims = new Map(instrument.dimensions.map((d) => [d.id, { n: 0, sum: 0 }]));
  const items = [];
  for (const [itemId, s] of sums) {
    const n = s.counts[0] + s.counts[1] + s.counts[2] + s.counts[3] + s.counts[4];
    items.push({ itemId, counts: [...s.counts], n, mean: n ? s.sum / n : null });
    const d = dims.get(itemDimension.get(itemId));
    d.n += n;
    d.sum += s.sum;
  }
  return {
    respondents: answersOf.size,
    complete,
    items,
    dimensions: [...dims].map(([dimensionId, d]) => ({ dimensionId, n: d.n, mean: d.n ? d.sum / d.n : null })),
  };
}

function setAnswer(participantId, itemId, value) {
  let answers = answersOf.get(participantId);
  const before = answers?.get(itemId) ?? null;
  if (before === value) return false;
  const wasComplete = answers?.size === sums.size;
  const s = sums.get(itemId);
  if (before !== null) {
    s.counts[before - 1]--;
    s.sum -= before;
  }
  if (value === null) {
    answers.delete(itemId);
    if (answers.size === 0) answersOf.delete(participantId);
  } else {
    if (!answers) answersOf.set(participantId, (answers = new Map()));
    answers.set(itemId, value);
    s.counts[value - 1]++;
    s.sum += value;
  }
  complete += Number((answersOf.get(participantId)?.size ?? 0) === sums.size) - Number(wasComplete);
  return true;
}

const send = (socket, message) => {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
};

function flush() {
  timer = null;
  if (!dirty) return;
  dirty = false;
  lastUpdate = Date.now();
  revision++;
  const current = tally();
  const frame = JSON.stringify({
    type: 'delta',
    revision,
    participants,
    tally: current.respondents >= ANONYMITY_THRESHOLD ? current : null,
  });
  for (const socket of observers) if (socket.readyState === socket.OPEN) socket.send(frame);
}

function markDirty() {
  dirty = true;
  if (timer) return;
  timer = setTimeout(flush, Math.max(0, lastUpdate + 1000 / UPDATES_PER_SECOND - Date.now()));
}

function snapshot(role, participantId) {
  return {
    type: 'snapshot',
    revision,
    serverTime: new Date().toISOString(),
    workshop: {
      id: WORKSHOP_ID,
      title: 'Udviklingsværksted',
      status: 'running',
      joinCode: role === 'participant' ? null : 'BENCH2',
      groundRules: [],
      areas: [],
      answering: 'individual',
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
    },
    step: null,
    revealed: true,
    participants,
    tally: role === 'participant' || answersOf.size < ANONYMITY_THRESHOLD ? null : tally(),
    me: participantId
      ? {
          participantId,
          displayName: null,
          groupName: null,
          acceptedRules: false,
          answers: Object.fromEntries(answersOf.get(participantId) ?? []),
        }
      : null,
  };
}

function onMessage(socket, conn, data) {
  let msg;
  try {
    msg = JSON.parse(String(data));
  } catch {
    return send(socket, { type: 'error', id: null, code: 'bad_message', message: 'The frame is not JSON.', fatal: false });
  }
  if (msg.type === 'hello') {
    if (msg.role === 'participant') {
      conn.participantId = tokens.get(msg.token) ?? null;
      if (!conn.participantId)
        return send(socket, { type: 'error', id: null, code: 'unauthenticated', message: 'Unknown token.', fatal: true });
    } else observers.add(socket);
    return send(socket, snapshot(msg.role, conn.participantId));
  }
  if (msg.type !== 'answer' || !conn.participantId || !sums.has(msg.itemId))
    return send(socket, { type: 'error', id: msg.id ?? null, code: 'bad_message', message: 'Not an answer.', fatal: false });
  const key = `${conn.participantId}:${msg.id}`;
  const fresh = !receipts.has(key);
  if (fresh) {
    receipts.add(key);
    if (setAnswer(conn.participantId, msg.itemId, msg.value)) markDirty();
  }
  send(socket, { type: 'ack', id: msg.id, duplicate: !fresh });
}

const server = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/live/join') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    const token = randomBytes(24).toString('base64url');
    const participantId = randomBytes(13).toString('hex');
    tokens.set(token, participantId);
    participants++;
    markDirty();
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token, participantId, workshopId: WORKSHOP_ID, title: 'Udviklingsværksted' }));
  });
});
const wss = new WebSocketServer({ server, path: '/api/live/ws', maxPayload: 16 * 1024 });
wss.on('connection', (socket) => {
  const conn = { participantId: null };
  socket.on('message', (data) => onMessage(socket, conn, data));
  socket.on('close', () => observers.delete(socket));
  socket.on('error', () => socket.terminate());
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.once('SIGTERM', () => {
  for (const socket of wss.clients) socket.terminate();
  server.close(() => process.exit(0));
});
