/**
 * Migration 1: the catalogue's tables.
 *
 * Each record is stored as its full JSON document (`doc`), so fields this
 * server does not know about (vendor extensions) survive a round trip, plus
 * indexed columns for the queries the read API needs. `pk` is an explicit
 * INTEGER PRIMARY KEY so that the FTS5 external-content index can rely on
 * stable rowids.
 */
export const version = 1;
export const name = 'initial tables, full-text index and accounts';

export const sql = `
CREATE TABLE organizations (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  doc TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE organization_origins (
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  origin TEXT NOT NULL,
  PRIMARY KEY (organization_id, origin)
);
CREATE INDEX organization_origins_by_origin ON organization_origins(origin);

CREATE TABLE taxonomies (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  doc TEXT NOT NULL
);

CREATE TABLE taxonomy_terms (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  taxonomy_id TEXT,
  parent_id TEXT,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  doc TEXT NOT NULL
);
CREATE INDEX taxonomy_terms_by_taxonomy ON taxonomy_terms(taxonomy_id);
CREATE INDEX taxonomy_terms_by_parent ON taxonomy_terms(parent_id);

CREATE TABLE services (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  organization_id TEXT,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  last_modified TEXT NOT NULL,
  version INTEGER NOT NULL,
  etag TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX services_by_organization ON services(organization_id);
CREATE INDEX services_by_last_modified ON services(last_modified);
CREATE INDEX services_by_name ON services(name COLLATE NOCASE, id);

CREATE TABLE service_taxonomy_terms (
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  taxonomy_term_id TEXT NOT NULL,
  taxonomy_id TEXT,
  PRIMARY KEY (service_id, taxonomy_term_id)
);
CREATE INDEX service_taxonomy_terms_by_term ON service_taxonomy_terms(taxonomy_term_id);
CREATE INDEX service_taxonomy_terms_by_taxonomy ON service_taxonomy_terms(taxonomy_id);

CREATE TABLE service_at_locations (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  location_id TEXT,
  postcode_outward TEXT,
  doc TEXT NOT NULL
);
CREATE INDEX service_at_locations_by_service ON service_at_locations(service_id);
CREATE INDEX service_at_locations_by_outward ON service_at_locations(postcode_outward);

CREATE VIRTUAL TABLE services_fts USING fts5(
  name, description,
  content = 'services', content_rowid = 'pk',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER services_fts_insert AFTER INSERT ON services BEGIN
  INSERT INTO services_fts(rowid, name, description) VALUES (new.pk, new.name, new.description);
END;
CREATE TRIGGER services_fts_delete AFTER DELETE ON services BEGIN
  INSERT INTO services_fts(services_fts, rowid, name, description) VALUES ('delete', old.pk, old.name, old.description);
END;
CREATE TRIGGER services_fts_update AFTER UPDATE OF name, description ON services BEGIN
  INSERT INTO services_fts(services_fts, rowid, name, description) VALUES ('delete', old.pk, old.name, old.description);
  INSERT INTO services_fts(rowid, name, description) VALUES (new.pk, new.name, new.description);
END;

CREATE TABLE editors (
  pk INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE access_tokens (
  token_hash TEXT PRIMARY KEY,
  editor_pk INTEGER NOT NULL REFERENCES editors(pk) ON DELETE CASCADE,
  organization_id TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX access_tokens_by_expiry ON access_tokens(expires_at);

CREATE TABLE sign_in_failures (
  email TEXT NOT NULL COLLATE NOCASE,
  failed_at INTEGER NOT NULL
);
CREATE INDEX sign_in_failures_by_email ON sign_in_failures(email, failed_at);

CREATE TABLE service_history (
  pk INTEGER PRIMARY KEY,
  service_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  action TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by TEXT,
  organization_id TEXT,
  changes TEXT NOT NULL
);
CREATE INDEX service_history_by_service ON service_history(service_id, pk);
`;
