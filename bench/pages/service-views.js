// Realistic ServiceView records (the view model <oruk-service-list> renders),
// generated from a seed, in the browser. Plain JavaScript: the benchmark page
// loads it as it is.

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'Food bank',
  'Advice drop-in',
  'Carers café',
  'Youth club',
  'Debt advice',
  'Warm space',
  'Lunch club',
  'Walking group',
  'Digital help',
  'Parent and toddler group',
  'Befriending',
  'Benefits advice',
];
const PLACES = [
  'Halifax',
  'Hebden Bridge',
  'Todmorden',
  'Aberystwyth',
  'Cardigan',
  'Plymouth',
  'Tavistock',
  'Leeds',
  'Bradford',
  'Lampeter',
];
const ORGS = [
  'Calder Valley Food Bank',
  'Northgate Youth Project',
  'Tamar Carers Centre',
  'Ceredigion Community Support',
  'Leeds Advice Network',
  'Bradford Warm Spaces',
];
const TERMS = Array.from({ length: 40 }, (_, i) => ({
  id: `term-${i + 1}`,
  name: `${TOPICS[i % TOPICS.length]} (${i + 1})`,
  taxonomy: 'esdServiceTypes',
}));
const WORDS = (
  'we offer friendly support to anyone who needs it with no referral needed come along and talk to our ' +
  'trained volunteers about food money housing or health in confidence and at no cost to you'
).split(' ');
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** `count` ServiceView records; the same seed gives the same records. */
export function serviceViews(count, seed = 7) {
  const r = random(seed);
  const int = (min, max) => min + Math.floor(r() * (max - min + 1));
  const pick = (list) => list[Math.floor(r() * list.length)];
  const text = (min, max) => {
    const words = Array.from({ length: int(min, max) }, () => pick(WORDS)).join(' ');
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
  };
  const phone = () => {
    const number = `01${int(100, 999)} ${int(100000, 999999)}`;
    return { number, tel: number.replace(/\s/g, '') };
  };
  return Array.from({ length: count }, (_, i) => {
    const place = pick(PLACES);
    const orgIndex = i % ORGS.length;
    const summary = `${text(20, 45)} ${text(10, 30)}`;
    return {
      id: `service-${seed}-${i + 1}`,
      name: `${TOPICS[i % TOPICS.length]} in ${place} ${i + 1}`,
      status: r() < 0.9 ? 'active' : 'temporarily closed',
      descriptionHtml: `<p>${summary}</p>`,
      summary,
      url: `https://www.example.org.uk/services/${i + 1}`,
      email: `help${i + 1}@example.org.uk`,
      fees: 'Free',
      minimumAge: 0,
      lastModified: '2026-03-01T09:00:00.000Z',
      assuredDate: '2026-02-01',
      organization: { id: `org-${orgIndex + 1}`, name: ORGS[orgIndex], website: 'https://www.example.org.uk' },
      contacts: [{ name: 'Sam Jones', title: 'Volunteer coordinator', phones: [phone()] }],
      phones: [phone()],
      locations: Array.from({ length: int(1, 2) }, (_, j) => ({
        id: `loc-${i + 1}-${j + 1}`,
        name: `${place} Community Hall`,
        latitude: 50 + r() * 4,
        longitude: -4.5 + r() * 3,
        addresses: [
          {
            address1: `${int(1, 120)} High Street`,
            city: place,
            postalCode: 'HX1 1AA',
            country: 'GB',
            type: 'physical',
          },
        ],
        accessibility: ['Step-free access'],
        phones: [],
      })),
      schedules: Array.from({ length: int(1, 3) }, () => {
        const opens = int(8, 13);
        return {
          freq: 'WEEKLY',
          days: DAYS.filter(() => r() < 0.4),
          opensAt: `${String(opens).padStart(2, '0')}:00`,
          closesAt: `${String(opens + int(2, 6)).padStart(2, '0')}:00`,
        };
      }),
      costOptions: [{ option: 'Everyone', amount: 0, currency: 'GBP' }],
      languages: [{ name: 'English', code: 'en' }],
      serviceAreas: [{ name: place }],
      taxonomyTerms: Array.from(new Set([int(0, 39), int(0, 39)])).map((t) => TERMS[t]),
      problems: [],
    };
  });
}
