import type { Movement } from './model.js';

/**
 * A radar ready to be drawn: what the server computes from an edition's answers, an
 * organisation's own placements or a stored (imported) radar, and what every renderer takes —
 * the web page, the SVG and PNG exports and the self-contained HTML file. Texts are already in
 * the reader's language; descriptions are sanitised HTML fragments.
 */

export interface RadarViewRing {
  id: string;
  name: string;
  /** A CSS colour (#rrggbb) for the ring's blips and legend. */
  color: string;
  description?: string;
}

export interface RadarViewSector {
  id: string;
  name: string;
}

/** How many organisations gave each spread answer for a blip (don't know included, shown apart). */
export interface RadarViewSpread {
  option: string;
  label: string;
  count: number;
}

export interface RadarViewBlip {
  /** Stable across editions: the technology id (or the stored blip's id). */
  id: string;
  name: string;
  /** A short label (AI, RPA …) for tight spots. */
  abbreviation?: string;
  /** 1…n in legend order (sector, then ring, then name); the label drawn in the blip. */
  number: number;
  sector: number;
  ring: number;
  movement: Movement;
  /** The ring in the previous edition, when there was one. */
  previousRing?: number | null;
  /** Relevance 0–1 (mean relevance normalised), or null when not asked or not known; sets the blip's size. */
  relevance: number | null;
  /** Mean relevance on its own scale (1…n) for the reader, or null. */
  relevanceMean?: number | null;
  /** Sanitised HTML. */
  description: string;
  link?: string;
  inactive?: boolean;
  /** Organisations whose answers the place is built on (aggregated radars). */
  organisations?: number;
  spread?: RadarViewSpread[];
  /** Normalised maturity and spread 0–1 and their mean (aggregated radars). */
  score?: { maturity: number | null; spread: number | null; value: number | null };
  /** Set by hand by the organisation (own radar), not computed. */
  manual?: boolean;
  /** Whether it is one of the organisation's own technologies (not in the catalogue). */
  own?: boolean;
  /** Where the layout put it (SVG units, centre 0,0, R = 500). */
  x: number;
  y: number;
}

export interface RadarView {
  /** What the radar is: an edition's joint or area radar, an organisation's own radar, a stored radar. */
  kind: 'joint' | 'area' | 'own' | 'stored';
  title: string;
  /** E.g. the edition name and area. */
  subtitle?: string;
  lang: 'da' | 'en';
  sectors: RadarViewSector[];
  rings: RadarViewRing[];
  blips: RadarViewBlip[];
  /** Blip radius after the layout's scale (SVG units). */
  blipRadius: number;
  /** Technologies left out because fewer organisations answered than the threshold (names only). */
  suppressed?: { id: string; name: string }[];
  /** The least number of organisations a place is shown for. */
  threshold?: number;
  /** The source publication the radar builds on, named in every rendering. */
  source?: string;
  /** When the view was made (ISO). */
  generatedAt?: string;
}

/** The default ring colours from the centre out (dark to light, enough contrast on white for text). */
export const RING_COLORS = ['#00703c', '#1a6eb5', '#8a5a00', '#6f6f6f', '#7b3f98', '#a3243b', '#005f73', '#4a4a4a'] as const;
