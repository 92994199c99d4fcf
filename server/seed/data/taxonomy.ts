/**
 * The seed's two taxonomies: what a service offers, and who it is for.
 * Keys are local names; ids are derived from them with stableId().
 */
export interface TermSeed {
  key: string;
  name: string;
  description: string;
  parent?: string;
}

export interface TaxonomySeed {
  key: string;
  name: string;
  description: string;
  version: string;
  terms: TermSeed[];
}

export const TAXONOMIES: TaxonomySeed[] = [
  {
    key: 'categories',
    name: 'Community service categories',
    description: 'What a service offers: the categories small charities use to describe their help.',
    version: '2025.1',
    terms: [
      { key: 'food', name: 'Food and essentials', description: 'Help with food, toiletries and everyday essentials.' },
      {
        key: 'food-parcels',
        name: 'Food parcels',
        description: 'Emergency food parcels, usually with a referral.',
        parent: 'food',
      },
      {
        key: 'community-meals',
        name: 'Community meals',
        description: 'Hot meals and cafés open to everyone.',
        parent: 'food',
      },
      {
        key: 'baby-essentials',
        name: 'Baby and toiletry essentials',
        description: 'Nappies, formula, toiletries and period products.',
        parent: 'food',
      },
      { key: 'money', name: 'Money and debt', description: 'Help with money worries, debts and benefits.' },
      {
        key: 'benefits-advice',
        name: 'Benefits advice',
        description: 'Checking entitlement and help with claims and appeals.',
        parent: 'money',
      },
      {
        key: 'debt-advice',
        name: 'Debt advice',
        description: 'Free, confidential advice on dealing with debts.',
        parent: 'money',
      },
      {
        key: 'energy',
        name: 'Energy and fuel support',
        description: 'Help with heating, energy bills and fuel vouchers.',
        parent: 'money',
      },
      {
        key: 'youth',
        name: 'Activities for young people',
        description: 'Clubs, sport and creative activities for young people.',
      },
      { key: 'youth-clubs', name: 'Youth clubs', description: 'Open-access youth club sessions.', parent: 'youth' },
      {
        key: 'mentoring',
        name: 'Mentoring',
        description: 'One-to-one support from a trained mentor.',
        parent: 'youth',
      },
      {
        key: 'sport',
        name: 'Sport and physical activity',
        description: 'Sport, dance and exercise sessions.',
        parent: 'youth',
      },
      {
        key: 'carers',
        name: 'Support for carers',
        description: 'Help for people who look after a relative or friend.',
      },
      {
        key: 'carers-groups',
        name: 'Carers support groups',
        description: 'Peer support groups and drop-ins for carers.',
        parent: 'carers',
      },
      {
        key: 'respite',
        name: 'Respite and short breaks',
        description: 'Time off for carers, with the person they care for looked after.',
        parent: 'carers',
      },
      { key: 'wellbeing', name: 'Health and wellbeing', description: 'Support for physical and mental wellbeing.' },
      {
        key: 'mental-health',
        name: 'Mental health support',
        description: 'Listening, counselling and peer support.',
        parent: 'wellbeing',
      },
      {
        key: 'befriending',
        name: 'Befriending',
        description: 'Regular friendly contact for people who feel lonely.',
        parent: 'wellbeing',
      },
      { key: 'learning', name: 'Learning and work', description: 'Skills, training and help finding work.' },
      {
        key: 'digital-skills',
        name: 'Digital skills',
        description: 'Help using computers, phones and the internet.',
        parent: 'learning',
      },
      {
        key: 'employment',
        name: 'Employment support',
        description: 'CVs, job searching and interview practice.',
        parent: 'learning',
      },
      { key: 'housing', name: 'Housing support', description: 'Help to find or keep a home.' },
      {
        key: 'transport',
        name: 'Community transport',
        description: 'Lifts and accessible transport to appointments and activities.',
      },
    ],
  },
  {
    key: 'audience',
    name: 'Who the service is for',
    description: 'The groups of people a service is mainly for.',
    version: '2025.1',
    terms: [
      { key: 'everyone', name: 'Everyone', description: 'Open to anyone.' },
      { key: 'families', name: 'Children and families', description: 'Parents, carers and children.' },
      { key: 'young-people', name: 'Young people', description: 'Young people aged 11 to 25.' },
      { key: 'adults', name: 'Adults', description: 'People aged 18 and over.' },
      { key: 'older-people', name: 'Older people', description: 'People aged 60 and over.' },
      {
        key: 'unpaid-carers',
        name: 'Unpaid carers',
        description: 'People who look after a relative, partner or friend.',
      },
      { key: 'welsh-speakers', name: 'Welsh speakers', description: 'Services offered through the medium of Welsh.' },
    ],
  },
];
