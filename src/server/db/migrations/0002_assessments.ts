import type { Kysely } from 'kysely';

/**
 * Maturity assessments: the instrument versions rounds were answered with, rounds, responses
 * with their answers and comments, the team's conclusions and the actions they lead to; and the
 * organisation's benchmarking choice and size band.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organisations')
    .addColumn('benchmark_opt_in', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('organisations').addColumn('size_band', 'varchar(16)').execute();

  await db.schema
    .createTable('instrument_versions')
    .addColumn('instrument_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('instrument_versions_pk', ['instrument_id', 'version'])
    .execute();

  await db.schema
    .createTable('rounds')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('org_id', 'varchar(32)', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('unit_id', 'varchar(32)', (c) => c.references('units.id').onDelete('set null'))
    .addColumn('instrument_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('instrument_version', 'integer', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('mode', 'varchar(16)', (c) => c.notNull())
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('deadline', 'varchar(32)')
    .addColumn('respondent_salt', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(32)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('closed_at', 'varchar(32)')
    .addForeignKeyConstraint('rounds_instrument_fk', ['instrument_id', 'instrument_version'], 'instrument_versions', [
      'instrument_id',
      'version',
    ])
    .execute();
  await db.schema.createIndex('rounds_org_idx').on('rounds').columns(['org_id', 'instrument_id', 'created_at']).execute();

  await db.schema
    .createTable('responses')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('round_id', 'varchar(32)', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
    .addColumn('respondent_key', 'varchar(64)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(32)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('unit_id', 'varchar(32)', (c) => c.references('units.id').onDelete('set null'))
    .addColumn('submitted_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('responses_round_respondent_unique', ['round_id', 'respondent_key'])
    .execute();

  await db.schema
    .createTable('answers')
    .addColumn('response_id', 'varchar(32)', (c) => c.notNull().references('responses.id').onDelete('cascade'))
    .addColumn('item_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('answers_pk', ['response_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('response_comments')
    .addColumn('response_id', 'varchar(32)', (c) => c.notNull().references('responses.id').onDelete('cascade'))
    .addColumn('dimension_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('response_comments_pk', ['response_id', 'dimension_id'])
    .execute();

  await db.schema
    .createTable('round_conclusions')
    .addColumn('round_id', 'varchar(32)', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
    .addColumn('question_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(32)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('round_conclusions_pk', ['round_id', 'question_id'])
    .execute();

  await db.schema
    .createTable('round_actions')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('round_id', 'varchar(32)', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
    .addColumn('question_id', 'varchar(64)')
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('owner', 'varchar(200)', (c) => c.notNull())
    .addColumn('due_date', 'varchar(10)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(32)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('round_actions_round_idx').on('round_actions').column('round_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'round_actions',
    'round_conclusions',
    'response_comments',
    'answers',
    'responses',
    'rounds',
    'instrument_versions',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('organisations').dropColumn('size_band').execute();
  await db.schema.alterTable('organisations').dropColumn('benchmark_opt_in').execute();
}
