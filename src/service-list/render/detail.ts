/**
 * The detail view of one service, in plain words: contacts, phones, email,
 * website, places with map links, opening times, costs, ages, languages,
 * areas, accessibility, categories, when it was last checked, and other
 * services from the same organisation. Every link target is scheme-checked;
 * the description goes through the sanitizer; all other text is text. A
 * heading or label that names one field is the field registry's label for it,
 * in the page's language (the generated words in the context).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AddressView, ContactView, LocationView, PhoneView, ServiceView } from '../../model/view-model.js';
import { formatAges, formatCost, formatDate, formatSchedule } from '../../shared/format.js';
import { fill } from '../../shared/i18n.js';
import { mapUrl, telUrl } from '../../shared/safe-link.js';
import { mailtoUrl, safeWebUrl } from '../../shared/safe-url.js';
import { safeHtml } from '../../shared/safe-html.js';
import { DETAIL_HEADING_ID, type RenderContext } from './context.js';
import { detailContext, type DetailContext } from './detail-context.js';
import { heading } from './heading.js';
import { statusBadge } from './status.js';

export interface DetailHandlers {
  back: (event: MouseEvent) => void;
}

/** The registry's label of a field (`entity.field`) in the page's language. */
const label = (ctx: DetailContext, key: string): string => ctx.strings.labels[key] ?? key;

/** The field each section that shows one field is headed by: its label is the heading. */
const SECTION_FIELDS = {
  where: 'service.service_at_locations',
  when: 'service.schedules',
  cost: 'service.cost_options',
  languages: 'service.languages',
  areas: 'service.service_areas',
  accessibility: 'location.accessibility',
  terms: 'service.attributes',
} as const;

function section(ctx: DetailContext, name: string, title: string, body: unknown) {
  return html`<section part="section section-${name}" class="section" data-section=${name}>
    ${heading(ctx.headingLevel + 1, title, { part: 'section-title' })} ${body}
  </section>`;
}

function phoneItem(phone: PhoneView, ctx: DetailContext) {
  const href = telUrl(phone.tel);
  const number = href
    ? html`<a part="phone" href=${href}>${phone.number}</a>`
    : html`<span part="phone">${phone.number}</span>`;
  const description = phone.description ? html` (${phone.description})` : nothing;
  return html`<li>${label(ctx, 'phone.number')}: ${number}${description}</li>`;
}

/** An email address, labelled as the field it is (`service.email` or `contact.email`). */
function emailItem(email: string | undefined, ctx: DetailContext, key: string) {
  if (!email) return nothing;
  const href = mailtoUrl(email);
  return html`<li>${label(ctx, key)}: ${href ? html`<a part="email" href=${href}>${email}</a>` : email}</li>`;
}

function contactBlock(contact: ContactView, ctx: DetailContext) {
  const who = [contact.name, contact.title].filter(Boolean).join(', ');
  const lines = [...contact.phones.map((p) => phoneItem(p, ctx)), emailItem(contact.email, ctx, 'contact.email')];
  return html`<li part="contact" class="contact">
    ${who ? html`<span class="contact-name">${who}</span>` : nothing}
    ${contact.phones.length || contact.email ? html`<ul class="plain">${lines}</ul>` : nothing}
  </li>`;
}

function contactSection(service: ServiceView, ctx: DetailContext) {
  const website = safeWebUrl(service.url);
  const direct = [...service.phones.map((p) => phoneItem(p, ctx)), emailItem(service.email, ctx, 'service.email')];
  if (website)
    direct.push(
      html`<li>${label(ctx, 'service.url')}: <a part="website" href=${website}>${displayUrl(website)}</a></li>`,
    );
  const hasDirect = service.phones.length > 0 || Boolean(service.email) || Boolean(website);
  if (!hasDirect && service.contacts.length === 0) return nothing;
  const contacts = service.contacts.map((c) => contactBlock(c, ctx));
  return section(
    ctx,
    'contact',
    ctx.strings.list.contactHeading,
    html`${hasDirect ? html`<ul class="plain">${direct}</ul>` : nothing}
    ${contacts.length ? html`<ul class="plain contacts">${contacts}</ul>` : nothing}`,
  );
}

function displayUrl(href: string): string {
  return href.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

function addressLine(address: AddressView): string {
  return [address.address1, address.city, address.region, address.stateProvince, address.postalCode]
    .filter((part): part is string => Boolean(part && part.trim()))
    .join(', ');
}

function locationItem(location: LocationView, ctx: DetailContext) {
  const physical = location.addresses.filter((a) => a.type !== 'postal');
  const addresses = (physical.length ? physical : location.addresses).map(addressLine).filter(Boolean);
  const place = location.name || addresses[0] || '';
  const firstAddress = location.addresses[0];
  const map =
    location.type === 'virtual'
      ? undefined
      : mapUrl({
          latitude: location.latitude,
          longitude: location.longitude,
          query: firstAddress?.postalCode || addresses[0],
        });
  const mapLink = map && place ? fill(ctx.strings.list.map, { place }) : '';
  return html`<li part="location" class="location">
    ${location.name ? html`<span class="location-name">${location.name}</span>` : nothing}
    ${addresses.map((a) => html`<span part="address" class="address">${a}</span>`)}
    ${location.phones.length ? html`<ul class="plain">${location.phones.map((p) => phoneItem(p, ctx))}</ul>` : nothing}
    ${mapLink ? html`<a part="map-link" class="map-link" href=${map}>${mapLink}</a>` : nothing}
  </li>`;
}

function textList(items: readonly string[], part: string) {
  return html`<ul part=${part} class="plain">${items.map((t) => html`<li>${t}</li>`)}</ul>`;
}

function optionalSection(ctx: DetailContext, name: string, title: string, items: readonly string[]) {
  const clean = [...new Set(items.map((i) => i.trim()).filter(Boolean))];
  return clean.length ? section(ctx, name, title, textList(clean, name)) : nothing;
}

/** A section of one field's items, headed by that field's label. */
function fieldSection(ctx: DetailContext, name: keyof typeof SECTION_FIELDS, items: readonly string[]) {
  return optionalSection(ctx, name, label(ctx, SECTION_FIELDS[name]), items);
}

/** The service's important notice, labelled as its field. */
function alertLine(service: ServiceView, ctx: DetailContext) {
  if (!service.alert) return nothing;
  return html`<p part="alert" class="alert"><strong>${label(ctx, 'service.alert')}:</strong> ${service.alert}</p>`;
}

/** When the service was last checked (else changed): the date, labelled as its field. */
function checkedLine(service: ServiceView, ctx: DetailContext) {
  const checked = formatDate(service.assuredDate, ctx.fmt);
  const key = checked ? 'service.assured_date' : 'service.last_modified';
  const date = checked || formatDate(service.lastModified, ctx.fmt);
  return date ? html`<p part="checked" class="checked">${label(ctx, key)}: ${date}</p>` : nothing;
}

export function detailView(
  service: ServiceView,
  related: readonly ServiceView[] | undefined,
  base: RenderContext,
  handlers: DetailHandlers,
): TemplateResult {
  const ctx = detailContext(base);
  const { list } = ctx.strings;
  const fmt = ctx.fmt;
  const schedules = service.schedules
    .map((s) => [formatSchedule(s, fmt), s.description, s.notes].filter((t): t is string => Boolean(t)).join('. '))
    .filter(Boolean);
  const costs = [...service.costOptions.map((c) => formatCost(c, fmt)), service.fees].filter((t): t is string =>
    Boolean(t),
  );
  const ages = formatAges(service.minimumAge, service.maximumAge, fmt);
  const places = service.locations.filter((l) => l.addresses.length || l.name);
  const accessibility = service.locations.flatMap((l) => l.accessibility);
  const back = ctx.hrefFor({ service: '' });
  const organization = service.organization?.name;
  return html`<article part="detail" class="detail" aria-labelledby=${DETAIL_HEADING_ID} data-service-id=${service.id}>
    <p class="back-row">
      <a part="back-link" class="back-link" href=${back} @click=${handlers.back}>${list.back}</a>
    </p>
    ${heading(ctx.headingLevel, service.name, { part: 'detail-title', id: DETAIL_HEADING_ID, focusable: true })}
    ${statusBadge(service.status, ctx)}
    ${alertLine(service, ctx)}
    ${organization ? html`<p part="organization" class="organization">${fill(list.by, { organization })}</p>` : nothing}
    ${
      service.descriptionHtml
        ? html`<div part="description" class="description rich">${safeHtml(service.descriptionHtml)}</div>`
        : service.summary
          ? html`<p part="description" class="description">${service.summary}</p>`
          : nothing
    }
    ${contactSection(service, ctx)}
    ${
      places.length
        ? section(
            ctx,
            'where',
            label(ctx, SECTION_FIELDS.where),
            html`<ul class="plain">${places.map((l) => locationItem(l, ctx))}</ul>`,
          )
        : nothing
    }
    ${fieldSection(ctx, 'when', schedules)}
    ${fieldSection(ctx, 'cost', costs)}
    ${optionalSection(ctx, 'who', list.whoHeading, ages ? [ages] : [])}
    ${fieldSection(
      ctx,
      'languages',
      service.languages.map((l) => l.name),
    )}
    ${fieldSection(
      ctx,
      'areas',
      service.serviceAreas.map((a) => a.name),
    )}
    ${fieldSection(ctx, 'accessibility', accessibility)}
    ${fieldSection(
      ctx,
      'terms',
      service.taxonomyTerms.map((t) => t.name),
    )}
    ${checkedLine(service, ctx)}
    ${relatedSection(service, related, ctx)}
  </article>`;
}

function relatedSection(service: ServiceView, related: readonly ServiceView[] | undefined, ctx: DetailContext) {
  const others = (related ?? []).filter((s) => s.id !== service.id);
  const org = service.organization?.name;
  if (!org || others.length === 0) return nothing;
  return section(
    ctx,
    'related',
    fill(ctx.strings.list.relatedHeading, { organization: org }),
    html`<ul part="related" class="plain related">
      ${others.map(
        (s) => html`<li>
          <a
            part="related-link"
            href=${ctx.hrefFor({ service: s.id })}
            data-open-service=${s.id}
            @click=${(e: MouseEvent) => ctx.open(e, s.id)}
            >${s.name}</a
          >
        </li>`,
      )}
    </ul>`,
  );
}
