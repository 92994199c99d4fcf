/** Organisations and the website origins registered to each (the sites allowed to write for it). */
import type { CatalogueDb } from '../db/open-database.js';
import { statementsOf, type Prepare } from '../db/statements.js';
import { scalarFields, type JsonObject } from '../domain/json-shape.js';

export interface OrganizationRow {
  id: string;
  name: string;
  doc: JsonObject;
}

function toRow(r: { id: string; name: string; doc: string }): OrganizationRow {
  return { id: r.id, name: r.name, doc: JSON.parse(r.doc) as JsonObject };
}

/** Escapes a LIKE pattern's wildcards so user text matches literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A normalised origin (scheme://host[:port]), or undefined when the text is not an http(s) origin. */
export function normaliseOrigin(text: string): string | undefined {
  try {
    const u = new URL(text);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    if (u.pathname !== '/' || u.search !== '' || u.hash !== '' || u.username !== '' || u.password !== '')
      return undefined;
    return u.origin;
  } catch {
    return undefined;
  }
}

export class OrganizationStore {
  private readonly sql: Prepare;

  constructor(db: CatalogueDb) {
    this.sql = statementsOf(db);
  }

  get(id: string): OrganizationRow | undefined {
    const r = this.sql('SELECT id, name, doc FROM organizations WHERE id = ?').get(id) as
      { id: string; name: string; doc: string } | undefined;
    return r ? toRow(r) : undefined;
  }

  /** The organisation as nested in a service: its single-value fields. */
  summary(id: string): JsonObject | undefined {
    const org = this.get(id);
    return org ? scalarFields(org.doc) : undefined;
  }

  list(options: { search?: string; limit: number; offset: number }): { total: number; rows: OrganizationRow[] } {
    const where = options.search ? "WHERE name LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\'" : '';
    const params = options.search ? [likeContains(options.search), likeContains(options.search)] : [];
    const total = (this.sql(`SELECT count(*) AS n FROM organizations ${where}`).get(...params) as { n: number }).n;
    const rows = this.sql(
      `SELECT id, name, doc FROM organizations ${where} ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?`,
    ).all(...params, options.limit, options.offset) as { id: string; name: string; doc: string }[];
    return { total, rows: rows.map(toRow) };
  }

  insert(doc: JsonObject & { id: string; name: string }): void {
    this.sql('INSERT INTO organizations (id, name, description, doc, created_at) VALUES (?, ?, ?, ?, ?)').run(
      doc.id,
      doc.name,
      typeof doc.description === 'string' ? doc.description : '',
      JSON.stringify(doc),
      new Date().toISOString(),
    );
  }

  addOrigin(organizationId: string, origin: string): void {
    this.sql('INSERT OR IGNORE INTO organization_origins (organization_id, origin) VALUES (?, ?)').run(
      organizationId,
      origin,
    );
  }

  origins(organizationId: string): string[] {
    return (
      this.sql('SELECT origin FROM organization_origins WHERE organization_id = ? ORDER BY origin').all(
        organizationId,
      ) as {
        origin: string;
      }[]
    ).map((r) => r.origin);
  }

  isOriginOf(organizationId: string, origin: string): boolean {
    return (
      this.sql('SELECT 1 FROM organization_origins WHERE organization_id = ? AND origin = ?').get(
        organizationId,
        origin,
      ) !== undefined
    );
  }

  isRegisteredOrigin(origin: string): boolean {
    return this.sql('SELECT 1 FROM organization_origins WHERE origin = ? LIMIT 1').get(origin) !== undefined;
  }

  allIds(): string[] {
    return (this.sql('SELECT id FROM organizations ORDER BY name COLLATE NOCASE').all() as { id: string }[]).map(
      (r) => r.id,
    );
  }
}
