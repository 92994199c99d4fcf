/**
 * Services: each stored as its full nested JSON document plus indexed columns,
 * link tables (taxonomy terms, service_at_locations) and the FTS5 index (kept
 * in sync by triggers, inside the same transaction as the write).
 *
 * Writing methods do not open transactions themselves: callers wrap a whole
 * request (check and write) in one `db.transaction(...).immediate()`.
 */
import type { CatalogueDb } from '../db/open-database.js';
import { statementsOf, type Prepare } from '../db/statements.js';
import { diffRecords, type FieldChange } from '../domain/diff.js';
import { serviceTag } from '../domain/etag.js';
import { serviceListItemJson, serviceMinimalItemJson } from '../domain/list-item.js';
import { isObject, stripTags, type JsonObject } from '../domain/json-shape.js';
import type { TaxonomyStore } from './taxonomies.js';

export interface StoredService {
  id: string;
  organizationId: string | null;
  version: number;
  etag: string;
  lastModified: string;
  /** The service as JSON text, exactly as served. */
  doc: string;
  /** The service as a list item (single-value fields and organisation), as JSON text. */
  listItem: string;
}

/**
 * How GET /services shows each service: a list item, `minimal=true` or `full=true`.
 * (ServiceView is the browser's view model of a service, src/model/view-model.ts.)
 */
export type ServiceListShape = 'item' | 'minimal' | 'full';

export interface ServiceFilter {
  /** An FTS5 query already made safe by toFtsQuery(). */
  fts?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  /** ISO 8601 UTC with milliseconds; "on or after". */
  modifiedAfter?: string;
}

export interface HistoryEntry {
  version: number;
  action: string;
  changed_at: string;
  changed_by: string | null;
  changes: FieldChange[];
}

interface ServiceRow {
  id: string;
  organization_id: string | null;
  version: number;
  etag: string;
  last_modified: string;
  doc: string;
  list_item: string;
}

/** Changes at these paths (or below them) change the service's link tables. */
const LINKED_FIELD = /^(attributes|service_at_locations)(\.|$)/;

const COLUMNS = 's.id, s.organization_id, s.version, s.etag, s.last_modified, s.doc, s.list_item';

/** Per shape, the columns to read and how a row becomes its JSON text. */
const SHAPES: Record<ServiceListShape, { columns: string; json: (r: Record<string, string>) => string }> = {
  item: { columns: 's.list_item', json: (r) => r.list_item! },
  full: { columns: 's.doc', json: (r) => r.doc! },
  minimal: {
    columns: 's.id, s.name, s.status, s.last_modified',
    json: (r) =>
      serviceMinimalItemJson({ id: r.id!, name: r.name!, status: r.status!, lastModified: r.last_modified! }),
  },
};

function toStored(r: ServiceRow): StoredService {
  return {
    id: r.id,
    organizationId: r.organization_id,
    version: r.version,
    etag: r.etag,
    lastModified: r.last_modified,
    doc: r.doc,
    listItem: r.list_item,
  };
}

/** The UK postcode district ("HX1" from "HX1 2AB"), for the service_at_locations postcode filter. */
export function postcodeOutward(postcode: string): string | undefined {
  const compact = postcode.toUpperCase().replace(/\s+/g, '');
  const m = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})?$/.exec(compact);
  return m ? m[1] : undefined;
}

function whereClause(
  f: ServiceFilter,
  alias = 's',
): { joins: string; where: string; params: unknown[]; ranked: boolean } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  let joins = '';
  if (f.fts) {
    joins = `JOIN services_fts ON services_fts.rowid = ${alias}.pk AND services_fts MATCH ?`;
    params.push(f.fts);
  }
  if (f.taxonomyTermId) {
    clauses.push(
      `EXISTS (SELECT 1 FROM service_taxonomy_terms t WHERE t.service_id = ${alias}.id AND t.taxonomy_term_id = ?)`,
    );
    params.push(f.taxonomyTermId);
  }
  if (f.taxonomyId) {
    clauses.push(
      `EXISTS (SELECT 1 FROM service_taxonomy_terms t WHERE t.service_id = ${alias}.id AND t.taxonomy_id = ?)`,
    );
    params.push(f.taxonomyId);
  }
  if (f.organizationId) {
    clauses.push(`${alias}.organization_id = ?`);
    params.push(f.organizationId);
  }
  if (f.modifiedAfter) {
    clauses.push(`${alias}.last_modified >= ?`);
    params.push(f.modifiedAfter);
  }
  return { joins, where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params, ranked: Boolean(f.fts) };
}

export class ServiceStore {
  private readonly sql: Prepare;

  constructor(
    db: CatalogueDb,
    private readonly taxonomies: TaxonomyStore,
  ) {
    this.sql = statementsOf(db);
  }

  count(): number {
    return (this.sql('SELECT count(*) AS n FROM services').get() as { n: number }).n;
  }

  get(id: string): StoredService | undefined {
    const r = this.sql(`SELECT ${COLUMNS} FROM services s WHERE s.id = ?`).get(id) as ServiceRow | undefined;
    return r ? toStored(r) : undefined;
  }

  list(f: ServiceFilter, limit: number, offset: number): { total: number; rows: StoredService[] } {
    const { joins, where, params, ranked } = whereClause(f);
    const total = (this.sql(`SELECT count(*) AS n FROM services s ${joins} ${where}`).get(...params) as { n: number })
      .n;
    const order = ranked ? 'services_fts.rank, s.name COLLATE NOCASE, s.id' : 's.name COLLATE NOCASE, s.id';
    const rows = this.sql(`SELECT ${COLUMNS} FROM services s ${joins} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
      ...params,
      limit,
      offset,
    ) as ServiceRow[];
    return { total, rows: rows.map(toStored) };
  }

  /** One page of matching services as JSON texts in `shape`, read straight from the stored columns. */
  listJson(
    f: ServiceFilter,
    shape: ServiceListShape,
    limit: number,
    offset: number,
  ): { total: number; items: string[] } {
    const { joins, where, params, ranked } = whereClause(f);
    const total = (this.sql(`SELECT count(*) AS n FROM services s ${joins} ${where}`).get(...params) as { n: number })
      .n;
    if (offset >= total) return { total, items: [] };
    const order = ranked ? 'services_fts.rank, s.name COLLATE NOCASE, s.id' : 's.name COLLATE NOCASE, s.id';
    const { columns, json } = SHAPES[shape];
    const rows = this.sql(`SELECT ${columns} FROM services s ${joins} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
      ...params,
      limit,
      offset,
    ) as Record<string, string>[];
    return { total, items: rows.map(json) };
  }

  /** Every matching service as JSON text in `shape` (for ndjson), in name order. */
  allJson(f: ServiceFilter, shape: ServiceListShape): string[] {
    const { joins, where, params } = whereClause(f);
    const { columns, json } = SHAPES[shape];
    const rows = this.sql(
      `SELECT ${columns} FROM services s ${joins} ${where} ORDER BY s.name COLLATE NOCASE, s.id`,
    ).all(...params) as Record<string, string>[];
    return rows.map(json);
  }

  /** service_at_location ids in `ids` that another service already uses. */
  locationLinksUsedElsewhere(serviceId: string, ids: string[]): string[] {
    if (ids.length === 0) return [];
    const stmt = this.sql('SELECT 1 FROM service_at_locations WHERE id = ? AND service_id <> ?');
    return ids.filter((id) => stmt.get(id, serviceId) !== undefined);
  }

  /**
   * Stores a service (insert, or replace `previous`), refreshes its links and
   * records the change in its history. The caller has already set
   * last_modified and the nested organization in `doc`.
   */
  write(
    doc: JsonObject & { id: string; name: string; status: string; last_modified: string },
    options: { previous?: StoredService; action: string; changedBy?: string },
  ): StoredService {
    const version = (options.previous?.version ?? 0) + 1;
    const text = JSON.stringify(doc);
    const listItem = serviceListItemJson(doc);
    const etag = serviceTag(version, text);
    const organizationId = typeof doc.organization_id === 'string' ? doc.organization_id : null;
    const description = typeof doc.description === 'string' ? stripTags(doc.description) : '';
    // The columns both statements write, in the order both name them.
    const values = [
      organizationId,
      doc.name,
      description,
      doc.status,
      doc.last_modified,
      version,
      etag,
      text,
      listItem,
    ];
    if (options.previous) {
      this.sql(
        `UPDATE services SET organization_id = ?, name = ?, description = ?, status = ?, last_modified = ?,
             version = ?, etag = ?, doc = ?, list_item = ? WHERE id = ?`,
      ).run(...values, doc.id);
    } else {
      this.sql(
        `INSERT INTO services
           (id, organization_id, name, description, status, last_modified, version, etag, doc, list_item)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(doc.id, ...values);
    }
    const changes = diffRecords(options.previous ? (JSON.parse(options.previous.doc) as unknown) : {}, doc);
    // The link tables are made from these two fields only;
    // most edits (text, contacts, schedules) leave them as they were.
    if (!options.previous || changes.some((c) => LINKED_FIELD.test(c.path))) this.writeLinks(doc);
    this.sql(
      `INSERT INTO service_history (service_id, version, action, changed_at, changed_by, organization_id, changes)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      doc.id,
      version,
      options.action,
      doc.last_modified,
      options.changedBy ?? null,
      organizationId,
      JSON.stringify(changes),
    );
    return { id: doc.id, organizationId, version, etag, lastModified: doc.last_modified, doc: text, listItem };
  }

  private writeLinks(doc: JsonObject & { id: string }): void {
    this.sql('DELETE FROM service_taxonomy_terms WHERE service_id = ?').run(doc.id);
    this.sql('DELETE FROM service_at_locations WHERE service_id = ?').run(doc.id);
    const linkTerm = this.sql(
      'INSERT OR IGNORE INTO service_taxonomy_terms (service_id, taxonomy_term_id, taxonomy_id) VALUES (?, ?, ?)',
    );
    for (const a of Array.isArray(doc.attributes) ? doc.attributes : []) {
      if (!isObject(a)) continue;
      const nested = isObject(a.taxonomy_term) ? a.taxonomy_term : undefined;
      const termId =
        typeof a.taxonomy_term_id === 'string'
          ? a.taxonomy_term_id
          : typeof nested?.id === 'string'
            ? nested.id
            : undefined;
      if (!termId) continue;
      const taxonomyId =
        typeof nested?.taxonomy_id === 'string' ? nested.taxonomy_id : (this.taxonomies.termTaxonomyId(termId) ?? null);
      linkTerm.run(doc.id, termId, taxonomyId);
    }
    const linkLocation = this.sql(
      'INSERT INTO service_at_locations (id, service_id, location_id, postcode_outward, doc) VALUES (?, ?, ?, ?, ?)',
    );
    for (const sal of Array.isArray(doc.service_at_locations) ? doc.service_at_locations : []) {
      if (!isObject(sal) || typeof sal.id !== 'string') continue;
      const location = isObject(sal.location) ? sal.location : undefined;
      const locationId =
        typeof sal.location_id === 'string' ? sal.location_id : typeof location?.id === 'string' ? location.id : null;
      const address = Array.isArray(location?.addresses) ? location.addresses.find(isObject) : undefined;
      const outward = typeof address?.postal_code === 'string' ? (postcodeOutward(address.postal_code) ?? null) : null;
      linkLocation.run(sal.id, doc.id, locationId, outward, JSON.stringify(sal));
    }
  }

  history(id: string): HistoryEntry[] {
    const rows = this.sql(
      `SELECT version, action, changed_at, changed_by, changes FROM service_history
         WHERE service_id = ? ORDER BY pk DESC`,
    ).all(id) as { version: number; action: string; changed_at: string; changed_by: string | null; changes: string }[];
    return rows.map((r) => ({ ...r, changes: JSON.parse(r.changes) as FieldChange[] }));
  }

  // service_at_locations ----------------------------------------------------

  listLocationLinks(
    f: ServiceFilter & { postcodeOutward?: string },
    limit: number,
    offset: number,
  ): { total: number; rows: { sal: JsonObject; service: StoredService }[] } {
    const { joins, where, params, ranked } = whereClause(f);
    const clauses = where === '' ? [] : [where.slice('WHERE '.length)];
    const allParams = [...params];
    if (f.postcodeOutward) {
      clauses.push('l.postcode_outward = ?');
      allParams.push(f.postcodeOutward);
    }
    const fullWhere = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const from = `FROM service_at_locations l JOIN services s ON s.id = l.service_id ${joins} ${fullWhere}`;
    const total = (this.sql(`SELECT count(*) AS n ${from}`).get(...allParams) as { n: number }).n;
    const order = ranked ? 'services_fts.rank, s.name COLLATE NOCASE, l.id' : 's.name COLLATE NOCASE, l.id';
    const rows = this.sql(`SELECT ${COLUMNS}, l.doc AS sal ${from} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
      ...allParams,
      limit,
      offset,
    ) as (ServiceRow & { sal: string })[];
    return { total, rows: rows.map((r) => ({ sal: JSON.parse(r.sal) as JsonObject, service: toStored(r) })) };
  }

  getLocationLink(id: string): { sal: JsonObject; service: StoredService } | undefined {
    const r = this.sql(
      `SELECT ${COLUMNS}, l.doc AS sal FROM service_at_locations l
         JOIN services s ON s.id = l.service_id WHERE l.id = ?`,
    ).get(id) as (ServiceRow & { sal: string }) | undefined;
    return r ? { sal: JSON.parse(r.sal) as JsonObject, service: toStored(r) } : undefined;
  }
}
