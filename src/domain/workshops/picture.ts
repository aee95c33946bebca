/**
 * The common picture of a workshop: strengths, challenges and proposed focus areas written by
 * participants, hidden from others until the facilitator shows them; moderated (edited, hidden,
 * merged); dot-voted within a limit per participant; then selected by the facilitator — a
 * decision by the leadership, which the dots only inform.
 */
export type NoteCategory = 'strength' | 'challenge' | 'focus';
export type PicturePhase = 'collect' | 'show' | 'vote' | 'select';
export const PICTURE_PHASES: readonly PicturePhase[] = ['collect', 'show', 'vote', 'select'];

export interface Note {
  id: string;
  participantId: string | null;
  category: NoteCategory;
  text: string;
  hidden: boolean;
  mergedInto: string | null;
  selected: number | null;
}

export type Viewer = { role: 'facilitator' } | { role: 'projector' } | { role: 'participant'; participantId: string };

export interface NoteView {
  id: string;
  category: NoteCategory;
  text: string;
  mine: boolean;
  hidden: boolean;
  mergedInto: string | null;
  dots: number | null;
  selected: number | null;
}

export class PictureBoard {
  readonly notes = new Map<string, Note>();
  /** participant → note → dots */
  private readonly votes = new Map<string, Map<string, number>>();

  constructor(notes: Note[] = [], votes: { participantId: string; noteId: string; dots: number }[] = []) {
    for (const n of notes) this.notes.set(n.id, n);
    for (const v of votes) this.setVote(v.participantId, v.noteId, v.dots);
  }

  addNote(note: Note): void {
    this.notes.set(note.id, note);
  }

  /** A note that can be voted on: shown, not hidden, not merged away. */
  votable(noteId: string): boolean {
    const n = this.notes.get(noteId);
    return !!n && !n.hidden && !n.mergedInto;
  }

  dotsOf(participantId: string): Map<string, number> {
    return this.votes.get(participantId) ?? new Map();
  }

  /** Whether giving `dots` to a note keeps the participant within `limit` dots in all. */
  withinLimit(participantId: string, noteId: string, dots: number, limit: number): boolean {
    const mine = this.dotsOf(participantId);
    const others = [...mine].reduce((sum, [id, d]) => sum + (id === noteId ? 0 : d), 0);
    return others + dots <= limit;
  }

  setVote(participantId: string, noteId: string, dots: number): void {
    let mine = this.votes.get(participantId);
    if (!mine) this.votes.set(participantId, (mine = new Map()));
    if (dots === 0) mine.delete(noteId);
    else mine.set(noteId, dots);
  }

  /** Dots per note, with the dots of merged notes counted on the note they were merged into. */
  totals(): Map<string, number> {
    const totals = new Map<string, number>();
    const target = (id: string) => {
      let n = this.notes.get(id);
      const seen = new Set<string>();
      while (n?.mergedInto && !seen.has(n.id)) {
        seen.add(n.id);
        n = this.notes.get(n.mergedInto);
      }
      return n?.id ?? id;
    };
    for (const mine of this.votes.values()) for (const [id, d] of mine) totals.set(target(id), (totals.get(target(id)) ?? 0) + d);
    return totals;
  }

  contributors(): number {
    return new Set([...this.notes.values()].map((n) => n.participantId).filter(Boolean)).size;
  }

  /** What one receiver may see in a phase. */
  view(viewer: Viewer, phase: PicturePhase): NoteView[] {
    const facilitator = viewer.role === 'facilitator';
    const mineId = viewer.role === 'participant' ? viewer.participantId : null;
    const shown = phase !== 'collect';
    const dotsVisible = facilitator || (viewer.role === 'projector' && (phase === 'vote' || phase === 'select'));
    const totals = dotsVisible ? this.totals() : null;
    const out: NoteView[] = [];
    for (const n of this.notes.values()) {
      const mine = mineId !== null && n.participantId === mineId;
      if (!facilitator && (n.hidden || n.mergedInto)) {
        if (!(mine && !shown)) continue;
      }
      if (!facilitator && !shown && !mine) continue;
      out.push({
        id: n.id,
        category: n.category,
        text: n.text,
        mine,
        hidden: n.hidden,
        mergedInto: n.mergedInto,
        dots: totals ? (totals.get(n.id) ?? 0) : null,
        selected: n.selected,
      });
    }
    return out;
  }
}
