/**
 * The catalogue's command-line commands (`npm run catalogue -- <command>`,
 * entry point server/cli.ts). runCli() takes the arguments and where to write,
 * and returns the exit code, so tests can run it in-process.
 */
import { readFileSync } from 'node:fs';
import { defaultDbPath, synchronousFrom } from '../config.js';
import { isUuid, newId } from '../domain/ids.js';
import { isObject, scalarFields, type JsonObject } from '../domain/json-shape.js';
import { generatePassword, hashPassword } from '../domain/passwords.js';
import { withServerFields } from '../domain/service-document.js';
import { clearAll, seedDemo } from '../seed/seed.js';
import { openCatalogue, type CatalogueStore } from '../store/catalogue.js';
import { normaliseOrigin } from '../store/organizations.js';
import { validateAgainst } from '../validation/oruk-schemas.js';
import { fieldProblem, toFieldProblems } from '../validation/problems.js';
import { UNKNOWN_FIELD_HELP, unknownFields } from '../validation/unknown-fields.js';

const HELP = `The reference catalogue's command-line tool.

Usage: npm run catalogue -- <command> [options]

Commands:
  add-organization --name <name> --origin <https://site> [--origin <…>]
                   [--description <text>] [--email <email>] [--website <url>] [--id <uuid>]
      Add an organisation and the website origins allowed to write for it.
      Prints the new organisation's id.
  add-origin --organization <id> --origin <https://site> [--origin <…>]
      Register more website origins for an organisation.
  add-editor --organization <id> --email <email> [--password <password>]
      Add a staff member who may edit the organisation's services.
      Without --password a strong password is generated and printed once.
  import <file.json>
      Import services from an ORUK 3.0 JSON file: one service, an array of
      services, or a list page ({"contents": [...]}). Every service is checked
      against the ORUK 3.0 schema first; nothing is saved unless all are valid.
      A service whose organisation is not in the catalogue yet brings it in
      from its nested "organization". Existing services are replaced.
  list-organizations
      Show every organisation with its id, origins and editors.
  reset-demo [--origin <https://site> …]
      Delete EVERYTHING in the catalogue and load the demo data again.

Options for every command:
  --db <path>    The database file (default: $ORUK_DB or .data/catalogue.db).
`;

class UsageError extends Error {}

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

const toConsole: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };
// Where the running command writes; set by runCli() (commands run one at a time).
let out = toConsole.out;
let err = toConsole.err;

interface Parsed {
  command: string | undefined;
  positional: string[];
  options: Map<string, string[]>;
}

function parseArgs(argv: string[]): Parsed {
  const options = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        throw new UsageError(`--${key} needs a value.`);
      options.set(key, [...(options.get(key) ?? []), value]);
    } else positional.push(a);
  }
  return { command: positional.shift(), positional, options };
}

function one(p: Parsed, name: string, required: true): string;
function one(p: Parsed, name: string, required?: false): string | undefined;
function one(p: Parsed, name: string, required = false): string | undefined {
  const values = p.options.get(name);
  if (!values || values.length === 0) {
    if (required) throw new UsageError(`Missing --${name}.`);
    return undefined;
  }
  if (values.length > 1) throw new UsageError(`Give --${name} only once.`);
  return values[0];
}

function origins(p: Parsed, required: boolean): string[] {
  const list = p.options.get('origin') ?? [];
  if (required && list.length === 0)
    throw new UsageError('Give at least one --origin, like --origin https://www.example.org.uk');
  return list.map((o) => {
    const n = normaliseOrigin(o);
    if (!n)
      throw new UsageError(
        `"${o}" is not a website origin. Use the scheme and host only, like https://www.example.org.uk`,
      );
    return n;
  });
}

function requireOrganization(c: CatalogueStore, id: string): void {
  if (!c.organizations.get(id))
    throw new UsageError(`There is no organisation with id ${id}. See: npm run catalogue -- list-organizations`);
}

function addOrganization(c: CatalogueStore, p: Parsed): void {
  const name = one(p, 'name', true).trim();
  if (name === '') throw new UsageError('--name cannot be empty.');
  const list = origins(p, true);
  const id = one(p, 'id') ?? newId();
  if (!isUuid(id)) throw new UsageError('--id must be a UUID.');
  const doc: JsonObject & { id: string; name: string } = { id, name, description: one(p, 'description') ?? '' };
  const email = one(p, 'email');
  if (email) doc.email = email;
  const website = one(p, 'website') ?? list[0];
  if (website) doc.website = website;
  const errors = toFieldProblems(validateAgainst('organization', doc), 'organization');
  if (errors.length > 0) throw new UsageError(errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  c.db
    .transaction(() => {
      if (c.organizations.get(id)) throw new UsageError(`An organisation with id ${id} already exists.`);
      c.organizations.insert(doc);
      for (const o of list) c.organizations.addOrigin(id, o);
    })
    .immediate();
  out(`Added organisation "${name}" with id ${id}`);
  out(`Website origins allowed to write: ${list.join(', ')}`);
}

function addOrigin(c: CatalogueStore, p: Parsed): void {
  const id = one(p, 'organization', true);
  requireOrganization(c, id);
  const list = origins(p, true);
  c.db.transaction(() => list.forEach((o) => c.organizations.addOrigin(id, o))).immediate();
  out(`Website origins allowed to write: ${c.organizations.origins(id).join(', ')}`);
}

async function addEditor(c: CatalogueStore, p: Parsed): Promise<void> {
  const id = one(p, 'organization', true);
  requireOrganization(c, id);
  const email = one(p, 'email', true).trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UsageError(`"${email}" is not an email address.`);
  if (c.accounts.findEditor(email)) throw new UsageError(`There is already an editor with the email ${email}.`);
  const given = one(p, 'password');
  if (given !== undefined && given.length < 12)
    throw new UsageError('The password must be at least 12 characters long.');
  const password = given ?? generatePassword();
  c.accounts.addEditor(email, id, await hashPassword(password));
  out(`Added editor ${email} for ${c.organizations.get(id)!.name}`);
  if (given === undefined) out(`Password (shown only now; give it to the editor securely): ${password}`);
}

function servicesIn(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (isObject(json) && Array.isArray(json.contents)) return json.contents;
  if (isObject(json)) return [json];
  throw new UsageError('The file must hold a service, an array of services or a list page with "contents".');
}

function importFile(c: CatalogueStore, p: Parsed): void {
  const file = p.positional[0];
  if (!file) throw new UsageError('Give the file to import, like: npm run catalogue -- import services.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`Cannot read ${file} as JSON: ${(e as Error).message}`);
  }
  const items = servicesIn(json);
  const problems: string[] = [];
  let unknownField = false;
  const now = new Date().toISOString();
  const newOrgs = new Map<string, JsonObject & { id: string; name: string }>();
  const docs = items.map((item, i) => {
    if (!isObject(item)) {
      problems.push(`service ${i + 1}: not a JSON object`);
      return undefined;
    }
    const nested = isObject(item.organization) ? item.organization : undefined;
    const orgId =
      typeof item.organization_id === 'string'
        ? item.organization_id
        : typeof nested?.id === 'string'
          ? nested.id
          : undefined;
    if (!orgId) {
      const { path, message } = fieldProblem('organization_id', 'required');
      problems.push(`service ${i + 1} (${String(item.name ?? item.id)}): ${path}: ${message}`);
      return undefined;
    }
    let org = c.organizations.summary(orgId) ?? (newOrgs.has(orgId) ? scalarFields(newOrgs.get(orgId)!) : undefined);
    if (!org && nested) {
      const orgErrors = toFieldProblems(validateAgainst('organization', nested), 'organization');
      if (orgErrors.length === 0) {
        newOrgs.set(orgId, nested as JsonObject & { id: string; name: string });
        org = scalarFields(nested);
      } else orgErrors.forEach((e) => problems.push(`service ${i + 1}: organization.${e.path}: ${e.message}`));
    }
    if (!org) {
      problems.push(
        `service ${i + 1}: organisation ${orgId} is not in the catalogue and the service does not include it`,
      );
      return undefined;
    }
    const doc = withServerFields({ ...item, organization_id: orgId }, org, now);
    for (const e of [
      ...toFieldProblems(validateAgainst('service', doc)),
      ...unknownFields('service', item, new Set(['organization'])),
    ]) {
      problems.push(`service ${i + 1} (${String(item.name ?? item.id)}): ${e.path}: ${e.message}`);
      unknownField ||= e.key === 'field.unknown';
    }
    return doc;
  });
  const ids = docs.map((d) => d?.id);
  ids.forEach((id, i) => {
    if (id !== undefined && ids.indexOf(id) !== i)
      problems.push(`service ${i + 1}: the id ${id} appears more than once in the file`);
  });
  if (problems.length > 0) {
    const help = unknownField ? `\n${UNKNOWN_FIELD_HELP}` : '';
    throw new UsageError(`Nothing was imported. Fix these problems first:\n  ${problems.join('\n  ')}${help}`);
  }
  let created = 0;
  let replaced = 0;
  c.db
    .transaction(() => {
      for (const org of newOrgs.values()) c.organizations.insert(org);
      for (const doc of docs) {
        const previous = c.services.get(doc!.id);
        const sals = Array.isArray(doc!.service_at_locations) ? doc!.service_at_locations : [];
        const salIds = sals.flatMap((s) => (isObject(s) && typeof s.id === 'string' ? [s.id] : []));
        const taken = c.services.locationLinksUsedElsewhere(doc!.id, salIds);
        if (taken.length > 0)
          throw new UsageError(
            `Nothing was imported: service ${doc!.id} uses service_at_location ids that another service ` +
              `already has: ${taken.join(', ')}`,
          );
        c.services.write(doc!, { action: 'import', changedBy: 'import', ...(previous ? { previous } : {}) });
        if (previous) replaced++;
        else created++;
      }
    })
    .immediate();
  const orgs = newOrgs.size ? ` and ${newOrgs.size} new organisations` : '';
  out(`Imported ${docs.length} services (${created} new, ${replaced} replaced)${orgs}.`);
  if (newOrgs.size > 0) out('New organisations have no website origins or editors yet: use add-origin and add-editor.');
}

function listOrganizations(c: CatalogueStore): void {
  const ids = c.organizations.allIds();
  if (ids.length === 0) out('The catalogue has no organisations yet.');
  for (const id of ids) {
    const org = c.organizations.get(id)!;
    const editors = c.db.prepare('SELECT email FROM editors WHERE organization_id = ? ORDER BY email').all(id) as {
      email: string;
    }[];
    const count = c.services.list({ organizationId: id }, 1, 0).total;
    const originList = c.organizations.origins(id).join(', ') || '(none)';
    const editorList = editors.map((e) => e.email).join(', ') || '(none)';
    out(`${org.name}\n  id: ${id}\n  services: ${count}\n  origins: ${originList}\n  editors: ${editorList}`);
  }
}

async function resetDemo(c: CatalogueStore, p: Parsed): Promise<void> {
  const extra = origins(p, false);
  clearAll(c);
  const s = await seedDemo(c, extra);
  out(
    'The catalogue was emptied and the demo data loaded again: ' +
      `${s.organizations} organisations, ${s.services} services, ${s.taxonomyTerms} taxonomy terms.`,
  );
}

export async function runCli(argv: string[], io?: CliOutput): Promise<number> {
  out = (io ?? toConsole).out;
  err = (io ?? toConsole).err;
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    err(`${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (!parsed.command || parsed.command === 'help' || parsed.options.has('help')) {
    out(HELP);
    return parsed.command && parsed.command !== 'help' ? 2 : 0;
  }
  const commands: Record<string, (c: CatalogueStore, p: Parsed) => void | Promise<void>> = {
    'add-organization': addOrganization,
    'add-origin': addOrigin,
    'add-editor': addEditor,
    import: importFile,
    'list-organizations': listOrganizations,
    'reset-demo': resetDemo,
  };
  const command = commands[parsed.command];
  if (!command) {
    err(`Unknown command "${parsed.command}".\n\n${HELP}`);
    return 2;
  }
  const catalogue = openCatalogue(one(parsed, 'db') ?? defaultDbPath(), {
    synchronous: synchronousFrom(process.env.ORUK_SYNCHRONOUS),
  });
  try {
    await command(catalogue, parsed);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.message);
      return 1;
    }
    throw e;
  } finally {
    catalogue.close();
  }
}
