import type { Kysely } from 'kysely';

/**
 * The technology radar: the technology catalogue (the platform's, seeded from
 * content/radar/catalogue.json, and each organisation's own technologies), editions opened by a
 * coordinating organisation with the organisations taking part, the respondents' answers
 * (spread and relevance per technology and area), the experts' maturity ratings, each
 * organisation's own placements and notes, and radars imported from other tools.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('radar_technologies')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('org_id', 'varchar(32)', (c) => c.references('organisations.id').onDelete('cascade'))
    .addColumn('catalogue_key', 'varchar(64)')
    .addColumn('sector', 'varchar(64)', (c) => c.notNull())
    .addColumn('name_da', 'varchar(200)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(200)', (c) => c.notNull())
    .addColumn('abbreviation', 'varchar(12)')
    .addColumn('description_da', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('examples', 'text', (c) => c.notNull())
    .addColumn('cases', 'text', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('radar_technologies_org_idx').on('radar_technologies').columns(['org_id']).execute();
  // Only catalogue rows have a key; organisations' own technologies leave it null (nulls never clash).
  await db.schema.createIndex('radar_technologies_catalogue_key_idx').on('radar_technologies').column('catalogue_key').unique().execute();

  await db.schema
    .createTable('radar_editions')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('org_id', 'varchar(32)', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('catalogue_version', 'integer', (c) => c.notNull())
    .addColumn('areas', 'text', (c) => c.notNull())
    .addColumn('sectors', 'text', (c) => c.notNull())
    .addColumn('rings', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('threshold', 'integer', (c) => c.notNull())
    .addColumn('previous_edition_id', 'varchar(32)', (c) => c.references('radar_editions.id').onDelete('set null'))
    .addColumn('created_by', 'varchar(32)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('opened_at', 'varchar(32)')
    .addColumn('closed_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('radar_editions_org_idx').on('radar_editions').columns(['org_id', 'created_at']).execute();

  await db.schema
    .createTable('radar_edition_technologies')
    .addColumn('edition_id', 'varchar(32)', (c) => c.notNull().references('radar_editions.id').onDelete('cascade'))
    .addColumn('technology_id', 'varchar(32)', (c) => c.notNull().references('radar_technologies.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('sector', 'varchar(64)', (c) => c.notNull())
    .addPrimaryKeyConstraint('radar_edition_technologies_pk', ['edition_id', 'technology_id'])
    .execute();

  await db.schema
    .createTable('radar_participants')
    .addColumn('edition_id', 'varchar(32)', (c) => c.notNull().references('radar_editions.id').onDelete('cascade'))
    .addColumn('org_id', 'varchar(32)', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('invited_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('radar_participants_pk', ['edition_id', 'org_id'])
    .execute();
  await db.schema.createIndex('radar_participants_org_idx').on('radar_participants').columns(['org_id']).execute();

  await db.schema
    .createTable('radar_responses')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('edition_id', 'varchar(32)', (c) => c.notNull().references('radar_editions.id').onDelete('cascade'))
    .addColumn('org_id', 'varchar(32)', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('user_id', 'varchar(32)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('areas', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('radar_responses_user_idx')
    .on('radar_responses')
    .columns(['edition_id', 'org_id', 'user_id'])
    .unique()
    .execute();

  // edition_id and org_id are copied from the response so the aggregate reads one table.
  await db.schema
    .createTable('radar_answers')
    .addColumn('response_id', 'varchar(32)', (c) => c.notNull().references('radar_responses.id').onDelete('cascade'))
    .addColumn('edition_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('org_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('technology_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('area_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('spread', 'varchar(64)')
    .addColumn('relevance', 'integer')
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('radar_answers_pk', ['response_id', 'technology_id', 'area_id'])
    .execute();
  // Covers the aggregate: an edition's radars are computed from this index alone, never the table.
  await db.schema
    .createIndex('radar_answers_edition_idx')
    .on('radar_answers')
    .columns(['edition_id', 'technology_id', 'area_id', 'org_id', 'spread', 'relevance'])
    .execute();

  await db.schema
    .createTable('radar_maturity')
    .addColumn('edition_id', 'varchar(32)', (c) => c.notNull().references('radar_editions.id').onDelete('cascade'))
    .addColumn('technology_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(32)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('level', 'integer')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('radar_maturity_pk', ['edition_id', 'technology_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('radar_placements')
    .addColumn('org_id', 'varchar(32)', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('edition_id', 'varchar(32)', (c) => c.notNull().references('radar_editions.id').onDelete('cascade'))
    .addColumn('technology_id', 'varchar(32)', (c) => c.notNull().references('radar_technologies.id').onDelete('cascade'))
    .addColumn('ring', 'varchar(64)')
    .addColumn('meaning', 'text', (c) => c.notNull())
    .addColumn('competences', 'text', (c) => c.notNull())
    .addColumn('next_step', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(32)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('radar_placements_pk', ['org_id', 'edition_id', 'technology_id'])
    .execute();

  await db.schema
    .createTable('radar_radars')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('org_id', 'varchar(32)', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('format', 'varchar(16)', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('created_by', 'varchar(32)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('radar_radars_org_idx').on('radar_radars').columns(['org_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'radar_radars',
    'radar_placements',
    'radar_maturity',
    'radar_answers',
    'radar_responses',
    'radar_participants',
    'radar_edition_technologies',
    'radar_editions',
    'radar_technologies',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
