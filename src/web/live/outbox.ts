import { MESSAGE_ID_PATTERN } from './ids.js';

/**
 * The outbox: every message the server has not yet acknowledged, keyed by its message id. It
 * lives in memory and in localStorage, so a locked phone, a lost network or a reload never loses
 * an answer; after reconnecting every entry is sent again with the same id, and the server
 * answers `duplicate: true` for those it already has. These functions are pure: they return a
 * new outbox and never change the one they are given.
 */

export type AnswerMsg = { type: 'answer'; id: string; itemId: string; value: number | null };
export type AcceptRulesMsg = { type: 'accept_rules'; id: string };
export type OutgoingMsg = AnswerMsg | AcceptRulesMsg;

export interface OutboxEntry {
  msg: OutgoingMsg;
  /** Order of enqueueing: messages are (re)sent in this order, so the newest answer lands last. */
  seq: number;
  /** The server said "not now" (the questionnaire is closed); sent again when it reopens. */
  held: boolean;
}

export type Outbox = Readonly<Record<string, OutboxEntry>>;

export const EMPTY_OUTBOX: Outbox = Object.freeze({});

/** Entries in the order they were enqueued. */
export function ordered(box: Outbox): OutboxEntry[] {
  return Object.values(box).sort((a, b) => a.seq - b.seq);
}

export function size(box: Outbox): number {
  return Object.keys(box).length;
}

/**
 * Adds a message. A new answer to a statement replaces any older un-acknowledged answer to the
 * same statement: only the newest value matters, and resending an older one could only undo it.
 * A second acceptance of the rules is not added when one is already waiting.
 */
export function enqueue(box: Outbox, msg: OutgoingMsg): Outbox {
  const next: Record<string, OutboxEntry> = {};
  let seq = 0;
  for (const [id, entry] of Object.entries(box)) {
    seq = Math.max(seq, entry.seq);
    if (msg.type === 'answer' && entry.msg.type === 'answer' && entry.msg.itemId === msg.itemId) continue;
    next[id] = entry;
  }
  if (msg.type === 'accept_rules' && Object.values(next).some((e) => e.msg.type === 'accept_rules')) return box;
  next[msg.id] = { msg, seq: seq + 1, held: false };
  return next;
}

/** Removes an acknowledged (or hopeless) message; returns the same outbox when it was not there. */
export function remove(box: Outbox, id: string): Outbox {
  if (!(id in box)) return box;
  const next = { ...box };
  delete next[id];
  return next;
}

export function setHeld(box: Outbox, id: string, held: boolean): Outbox {
  const entry = box[id];
  if (!entry || entry.held === held) return box;
  return { ...box, [id]: { ...entry, held } };
}

/** The newest value waiting to be stored for each statement. */
export function pendingAnswers(box: Outbox): Map<string, number | null> {
  const pending = new Map<string, number | null>();
  for (const { msg } of ordered(box)) if (msg.type === 'answer') pending.set(msg.itemId, msg.value);
  return pending;
}

export function hasPendingRules(box: Outbox): boolean {
  return Object.values(box).some((e) => e.msg.type === 'accept_rules');
}

// ---------------------------------------------------------------- storage

/** What localStorage holds: the outbox of one participant. */
interface Stored {
  owner: string;
  entries: Record<string, OutboxEntry>;
}

export function serialise(owner: string, box: Outbox): string {
  return JSON.stringify({ owner, entries: box } satisfies Stored);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseMsg(value: unknown): OutgoingMsg | null {
  if (!isRecord(value) || typeof value.id !== 'string' || !MESSAGE_ID_PATTERN.test(value.id)) return null;
  if (value.type === 'accept_rules') return { type: 'accept_rules', id: value.id };
  if (value.type !== 'answer' || typeof value.itemId !== 'string' || value.itemId.length === 0 || value.itemId.length > 64) return null;
  const v = value.value;
  if (v !== null && !(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5)) return null;
  return { type: 'answer', id: value.id, itemId: value.itemId, value: v };
}

/**
 * Reads a stored outbox back, for `owner` only (a participant never sends another's messages).
 * Anything malformed is left out rather than sent: the server would refuse it anyway.
 */
export function parse(raw: string | null, owner: string): Outbox {
  if (!raw) return EMPTY_OUTBOX;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return EMPTY_OUTBOX;
  }
  if (!isRecord(data) || data.owner !== owner || !isRecord(data.entries)) return EMPTY_OUTBOX;
  const box: Record<string, OutboxEntry> = {};
  for (const [id, value] of Object.entries(data.entries)) {
    if (!isRecord(value)) continue;
    const msg = parseMsg(value.msg);
    if (!msg || msg.id !== id || typeof value.seq !== 'number' || !Number.isFinite(value.seq)) continue;
    box[id] = { msg, seq: value.seq, held: value.held === true };
  }
  return box;
}
