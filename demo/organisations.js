// The catalogue's organisations page: lists every organisation from /api/organizations
// and lets a visitor narrow the service list to one of them. Feed text goes into text
// nodes only; website links must be http(s).
const list = document.getElementById('catalogue');
const cards = document.getElementById('organisations');
const orgStatus = document.getElementById('organisations-status');
const servicesHeading = document.getElementById('services-heading');
const servicesStatus = document.getElementById('services-status');
const showAll = document.getElementById('show-all');

function element(tag, text, attributes = {}) {
  const el = document.createElement(tag);
  if (text) el.textContent = text;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

function webAddress(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function choose(organisation) {
  for (const button of cards.querySelectorAll('button')) {
    button.setAttribute('aria-pressed', String(button.dataset.id === organisation?.id));
  }
  if (organisation) {
    list.setAttribute('organization', organisation.id);
    servicesHeading.textContent = `Services from ${organisation.name}`;
    servicesStatus.textContent = `Showing only ${organisation.name}'s services.`;
  } else {
    list.setAttribute('organization', '');
    servicesHeading.textContent = 'Services from every organisation';
    servicesStatus.textContent = 'Showing services from every organisation.';
  }
  showAll.hidden = !organisation;
  servicesHeading.focus();
}

function card(organisation) {
  const item = element('li', '', { class: 'organisation' });
  item.append(element('h3', organisation.name));
  if (organisation.description) item.append(element('p', organisation.description));
  const website = webAddress(organisation.website ?? '');
  if (website) {
    const p = element('p', '', { class: 'contact' });
    p.append(element('a', new URL(website).host, { href: website }));
    item.append(p);
  }
  if (typeof organisation.email === 'string' && /^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/.test(organisation.email)) {
    const p = element('p', '', { class: 'contact' });
    p.append(element('a', organisation.email, { href: `mailto:${organisation.email}` }));
    item.append(p);
  }
  // The accessible name starts with the visible words (WCAG 2.5.3), then says whose.
  const button = element('button', 'Show their services', {
    type: 'button',
    'aria-pressed': 'false',
    'data-id': organisation.id,
  });
  button.append(element('span', ` (${organisation.name})`, { class: 'visually-hidden' }));
  button.addEventListener('click', () => choose(organisation));
  item.append(button);
  return item;
}

async function load() {
  try {
    const response = await fetch('/api/organizations?per_page=100');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const page = await response.json();
    const organisations = (Array.isArray(page.contents) ? page.contents : [])
      .filter((o) => o && typeof o.id === 'string' && typeof o.name === 'string')
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    cards.replaceChildren(...organisations.map(card));
    orgStatus.textContent = `${organisations.length} organisations publish their services here.`;
  } catch {
    orgStatus.textContent = 'The organisations could not be loaded. Reload the page to try again.';
  }
}

showAll.addEventListener('click', () => choose(undefined));
void load();
