import type { Kysely } from 'kysely';

/**
 * Live leadership workshops: the workshop with its agenda as run, participants (no account,
 * a token), their answers to the questionnaire, the common picture's notes, dots and
 * selection, the area groups' plans, receipts of handled client messages (so a resent message
 * never counts twice), and the organisation's action plans that a finished workshop leaves.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workshops')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('org_id', 'varchar(32)', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('template_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('template_version', 'integer', (c) => c.notNull())
    .addColumn('instrument_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('instrument_version', 'integer', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('scheduled_for', 'varchar(32)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('join_code', 'varchar(16)', (c) => c.unique())
    .addColumn('ground_rules', 'text', (c) => c.notNull())
    .addColumn('areas', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('live', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'varchar(32)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('started_at', 'varchar(32)')
    .addColumn('finished_at', 'varchar(32)')
    .addForeignKeyConstraint('workshops_instrument_fk', ['instrument_id', 'instrument_version'], 'instrument_versions', [
      'instrument_id',
      'version',
    ])
    .execute();
  await db.schema.createIndex('workshops_org_idx').on('workshops').columns(['org_id', 'created_at']).execute();

  await db.schema
    .createTable('workshop_steps')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('workshop_id', 'varchar(32)', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('started_at', 'varchar(32)')
    .addColumn('ended_at', 'varchar(32)')
    .addColumn('elapsed_ms', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('workshop_steps_workshop_idx').on('workshop_steps').columns(['workshop_id', 'position']).execute();

  await db.schema
    .createTable('workshop_participants')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('workshop_id', 'varchar(32)', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('display_name', 'varchar(80)')
    .addColumn('group_name', 'varchar(80)')
    .addColumn('area_id', 'varchar(32)')
    .addColumn('accepted_rules_at', 'varchar(32)')
    .addColumn('joined_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('last_seen_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workshop_participants_workshop_idx').on('workshop_participants').column('workshop_id').execute();

  await db.schema
    .createTable('workshop_answers')
    .addColumn('participant_id', 'varchar(32)', (c) => c.notNull().references('workshop_participants.id').onDelete('cascade'))
    .addColumn('item_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('workshop_id', 'varchar(32)', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('value', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('workshop_answers_pk', ['participant_id', 'item_id'])
    .execute();
  await db.schema.createIndex('workshop_answers_workshop_idx').on('workshop_answers').column('workshop_id').execute();

  await db.schema
    .createTable('workshop_receipts')
    .addColumn('participant_id', 'varchar(32)', (c) => c.notNull().references('workshop_participants.id').onDelete('cascade'))
    .addColumn('client_msg_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('workshop_receipts_pk', ['participant_id', 'client_msg_id'])
    .execute();

  await db.schema
    .createTable('workshop_notes')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('workshop_id', 'varchar(32)', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('participant_id', 'varchar(32)', (c) => c.references('workshop_participants.id').onDelete('set null'))
    .addColumn('category', 'varchar(16)', (c) => c.notNull())
    .addColumn('text', 'varchar(500)', (c) => c.notNull())
    .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('merged_into', 'varchar(32)')
    .addColumn('selected_position', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workshop_notes_workshop_idx').on('workshop_notes').column('workshop_id').execute();

  await db.schema
    .createTable('workshop_votes')
    .addColumn('participant_id', 'varchar(32)', (c) => c.notNull().references('workshop_participants.id').onDelete('cascade'))
    .addColumn('note_id', 'varchar(32)', (c) => c.notNull().references('workshop_notes.id').onDelete('cascade'))
    .addColumn('workshop_id', 'varchar(32)', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('dots', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('workshop_votes_pk', ['participant_id', 'note_id'])
    .execute();
  await db.schema.createIndex('workshop_votes_workshop_idx').on('workshop_votes').column('workshop_id').execute();

  await db.schema
    .createTable('workshop_plan_rows')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('workshop_id', 'varchar(32)', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('area_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('cells', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workshop_plan_rows_workshop_idx').on('workshop_plan_rows').columns(['workshop_id', 'area_id']).execute();

  await db.schema
    .createTable('action_plan_items')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('org_id', 'varchar(32)', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('workshop_id', 'varchar(32)', (c) => c.references('workshops.id').onDelete('set null'))
    .addColumn('area', 'varchar(200)', (c) => c.notNull())
    .addColumn('focus_area', 'varchar(500)', (c) => c.notNull())
    .addColumn('activity', 'varchar(500)', (c) => c.notNull())
    .addColumn('resources', 'varchar(500)', (c) => c.notNull())
    .addColumn('start_date', 'varchar(10)')
    .addColumn('end_date', 'varchar(10)')
    .addColumn('owner', 'varchar(200)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_plan_items_org_idx').on('action_plan_items').columns(['org_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'action_plan_items',
    'workshop_plan_rows',
    'workshop_votes',
    'workshop_notes',
    'workshop_receipts',
    'workshop_answers',
    'workshop_participants',
    'workshop_steps',
    'workshops',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
