// The baseline for <oruk-service-list>: a minimal hand-written DOM renderer of the
// same markup (search form, category filter, summary, cards, pagination, JSON-LD),
// with the same styles, in a shadow root. No framework, no diffing, no state:
// the least work that puts the same first page on screen.

const PER_PAGE = 10;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function shortText(text, max = 240) {
  if (!text || text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

const STATUS = { inactive: 'Not running', defunct: 'Closed', 'temporarily closed': 'Temporarily closed' };

function card(service) {
  const link = el(
    'a',
    {
      part: 'title-link',
      class: 'title-link',
      href: `?service=${encodeURIComponent(service.id)}`,
      'data-open-service': service.id,
    },
    service.name,
  );
  const li = el(
    'li',
    { part: 'service', class: 'service', 'data-service-id': service.id },
    el('h2', { part: 'title', class: 'title' }, link),
  );
  if (service.status !== 'active') {
    li.append(
      el(
        'p',
        {
          part: `status status-${service.status.replace(/\s+/g, '-')}`,
          class: 'status',
          'data-status': service.status,
        },
        STATUS[service.status] ?? service.status,
      ),
    );
  }
  if (service.organization?.name)
    li.append(el('p', { part: 'organization', class: 'organization' }, `Run by ${service.organization.name}`));
  const summary = shortText(service.summary);
  if (summary) li.append(el('p', { part: 'description', class: 'description' }, summary));
  return li;
}

function termsOf(services) {
  const byId = new Map();
  for (const s of services) for (const t of s.taxonomyTerms) if (!byId.has(t.id)) byId.set(t.id, t);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function jsonLd(host, services) {
  const graph = services.map((s) => ({
    '@type': 'Service',
    identifier: s.id,
    name: s.name,
    description: s.summary,
    provider: s.organization ? { '@type': 'Organization', name: s.organization.name } : undefined,
  }));
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
  host.append(script);
}

/**
 * Renders the first page of `services` (ServiceView records) into `host`.
 * `total` is the number of services in all (the feed's count when rendering one fetched page).
 */
export function renderBaseline(host, services, styles, total = services.length, terms = termsOf(services)) {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styles;
  const items = services.slice(0, PER_PAGE);
  const form = el(
    'form',
    { part: 'search', class: 'search', role: 'search' },
    el(
      'div',
      { class: 'field' },
      el('label', { part: 'label', for: 'q' }, 'Search services'),
      el('input', { part: 'search-input input', id: 'q', name: 'q', type: 'search', autocomplete: 'off' }),
    ),
  );
  if (terms.length) {
    const select = el('select', { part: 'filter', id: 'term', name: 'term' }, el('option', { value: '' }, 'All types'));
    for (const t of terms) select.append(el('option', { value: t.id }, t.name));
    form.append(el('div', { class: 'field' }, el('label', { part: 'label', for: 'term' }, 'Type of service'), select));
  }
  form.append(el('button', { part: 'button search-button', class: 'button', type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => e.preventDefault());
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const list = el('ul', { part: 'list', class: 'services', role: 'list', 'aria-label': 'Services' });
  for (const s of items) list.append(card(s));
  list.addEventListener('click', (e) => {
    if (e.target.closest?.('a[data-open-service]')) e.preventDefault();
  });
  const nav = el(
    'nav',
    { part: 'pagination', class: 'pagination', 'aria-label': 'Pages' },
    el('span', { part: 'page-number', class: 'page-number' }, `Page 1 of ${pages}`),
  );
  if (pages > 1)
    nav.append(el('a', { part: 'page-link next', class: 'page-link', rel: 'next', href: '?page=2' }, 'Next page'));
  root.append(
    form,
    el(
      'p',
      { part: 'summary', class: 'summary', id: 'summary', tabindex: '-1', role: 'status' },
      `Showing 1 to ${items.length} of ${total.toLocaleString('en-GB')} services`,
    ),
    list,
    nav,
  );
  jsonLd(host, items);
}

/** A fetched ORUK 3.0 list item, in the fields the card shows (tags stripped from the description). */
export function fromFeed(item) {
  const summary = String(item.description ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    id: String(item.id),
    name: String(item.name ?? ''),
    status: String(item.status ?? 'active'),
    summary,
    organization: item.organization ? { name: String(item.organization.name ?? '') } : undefined,
    taxonomyTerms: [],
  };
}
