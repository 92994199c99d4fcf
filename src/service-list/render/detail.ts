/**
 * The detail view of one service, in plain words: contacts, phones, email,
 * website, places with map links, opening times, costs, ages, languages,
 * areas, accessibility, categories, when it was last checked, and other
 * services from the same organisation. Every link target is scheme-checked;
 * the description goes through the sanitizer; all other text is text.
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
  back(event: MouseEvent): void;
}

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
  return html`<li>${ctx.strings.list.phone}: ${number}${phone.description ? html` (${phone.description})` : nothing}</li>`;
}

function emailItem(email: string | undefined, ctx: DetailContext) {
  if (!email) return nothing;
  const href = mailtoUrl(email);
  return html`<li>${ctx.strings.list.email}: ${href ? html`<a part="email" href=${href}>${email}</a>` : email}</li>`;
}

function contactBlock(contact: ContactView, ctx: DetailContext) {
  const who = [contact.name, contact.title].filter(Boolean).join(', ');
  const lines = [...contact.phones.map((p) => phoneItem(p, ctx)), emailItem(contact.email, ctx)];
  return html`<li part="contact" class="contact">
    ${who ? html`<span class="contact-name">${who}</span>` : nothing}
    ${contact.phones.length || contact.email ? html`<ul class="plain">${lines}</ul>` : nothing}
  </li>`;
}

function contactSection(service: ServiceView, ctx: DetailContext) {
  const website = safeWebUrl(service.url);
  const direct = [...service.phones.map((p) => phoneItem(p, ctx)), emailItem(service.email, ctx)];
  if (website)
    direct.push(
      html`<li>${ctx.strings.list.website}: <a part="website" href=${website}>${displayUrl(website)}</a></li>`,
    );
  const hasDirect = service.phones.length > 0 || Boolean(service.email) || Boolean(website);
  if (!hasDirect && service.contacts.length === 0) return nothing;
  return section(
    ctx,
    'contact',
    ctx.strings.list.contactHeading,
    html`${hasDirect ? html`<ul class="plain">${direct}</ul>` : nothing}
    ${service.contacts.length ? html`<ul class="plain contacts">${service.contacts.map((c) => contactBlock(c, ctx))}</ul>` : nothing}`,
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
  return html`<li part="location" class="location">
    ${location.name ? html`<span class="location-name">${location.name}</span>` : nothing}
    ${addresses.map((a) => html`<span part="address" class="address">${a}</span>`)}
    ${location.phones.length ? html`<ul class="plain">${location.phones.map((p) => phoneItem(p, ctx))}</ul>` : nothing}
    ${map && place ? html`<a part="map-link" class="map-link" href=${map}>${fill(ctx.strings.list.map, { place })}</a>` : nothing}
  </li>`;
}

function textList(items: readonly string[], part: string) {
  return html`<ul part=${part} class="plain">${items.map((t) => html`<li>${t}</li>`)}</ul>`;
}

function optionalSection(ctx: DetailContext, name: string, title: string, items: readonly string[]) {
  const clean = [...new Set(items.map((i) => i.trim()).filter(Boolean))];
  return clean.length ? section(ctx, name, title, textList(clean, name)) : nothing;
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
  const checked = formatDate(service.assuredDate, fmt);
  const updated = checked ? undefined : formatDate(service.lastModified, fmt);
  const places = service.locations.filter((l) => l.addresses.length || l.name);
  const accessibility = service.locations.flatMap((l) => l.accessibility);
  return html`<article part="detail" class="detail" aria-labelledby=${DETAIL_HEADING_ID} data-service-id=${service.id}>
    <p class="back-row">
      <a part="back-link" class="back-link" href=${ctx.hrefFor({ service: '' })} @click=${handlers.back}>${list.back}</a>
    </p>
    ${heading(ctx.headingLevel, service.name, { part: 'detail-title', id: DETAIL_HEADING_ID, focusable: true })}
    ${statusBadge(service.status, ctx)}
    ${service.alert ? html`<p part="alert" class="alert"><strong>${list.alert}:</strong> ${service.alert}</p>` : nothing}
    ${
      service.organization?.name
        ? html`<p part="organization" class="organization">${fill(list.by, { organization: service.organization.name })}</p>`
        : nothing
    }
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
            list.whereHeading,
            html`<ul class="plain">${places.map((l) => locationItem(l, ctx))}</ul>`,
          )
        : nothing
    }
    ${optionalSection(ctx, 'when', list.whenHeading, schedules)}
    ${optionalSection(ctx, 'cost', list.costHeading, costs)}
    ${optionalSection(ctx, 'who', list.whoHeading, ages ? [ages] : [])}
    ${optionalSection(
      ctx,
      'languages',
      list.languagesHeading,
      service.languages.map((l) => l.name),
    )}
    ${optionalSection(
      ctx,
      'areas',
      list.areasHeading,
      service.serviceAreas.map((a) => a.name),
    )}
    ${optionalSection(ctx, 'accessibility', list.accessibilityHeading, accessibility)}
    ${optionalSection(
      ctx,
      'terms',
      list.termsHeading,
      service.taxonomyTerms.map((t) => t.name),
    )}
    ${
      checked || updated
        ? html`<p part="checked" class="checked">${checked ? fill(list.lastChecked, { date: checked }) : fill(list.lastUpdated, { date: updated! })}</p>`
        : nothing
    }
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
