/** Seed organisation 1: a food bank in the Calder Valley, West Yorkshire. */
import type { OrganizationSeed } from './types.js';

export const FOODBANK: OrganizationSeed = {
  key: 'foodbank',
  name: 'Calder Valley Food Bank',
  description:
    'An independent food bank serving Halifax and the upper Calder Valley since 2012. ' +
    'Volunteers run four distribution centres, a community café and a money advice service, so that nobody in ' +
    'Calderdale has to go hungry.',
  domain: 'caldervalleyfoodbank',
  charityNumber: '1150123',
  locations: [
    {
      key: 'halifax',
      name: 'Square Chapel Community Hall',
      description: 'Our main distribution centre, behind the Piece Hall. Entrance on Blackledge.',
      address1: '14 Blackledge',
      city: 'Halifax',
      county: 'West Yorkshire',
      postcode: 'HX1 1QE',
      nation: 'England',
      latitude: 53.7215,
      longitude: -1.8571,
      accessibility: ['Step-free entrance from Blackledge', 'Accessible toilet', 'Hearing loop at the front desk'],
    },
    {
      key: 'hebden',
      name: 'Hebden Bridge Methodist Church Hall',
      description: 'Distribution centre and Thursday café in the church hall on Market Street.',
      address1: '3 Market Street',
      city: 'Hebden Bridge',
      county: 'West Yorkshire',
      postcode: 'HX7 6EU',
      nation: 'England',
      latitude: 53.7411,
      longitude: -2.0143,
      accessibility: ['Ramp at the side door', 'Accessible toilet'],
    },
    {
      key: 'sowerby',
      name: 'Sowerby Bridge Community Centre',
      description: 'Distribution centre on Wharf Street, close to the bus station.',
      address1: '27 Wharf Street',
      city: 'Sowerby Bridge',
      county: 'West Yorkshire',
      postcode: 'HX6 2AF',
      nation: 'England',
      latitude: 53.7092,
      longitude: -1.9104,
      accessibility: ['Step-free entrance', 'Parking for blue badge holders'],
    },
  ],
  services: [
    {
      key: 'food-parcels-halifax',
      name: 'Emergency food parcels in Halifax',
      description:
        'Three days of nutritionally balanced food for you and your family, with a voucher from a referral ' +
        'agency such as Citizens Advice, your GP or a school. Come to the hall with your voucher; ' +
        'we will sit down with you over a cup of tea and check what else might help.',
      path: '/get-help/halifax',
      terms: ['food-parcels', 'everyone'],
      locations: ['halifax'],
      opening: [['MO,WE,FR', '10:00', '13:00', 'Drop in with your voucher']],
      languages: ['en', 'pl', 'ur'],
      areas: ['Calderdale'],
      contact: { name: 'Helen Barraclough', title: 'Centre manager' },
    },
    {
      key: 'food-parcels-hebden',
      name: 'Emergency food parcels in Hebden Bridge',
      description:
        'Food parcels for households in the upper Calder Valley, with a voucher from a referral agency. ' +
        'If you cannot get to us, ask your referrer about a home delivery.',
      path: '/get-help/hebden-bridge',
      terms: ['food-parcels', 'everyone'],
      locations: ['hebden'],
      opening: [['TU,TH', '11:00', '14:00']],
      languages: ['en'],
      areas: ['Hebden Bridge', 'Todmorden', 'Mytholmroyd'],
      contact: { name: 'Owen Sutcliffe', title: 'Centre co-ordinator' },
    },
    {
      key: 'food-parcels-sowerby',
      name: 'Emergency food parcels in Sowerby Bridge',
      description:
        'Food parcels for households in Sowerby Bridge, Ripponden and Ryburn Valley, with a voucher from a ' +
        'referral agency.',
      status: 'temporarily closed',
      alert:
        'The Sowerby Bridge centre is closed for roof repairs until the end of the month. ' +
        'Please use the Halifax centre meanwhile.',
      path: '/get-help/sowerby-bridge',
      terms: ['food-parcels', 'everyone'],
      locations: ['sowerby'],
      opening: [['SA', '10:00', '12:00']],
      languages: ['en'],
      areas: ['Sowerby Bridge', 'Ripponden'],
      contact: { name: 'Gail Wadsworth', title: 'Centre co-ordinator' },
    },
    {
      key: 'home-delivery',
      name: 'Food parcel home delivery',
      description:
        'If you are housebound, disabled or caring for someone and cannot reach a centre, our volunteer drivers ' +
        'bring your food parcel to your door. Ask your referral agency to tick "delivery" on the voucher.',
      path: '/get-help/delivery',
      minAge: 18,
      terms: ['food-parcels', 'transport', 'adults'],
      locations: [],
      opening: [['WE,FR', '13:00', '16:00', 'Deliveries go out on these afternoons']],
      languages: ['en'],
      areas: ['Calderdale'],
      contact: { name: 'Owen Sutcliffe', title: 'Delivery co-ordinator' },
    },
    {
      key: 'pay-as-you-feel-cafe',
      name: 'Pay as you feel community café',
      description:
        'A warm, friendly café serving a hot two-course lunch made from surplus food. ' +
        'Pay what you can afford, or nothing at all. Everyone is welcome: come on your own or bring the family.',
      path: '/cafe',
      terms: ['community-meals', 'everyone'],
      locations: ['hebden'],
      opening: [['TH', '12:00', '14:00', 'Lunch served until 13:30']],
      cost: { option: 'Pay as you feel', description: 'Pay what you can afford; nobody is turned away.' },
      languages: ['en'],
      areas: ['Hebden Bridge'],
      contact: { name: 'Priya Chauhan', title: 'Café lead' },
    },
    {
      key: 'baby-bank',
      name: 'Baby bank',
      description:
        'Nappies, wipes, formula, clothes up to age five, prams and cots for families who are struggling. ' +
        'Health visitors, midwives and family hubs can refer you.',
      path: '/baby-bank',
      maxAge: 5,
      terms: ['baby-essentials', 'families'],
      locations: ['halifax'],
      opening: [['TU', '10:00', '12:00', 'By appointment through your referrer']],
      languages: ['en', 'pl', 'ur', 'ro'],
      areas: ['Calderdale'],
      contact: { name: 'Helen Barraclough', title: 'Centre manager' },
    },
    {
      key: 'money-advice',
      name: 'Money and benefits advice',
      description:
        'Free, confidential help from a trained adviser to check you are getting all the benefits you are ' +
        'entitled to, sort out a Universal Credit problem or plan a budget. ' +
        'Sessions are at the Halifax centre or by phone.',
      path: '/money-advice',
      minAge: 18,
      terms: ['benefits-advice', 'debt-advice', 'adults'],
      locations: ['halifax'],
      opening: [
        ['MO,WE', '10:00', '15:00', 'Appointments and drop-in'],
        ['TH', '17:00', '19:00', 'Evening phone appointments'],
      ],
      languages: ['en', 'ur'],
      areas: ['Calderdale'],
      contact: { name: 'Daniel Ackroyd', title: 'Money adviser' },
      accreditations: 'Advice Quality Standard (AQS) for debt advice casework',
    },
    {
      key: 'fuel-vouchers',
      name: 'Fuel bank vouchers',
      description:
        'Top-up vouchers for prepayment gas and electricity meters, for households that have had a food bank ' +
        'referral and cannot afford to heat their home.',
      path: '/fuel-bank',
      terms: ['energy', 'everyone'],
      locations: ['halifax', 'hebden'],
      opening: [['MO,WE,FR', '10:00', '13:00']],
      languages: ['en'],
      areas: ['Calderdale'],
      contact: { name: 'Daniel Ackroyd', title: 'Money adviser' },
    },
    {
      key: 'holiday-lunch-club',
      name: 'School holiday lunch club',
      description:
        'Free lunch and activities for children during the Easter, summer and Christmas holidays, for families ' +
        'who get free school meals. Parents and carers stay and eat too.',
      path: '/holiday-lunch-club',
      minAge: 4,
      maxAge: 16,
      terms: ['community-meals', 'families'],
      locations: ['sowerby'],
      opening: [['MO,TU,WE,TH', '11:30', '14:00', 'School holidays only']],
      languages: ['en'],
      areas: ['Sowerby Bridge', 'Halifax'],
      contact: { name: 'Gail Wadsworth', title: 'Holiday club lead' },
    },
    {
      key: 'volunteering',
      name: 'Volunteering at the food bank',
      description:
        'Sort donations, pack parcels, drive the van or welcome visitors. No experience needed; ' +
        'we give you training and a reference. A good way back into work after time out.',
      path: '/volunteer',
      minAge: 16,
      terms: ['employment', 'adults'],
      locations: ['halifax'],
      opening: [['MO,TU,WE,TH,FR', '09:30', '16:00']],
      languages: ['en'],
      areas: ['Calderdale'],
      contact: { name: 'Sarah Mitchell', title: 'Volunteer co-ordinator' },
    },
    {
      key: 'period-dignity',
      name: 'Period dignity packs',
      description:
        'Free packs of pads, tampons and period pants, with no referral needed. ' +
        'Pick one up from any of our centres; no questions asked.',
      path: '/period-dignity',
      minAge: 10,
      terms: ['baby-essentials', 'everyone'],
      locations: ['halifax', 'hebden'],
      opening: [['MO,WE,FR', '10:00', '13:00']],
      languages: ['en', 'pl'],
      areas: ['Calderdale'],
      contact: { name: 'Priya Chauhan', title: 'Project worker' },
    },
  ],
};
