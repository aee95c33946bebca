import type { TNoteCategory, TPicture } from '../../contracts/live.js';
import { ordered, type Outbox } from './outbox.js';

/**
 * The common picture as the phone shows it: the server's notes and stored dots, overlaid with
 * what is still on its way in the outbox. Pure, so the rules are tested without a browser.
 */

export type PictureNote = TPicture['notes'][number];

export interface PendingNote {
  msgId: string;
  category: TNoteCategory;
  text: string;
  /** The server said "not now" (the collection had closed); sent if it opens again. */
  held: boolean;
}

/**
 * Own notes not yet acknowledged. The server shows a new note to its writer just before the ack,
 * so a note already among the own notes (same category and text) is not shown twice meanwhile.
 */
export function pendingNotes(box: Outbox, notes: readonly PictureNote[]): PendingNote[] {
  const shown = new Map<string, number>();
  for (const n of notes) if (n.mine) shown.set(`${n.category}:${n.text}`, (shown.get(`${n.category}:${n.text}`) ?? 0) + 1);
  const out: PendingNote[] = [];
  for (const { msg, held } of ordered(box)) {
    if (msg.type !== 'note') continue;
    const key = `${msg.category}:${msg.text}`;
    const seen = shown.get(key) ?? 0;
    if (seen > 0) {
      shown.set(key, seen - 1);
      continue;
    }
    out.push({ msgId: msg.id, category: msg.category, text: msg.text, held });
  }
  return out;
}

/** The newest dots waiting to be stored, per note. */
export function pendingVotes(box: Outbox): Map<string, number> {
  const pending = new Map<string, number>();
  for (const { msg } of ordered(box)) if (msg.type === 'vote') pending.set(msg.noteId, msg.dots);
  return pending;
}

/** The participant's dots per note as they will be once everything is sent: stored, overlaid with pending. */
export function myDots(picture: TPicture, pending: ReadonlyMap<string, number>): Map<string, number> {
  const dots = new Map<string, number>(Object.entries(picture.myDots));
  for (const [noteId, n] of pending) {
    if (n === 0) dots.delete(noteId);
    else dots.set(noteId, n);
  }
  return dots;
}

/** Dots not yet placed; dots on notes that are no longer shown (hidden, merged) still count, as on the server. */
export function dotsLeft(total: number, dots: ReadonlyMap<string, number>): number {
  let used = 0;
  for (const n of dots.values()) used += n;
  return Math.max(0, total - used);
}

/** The notes a participant may see in one category, in the server's order. */
export function notesIn(notes: readonly PictureNote[], category: TNoteCategory): PictureNote[] {
  return notes.filter((n) => n.category === category && !n.hidden && !n.mergedInto);
}

/** The facilitator's selection in one category, in its order. */
export function selectedIn(notes: readonly PictureNote[], category: TNoteCategory): PictureNote[] {
  return notes
    .filter((n): n is PictureNote & { selected: number } => n.category === category && n.selected !== null)
    .sort((a, b) => a.selected - b.selected);
}
