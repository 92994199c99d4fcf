/** Loads the demo data into an empty catalogue, in one transaction. */
import { hashPassword } from '../domain/passwords.js';
import { normaliseOrigin } from '../store/organizations.js';
import type { CatalogueStore } from '../store/catalogue.js';
import { buildSeed } from './build.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

export interface SeedSummary {
  organizations: number;
  services: number;
  taxonomyTerms: number;
}

export async function seedDemo(catalogue: CatalogueStore, extraOrigins: readonly string[] = []): Promise<SeedSummary> {
  const seed = buildSeed();
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password)));
  catalogue.db
    .transaction(() => {
      for (const t of seed.taxonomies) catalogue.taxonomies.insertTaxonomy(t);
      for (const t of seed.terms) catalogue.taxonomies.insertTerm(t);
      for (const { doc, website } of seed.organizations) {
        catalogue.organizations.insert(doc);
        for (const origin of [website, ...extraOrigins]) {
          const o = normaliseOrigin(origin);
          if (o) catalogue.organizations.addOrigin(doc.id, o);
        }
      }
      for (const s of seed.services) catalogue.services.write(s, { action: 'seed', changedBy: 'seed' });
      DEMO_ACCOUNTS.forEach((a, i) => catalogue.accounts.addEditor(a.email, a.organizationId, hashes[i]!));
    })
    .immediate();
  return { organizations: seed.organizations.length, services: seed.services.length, taxonomyTerms: seed.terms.length };
}

/** True when the catalogue holds no organisations yet (a first run). */
export function isEmpty(catalogue: CatalogueStore): boolean {
  return catalogue.organizations.allIds().length === 0;
}

/** Removes every record (organisations, services, taxonomies, editors, tokens, history) in one transaction. */
export function clearAll(catalogue: CatalogueStore): void {
  catalogue.db
    .transaction(() => {
      for (const table of [
        'access_tokens',
        'sign_in_failures',
        'editors',
        'service_history',
        'service_at_locations',
        'service_taxonomy_terms',
        'services',
        'organization_origins',
        'organizations',
        'taxonomy_terms',
        'taxonomies',
      ]) {
        catalogue.db.exec(`DELETE FROM ${table}`);
      }
    })
    .immediate();
}
