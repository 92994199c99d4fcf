/** The catalogue's data access in one object: the database and a store per kind of record. */
import { openDatabase, type CatalogueDb } from '../db/open-database.js';
import { AccountStore } from './accounts.js';
import { OrganizationStore } from './organizations.js';
import { ServiceStore } from './services.js';
import { TaxonomyStore } from './taxonomies.js';

export interface Catalogue {
  db: CatalogueDb;
  organizations: OrganizationStore;
  taxonomies: TaxonomyStore;
  services: ServiceStore;
  accounts: AccountStore;
  close(): void;
}

export function openCatalogue(path: string): Catalogue {
  const db = openDatabase(path);
  const taxonomies = new TaxonomyStore(db);
  return {
    db,
    organizations: new OrganizationStore(db),
    taxonomies,
    services: new ServiceStore(db, taxonomies),
    accounts: new AccountStore(db),
    close: () => {
      if (db.open) db.close();
    },
  };
}
