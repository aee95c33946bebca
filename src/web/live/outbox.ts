import type { TNoteCategory, TPlanField } from '../../contracts/live.js';
import { PLAN_FIELDS } from '../../domain/workshops/plans.js';
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
export type NoteMsg = { type: 'note'; id: string; category: TNoteCategory; text: string };
/** The number of the participant's dots on one note (absolute, not an increment). */
export type VoteMsg = { type: 'vote'; id: string; noteId: string; dots: number };
export type ChooseAreaMsg = { type: 'choose_area'; id: string; areaId: string };
export type PlanAddRowMsg = { type: 'plan_add_row'; id: string };
export type PlanEditMsg = { type: 'plan_edit'; id: string; rowId: string; field: TPlanField; value: string; baseVersion: number };
export type PlanDeleteRowMsg = { type: 'plan_delete_row'; id: string; rowId: string };
export type OutgoingMsg = AnswerMsg | AcceptRulesMsg | NoteMsg | VoteMsg | ChooseAreaMsg | PlanAddRowMsg | PlanEditMsg | PlanDeleteRowMsg;

export interface OutboxEntry {
  msg: OutgoingMsg;
  /** Order of enqueueing: messages are (re)sent in this order, so the newest answer lands last. */
  seq: number;
  /** The server said "not now" (the questionnaire is closed); sent again when it reopens. */
  held: boolean;
  /** Handed to a socket at least once: the server may have applied it even without an ack. */
  sent: boolean;
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

/** Whether a newer message makes an older one pointless: only the newest value matters, and resending an older one could only undo it. */
function supersedes(msg: OutgoingMsg, old: OutgoingMsg): boolean {
  switch (msg.type) {
    case 'answer':
      return old.type === 'answer' && old.itemId === msg.itemId;
    case 'vote':
      return old.type === 'vote' && old.noteId === msg.noteId;
    case 'choose_area':
      return old.type === 'choose_area';
    case 'plan_edit':
      return old.type === 'plan_edit' && old.rowId === msg.rowId && old.field === msg.field;
    default:
      return false;
  }
}

/**
 * Adds a message at the end of the order. It replaces any older un-acknowledged message it
 * supersedes: an answer to the same statement, dots on the same note, the choice of area. A plan
 * edit replaces an older edit of the same field only while that one has not been sent: one that
 * has may already be applied, so it stays, and the newer edit builds on the version it will have
 * made (otherwise the server would report the phone's own change as someone else's). A second
 * acceptance of the rules is not added when one is already waiting.
 */
export function enqueue(box: Outbox, msg: OutgoingMsg): Outbox {
  const next: Record<string, OutboxEntry> = {};
  let seq = 0;
  let added = msg;
  for (const [id, entry] of Object.entries(box)) {
    seq = Math.max(seq, entry.seq);
    const old = entry.msg;
    if (supersedes(msg, old)) {
      if (added.type !== 'plan_edit' || old.type !== 'plan_edit' || !entry.sent) continue;
      added = { ...added, baseVersion: Math.max(added.baseVersion, old.baseVersion + 1) };
    }
    next[id] = entry;
  }
  if (msg.type === 'accept_rules' && Object.values(next).some((e) => e.msg.type === 'accept_rules')) return box;
  next[msg.id] = { msg: added, seq: seq + 1, held: false, sent: false };
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

/** Marks messages as handed to a socket; returns the same outbox when nothing changes. */
export function markSent(box: Outbox, ids: readonly string[]): Outbox {
  let next: Record<string, OutboxEntry> | null = null;
  for (const id of ids) {
    const entry = box[id];
    if (!entry || entry.sent) continue;
    next ??= { ...box };
    next[id] = { ...entry, sent: true };
  }
  return next ?? box;
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

/** Entries of one kind of message, in order. */
export function pendingOf<T extends OutgoingMsg['type']>(
  box: Outbox,
  type: T,
): { msg: Extract<OutgoingMsg, { type: T }>; held: boolean }[] {
  return ordered(box)
    .filter((e) => e.msg.type === type)
    .map((e) => ({ msg: e.msg as Extract<OutgoingMsg, { type: T }>, held: e.held }));
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

/** The protocol's opaque ids (notes, rows, areas), as contracts/common.ts checks them. */
const ID_PATTERN = /^[0-9a-hjkmnp-tv-z]{26}$/;
const CATEGORIES: readonly string[] = ['strength', 'challenge', 'focus'] satisfies TNoteCategory[];
const FIELDS: readonly string[] = PLAN_FIELDS;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const isId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max && !CONTROL.test(v);
const isCount = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function parseMsg(value: unknown): OutgoingMsg | null {
  if (!isRecord(value) || typeof value.id !== 'string' || !MESSAGE_ID_PATTERN.test(value.id)) return null;
  const id = value.id;
  switch (value.type) {
    case 'accept_rules':
      return { type: 'accept_rules', id };
    case 'answer': {
      const v = value.value;
      if (typeof value.itemId !== 'string' || value.itemId.length === 0 || value.itemId.length > 64) return null;
      if (v !== null && !isCount(v, 1, 5)) return null;
      return { type: 'answer', id, itemId: value.itemId, value: v };
    }
    case 'note':
      if (typeof value.category !== 'string' || !CATEGORIES.includes(value.category)) return null;
      if (!isText(value.text, 280) || value.text.trim() === '') return null;
      return { type: 'note', id, category: value.category as TNoteCategory, text: value.text };
    case 'vote':
      return isId(value.noteId) && isCount(value.dots, 0, 20) ? { type: 'vote', id, noteId: value.noteId, dots: value.dots } : null;
    case 'choose_area':
      return isId(value.areaId) ? { type: 'choose_area', id, areaId: value.areaId } : null;
    case 'plan_add_row':
      return { type: 'plan_add_row', id };
    case 'plan_delete_row':
      return isId(value.rowId) ? { type: 'plan_delete_row', id, rowId: value.rowId } : null;
    case 'plan_edit':
      if (!isId(value.rowId) || typeof value.field !== 'string' || !FIELDS.includes(value.field)) return null;
      if (!isText(value.value, 500) || !isCount(value.baseVersion, 0, Number.MAX_SAFE_INTEGER)) return null;
      return {
        type: 'plan_edit',
        id,
        rowId: value.rowId,
        field: value.field as TPlanField,
        value: value.value,
        baseVersion: value.baseVersion,
      };
    default:
      return null;
  }
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
    box[id] = { msg, seq: value.seq, held: value.held === true, sent: value.sent === true };
  }
  return box;
}
