/** Taxonomies and their terms. */
import type { CatalogueDb } from '../db/open-database.js';
import { statementsOf, type Prepare } from '../db/statements.js';
import type { JsonObject } from '../domain/json-shape.js';
import { likeContains } from './organizations.js';

export interface TermFilter {
  search?: string;
  taxonomyId?: string;
  parentId?: string;
  topOnly?: boolean;
  /** Only the terms this organisation's services use (our read extension). */
  organizationId?: string;
  limit: number;
  offset: number;
}

const docs = (rows: { doc: string }[]): JsonObject[] => rows.map((r) => JSON.parse(r.doc) as JsonObject);

export class TaxonomyStore {
  private readonly sql: Prepare;

  constructor(db: CatalogueDb) {
    this.sql = statementsOf(db);
  }

  insertTaxonomy(doc: JsonObject & { id: string; name: string }): void {
    this.sql('INSERT INTO taxonomies (id, name, description, doc) VALUES (?, ?, ?, ?)').run(
      doc.id,
      doc.name,
      typeof doc.description === 'string' ? doc.description : '',
      JSON.stringify(doc),
    );
  }

  insertTerm(doc: JsonObject & { id: string; name: string }): void {
    this.sql(
      'INSERT INTO taxonomy_terms (id, taxonomy_id, parent_id, name, description, doc) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      doc.id,
      typeof doc.taxonomy_id === 'string' ? doc.taxonomy_id : null,
      typeof doc.parent_id === 'string' ? doc.parent_id : null,
      doc.name,
      typeof doc.description === 'string' ? doc.description : '',
      JSON.stringify(doc),
    );
  }

  getTaxonomy(id: string): JsonObject | undefined {
    const r = this.sql('SELECT doc FROM taxonomies WHERE id = ?').get(id) as { doc: string } | undefined;
    return r ? (JSON.parse(r.doc) as JsonObject) : undefined;
  }

  listTaxonomies(options: { search?: string; limit: number; offset: number }): { total: number; rows: JsonObject[] } {
    const where = options.search ? "WHERE name LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\'" : '';
    const params = options.search ? [likeContains(options.search), likeContains(options.search)] : [];
    const total = (this.sql(`SELECT count(*) AS n FROM taxonomies ${where}`).get(...params) as { n: number }).n;
    const rows = this.sql(`SELECT doc FROM taxonomies ${where} ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?`).all(
      ...params,
      options.limit,
      options.offset,
    ) as { doc: string }[];
    return { total, rows: docs(rows) };
  }

  getTerm(id: string): JsonObject | undefined {
    const r = this.sql('SELECT doc FROM taxonomy_terms WHERE id = ?').get(id) as { doc: string } | undefined;
    return r ? (JSON.parse(r.doc) as JsonObject) : undefined;
  }

  termTaxonomyId(termId: string): string | undefined {
    const r = this.sql('SELECT taxonomy_id FROM taxonomy_terms WHERE id = ?').get(termId) as
      { taxonomy_id: string | null } | undefined;
    return r?.taxonomy_id ?? undefined;
  }

  termsOf(taxonomyId: string): JsonObject[] {
    return docs(
      this.sql('SELECT doc FROM taxonomy_terms WHERE taxonomy_id = ? ORDER BY name COLLATE NOCASE, id').all(
        taxonomyId,
      ) as {
        doc: string;
      }[],
    );
  }

  listTerms(f: TermFilter): { total: number; rows: JsonObject[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (f.search) {
      clauses.push("(name LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\')");
      params.push(likeContains(f.search), likeContains(f.search));
    }
    if (f.taxonomyId) {
      clauses.push('taxonomy_id = ?');
      params.push(f.taxonomyId);
    }
    if (f.parentId) {
      clauses.push('parent_id = ?');
      params.push(f.parentId);
    }
    if (f.topOnly) clauses.push('parent_id IS NULL');
    if (f.organizationId) {
      clauses.push(
        `id IN (SELECT t.taxonomy_term_id FROM service_taxonomy_terms t
           JOIN services s ON s.id = t.service_id WHERE s.organization_id = ?)`,
      );
      params.push(f.organizationId);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const total = (this.sql(`SELECT count(*) AS n FROM taxonomy_terms ${where}`).get(...params) as { n: number }).n;
    const rows = this.sql(
      `SELECT doc FROM taxonomy_terms ${where} ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?`,
    ).all(...params, f.limit, f.offset) as { doc: string }[];
    return { total, rows: docs(rows) };
  }
}
