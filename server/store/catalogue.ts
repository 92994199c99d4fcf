/**
 * The catalogue's data access in one object (CatalogueStore): the database and a store per kind
 * of record. Not to be confused with the browser side's CatalogueConnection (src/api) or the
 * `<oruk-catalogue>` element.
 */
import { openDatabase, type CatalogueDb, type DatabaseOptions } from '../db/open-database.js';
import { statementsOf } from '../db/statements.js';
import { AccountStore } from './accounts.js';
import { OrganizationStore } from './organizations.js';
import { ServiceStore } from './services.js';
import { TaxonomyStore } from './taxonomies.js';

export interface CatalogueStore {
  db: CatalogueDb;
  organizations: OrganizationStore;
  taxonomies: TaxonomyStore;
  services: ServiceStore;
  accounts: AccountStore;
  /**
   * Changes whenever the database may have changed: after any row written
   * through this connection (even in a transaction later rolled back) and
   * after any commit by another connection (the command-line tool). Equal
   * stamps mean equal data, so answers computed under one stamp may be reused.
   */
  changeStamp(): string;
  close(): void;
}

export function openCatalogue(path: string, options: DatabaseOptions = {}): CatalogueStore {
  const db = openDatabase(path, options);
  const taxonomies = new TaxonomyStore(db);
  const sql = statementsOf(db);
  return {
    db,
    organizations: new OrganizationStore(db),
    taxonomies,
    services: new ServiceStore(db, taxonomies),
    accounts: new AccountStore(db),
    changeStamp: () => {
      const r = sql('SELECT total_changes() AS t, data_version AS v FROM pragma_data_version').get() as {
        t: number;
        v: number;
      };
      return `${r.t}:${r.v}`;
    },
    close: () => {
      if (db.open) db.close();
    },
  };
}
