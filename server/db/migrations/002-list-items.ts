/**
 * Migration 2: cheaper reads and writes of services.
 *
 * Each service's list item (its single-value fields and its
 * organisation, as served by GET /services) stored as JSON text in
 * `services.list_item`, so a list page no longer parses every full document.
 * Existing rows are filled in from their documents. The organisation filter
 * gets an index in list order (organisation, name, id), so an organisation's
 * page needs no sort; it replaces the index on organization_id alone. The
 * full-text index is rewritten only when the name or description really
 * changes (an UPDATE that sets them to the same values no longer touches it).
 */
import type { Database } from 'better-sqlite3';
import { serviceListItemJson } from '../../domain/list-item.js';
import type { JsonObject } from '../../domain/json-shape.js';

export const version = 2;
export const name = 'stored list items, list-order index by organisation, full-text updates only on change';

export const sql = `
ALTER TABLE services ADD COLUMN list_item TEXT NOT NULL DEFAULT '';
CREATE INDEX services_by_organization_and_name ON services(organization_id, name COLLATE NOCASE, id);
DROP INDEX services_by_organization;
DROP TRIGGER services_fts_update;
CREATE TRIGGER services_fts_update AFTER UPDATE OF name, description ON services
WHEN old.name IS NOT new.name OR old.description IS NOT new.description BEGIN
  INSERT INTO services_fts(services_fts, rowid, name, description) VALUES ('delete', old.pk, old.name, old.description);
  INSERT INTO services_fts(rowid, name, description) VALUES (new.pk, new.name, new.description);
END;
`;

export function backfill(db: Database): void {
  const update = db.prepare('UPDATE services SET list_item = ? WHERE pk = ?');
  for (const row of db.prepare('SELECT pk, doc FROM services').all() as { pk: number; doc: string }[]) {
    update.run(serviceListItemJson(JSON.parse(row.doc) as JsonObject), row.pk);
  }
}
