/** Row types of every table, as Kysely sees them. Timestamps are ISO-8601 UTC strings, booleans 0/1. */

export interface OrganisationsTable {
  id: string;
  name: string;
  type: 'kommune' | 'region' | 'stat' | 'andet';
  municipality_code: string | null;
  /** 1 when the organisation contributes to (and sees) benchmarks across organisations. */
  benchmark_opt_in: number;
  size_band: string | null;
  created_at: string;
  updated_at: string;
}

export interface UnitsTable {
  id: string;
  org_id: string;
  parent_id: string | null;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  locale: 'da' | 'en';
  is_platform_admin: number;
  must_change_password: number;
  last_org_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  role: 'admin' | 'facilitator' | 'member';
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
}

export interface InvitesTable {
  id: string;
  token_hash: string;
  org_id: string;
  user_id: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditEventsTable {
  id: string;
  org_id: string | null;
  actor_user_id: string | null;
  actor_email: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: string;
  ip: string | null;
  created_at: string;
}

export interface InstrumentVersionsTable {
  instrument_id: string;
  version: number;
  /** The instrument file as it was when a round first used this version (JSON). */
  content: string;
  content_hash: string;
  created_at: string;
}

export interface RoundsTable {
  id: string;
  org_id: string;
  unit_id: string | null;
  instrument_id: string;
  instrument_version: number;
  title: string;
  mode: 'individual' | 'team';
  anonymous: number;
  status: 'open' | 'closed';
  deadline: string | null;
  /** Secret per round: anonymous responses are keyed by a hash of it and the person, never the person. */
  respondent_salt: string;
  created_by: string | null;
  created_at: string;
  closed_at: string | null;
}

export interface ResponsesTable {
  id: string;
  round_id: string;
  respondent_key: string;
  /** Set only in named rounds. */
  user_id: string | null;
  unit_id: string | null;
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface AnswersTable {
  response_id: string;
  item_id: string;
  /** The answer as JSON: a number, "dont_know", a list of option ids, or text. */
  value: string;
  updated_at: string;
}

export interface ResponseCommentsTable {
  response_id: string;
  dimension_id: string;
  text: string;
  updated_at: string;
}

export interface RoundConclusionsTable {
  round_id: string;
  question_id: string;
  text: string;
  updated_by: string | null;
  updated_at: string;
}

export interface RoundActionsTable {
  id: string;
  round_id: string;
  question_id: string | null;
  title: string;
  owner: string;
  due_date: string | null;
  status: 'open' | 'done';
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface WorkshopsTable {
  id: string;
  org_id: string;
  template_id: string;
  template_version: number;
  instrument_id: string;
  instrument_version: number;
  title: string;
  scheduled_for: string | null;
  status: 'draft' | 'running' | 'finished';
  join_code: string | null;
  /** JSON: string[] */
  ground_rules: string;
  /** JSON: { id, name }[] */
  areas: string;
  /** JSON: WorkshopSettings */
  settings: string;
  /** JSON: the live state (current step, timer, revealed) */
  live: string;
  /** JSON: WorkshopNotes */
  notes: string;
  revision: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface WorkshopStepsTable {
  id: string;
  workshop_id: string;
  position: number;
  kind: 'present' | 'questionnaire' | 'picture' | 'areas' | 'plans' | 'break' | 'conclusion';
  title: string;
  duration_minutes: number;
  purpose: string;
  started_at: string | null;
  ended_at: string | null;
  elapsed_ms: number;
}

export interface WorkshopParticipantsTable {
  id: string;
  workshop_id: string;
  token_hash: string;
  display_name: string | null;
  group_name: string | null;
  area_id: string | null;
  accepted_rules_at: string | null;
  joined_at: string;
  last_seen_at: string;
}

export interface WorkshopAnswersTable {
  participant_id: string;
  item_id: string;
  workshop_id: string;
  value: number;
  updated_at: string;
}

export interface WorkshopReceiptsTable {
  participant_id: string;
  client_msg_id: string;
  created_at: string;
}

export interface WorkshopNotesTable {
  id: string;
  workshop_id: string;
  participant_id: string | null;
  category: 'strength' | 'challenge' | 'focus';
  text: string;
  hidden: number;
  merged_into: string | null;
  selected_position: number | null;
  created_at: string;
  updated_at: string;
}

export interface WorkshopVotesTable {
  participant_id: string;
  note_id: string;
  workshop_id: string;
  dots: number;
}

export interface WorkshopPlanRowsTable {
  id: string;
  workshop_id: string;
  area_id: string;
  position: number;
  /** JSON: field id → { value, version, by, at } */
  cells: string;
  created_at: string;
  updated_at: string;
}

export interface ActionPlanItemsTable {
  id: string;
  org_id: string;
  workshop_id: string | null;
  area: string;
  focus_area: string;
  activity: string;
  resources: string;
  start_date: string | null;
  end_date: string | null;
  owner: string;
  status: 'planned' | 'in_progress' | 'done' | 'dropped';
  created_at: string;
  updated_at: string;
}

export interface RadarTechnologiesTable {
  id: string;
  /** null: the platform's catalogue; else the organisation's own technology. */
  org_id: string | null;
  /** The technology's id in content/radar/catalogue.json, for catalogue rows seeded from it. */
  catalogue_key: string | null;
  sector: string;
  name_da: string;
  name_en: string;
  abbreviation: string | null;
  description_da: string;
  description_en: string;
  /** JSON: [{ area, text: { da, en } }] */
  examples: string;
  /** JSON: [{ title, organisation, url, area? }] */
  cases: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

export interface RadarEditionsTable {
  id: string;
  org_id: string;
  name: string;
  status: 'draft' | 'open' | 'closed';
  catalogue_version: number;
  /** JSON: [{ id, name: { da, en } }] */
  areas: string;
  /** JSON: [{ id, name: { da, en } }] */
  sectors: string;
  /** JSON: [{ id, name: { da, en }, color }] from the centre out, the order of the rule's thresholds */
  rings: string;
  /** JSON: the ring rule (src/domain/radar/rule.ts) */
  rule: string;
  threshold: number;
  previous_edition_id: string | null;
  created_by: string | null;
  created_at: string;
  opened_at: string | null;
  closed_at: string | null;
}

export interface RadarEditionTechnologiesTable {
  edition_id: string;
  technology_id: string;
  position: number;
  sector: string;
}

export interface RadarParticipantsTable {
  edition_id: string;
  org_id: string;
  invited_at: string;
}

export interface RadarResponsesTable {
  id: string;
  edition_id: string;
  org_id: string;
  user_id: string | null;
  /** JSON: the area ids the respondent answers for */
  areas: string;
  created_at: string;
  updated_at: string;
}

export interface RadarAnswersTable {
  response_id: string;
  edition_id: string;
  org_id: string;
  technology_id: string;
  area_id: string;
  spread: string | null;
  relevance: number | null;
  updated_at: string;
}

export interface RadarMaturityTable {
  edition_id: string;
  technology_id: string;
  user_id: string;
  /** null: don't know */
  level: number | null;
  note: string;
  updated_at: string;
}

export interface RadarPlacementsTable {
  org_id: string;
  edition_id: string;
  technology_id: string;
  /** The ring the organisation chose; null keeps the computed ring. */
  ring: string | null;
  meaning: string;
  competences: string;
  next_step: string;
  updated_by: string | null;
  updated_at: string;
}

export interface RadarRadarsTable {
  id: string;
  org_id: string;
  title: string;
  format: string;
  /** JSON: the radar (src/domain/radar/model.ts RadarDoc) */
  doc: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface Database {
  organisations: OrganisationsTable;
  units: UnitsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  invites: InvitesTable;
  audit_events: AuditEventsTable;
  instrument_versions: InstrumentVersionsTable;
  rounds: RoundsTable;
  responses: ResponsesTable;
  answers: AnswersTable;
  response_comments: ResponseCommentsTable;
  round_conclusions: RoundConclusionsTable;
  round_actions: RoundActionsTable;
  workshops: WorkshopsTable;
  workshop_steps: WorkshopStepsTable;
  workshop_participants: WorkshopParticipantsTable;
  workshop_answers: WorkshopAnswersTable;
  workshop_receipts: WorkshopReceiptsTable;
  workshop_notes: WorkshopNotesTable;
  workshop_votes: WorkshopVotesTable;
  workshop_plan_rows: WorkshopPlanRowsTable;
  action_plan_items: ActionPlanItemsTable;
  radar_technologies: RadarTechnologiesTable;
  radar_editions: RadarEditionsTable;
  radar_edition_technologies: RadarEditionTechnologiesTable;
  radar_participants: RadarParticipantsTable;
  radar_responses: RadarResponsesTable;
  radar_answers: RadarAnswersTable;
  radar_maturity: RadarMaturityTable;
  radar_placements: RadarPlacementsTable;
  radar_radars: RadarRadarsTable;
}

/** Tables in an order where every table comes after those it references. */
export const TABLES_IN_DEPENDENCY_ORDER = [
  'organisations',
  'users',
  'units',
  'memberships',
  'sessions',
  'api_tokens',
  'invites',
  'audit_events',
  'instrument_versions',
  'rounds',
  'responses',
  'answers',
  'response_comments',
  'round_conclusions',
  'round_actions',
  'workshops',
  'workshop_steps',
  'workshop_participants',
  'workshop_answers',
  'workshop_receipts',
  'workshop_notes',
  'workshop_votes',
  'workshop_plan_rows',
  'action_plan_items',
  'radar_technologies',
  'radar_editions',
  'radar_edition_technologies',
  'radar_participants',
  'radar_responses',
  'radar_answers',
  'radar_maturity',
  'radar_placements',
  'radar_radars',
] as const satisfies readonly (keyof Database)[];
