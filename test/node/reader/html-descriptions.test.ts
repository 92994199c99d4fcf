import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readServicePage } from '../../../src/model/reader/index.js';
import { htmlToText, summarize } from '../../../src/model/reader/html-text.js';
import { feed } from './feeds.js';

describe('HTML in descriptions', () => {
  const page = readServicePage(feed('v3/html-descriptions.json'));
  const [foodBank, shed, befriending] = page.items;

  it('decodes only entities it knows: "&constructor;" stays as written', () => {
    assert.equal(htmlToText('<p>a &constructor; b&nbsp;&amp; c&shy;d &frac12;</p>'), 'a &constructor; b & cd ½');
  });

  it('keeps the HTML for the sanitizer in descriptionHtml', () => {
    assert.match(foodBank!.descriptionHtml!, /^<h2>Who we help<\/h2><p>Anyone in crisis &ndash;/);
  });

  it('gives a plain-text summary: tags and scripts gone, entities decoded, whitespace collapsed', () => {
    assert.equal(
      foodBank!.summary,
      'Who we help Anyone in crisis – no referral needed. Food parcels Toiletries & nappies Call us or visit 😀',
    );
    assert.equal(shed!.summary, 'A place to make, mend and chat. Open to all.');
    assert.doesNotMatch(shed!.summary!, /onerror|<img/);
  });

  it('cuts long summaries at a word boundary, near 200 characters, with an ellipsis', () => {
    const summary = befriending!.summary!;
    assert.ok(summary.length <= 201 && summary.length > 150, `length ${summary.length}`);
    assert.ok(summary.endsWith('…'));
    const cut = summary.slice(0, -1);
    assert.ok(befriending!.descriptionHtml!.includes(cut.split(' ').slice(-2).join(' ')), 'cut on whole words');
    assert.match(cut, /\w$/);
  });

  it('wraps a plain-text description in escaped paragraphs, so line breaks survive', () => {
    assert.ok(befriending!.descriptionHtml!.startsWith('<p>Our volunteers visit'));
    assert.ok(befriending!.descriptionHtml!.endsWith('<p>Get in touch to find out more.</p>'));
  });

  it('strips HTML from names, which are shown as text', () => {
    assert.equal(shed!.name, "Men's Shed & Workshop");
  });

  it('handles odd HTML without a DOM', () => {
    assert.equal(htmlToText('a<br/>b<!-- hidden -->c &lt;3 &unknown; &#0; 5 < 6'), 'a bc <3 &unknown; \uFFFD 5 < 6');
    assert.equal(htmlToText('<style>p{}</style><p title="a > b">x</p>'), 'x');
    assert.equal(summarize('short'), 'short');
  });
});
