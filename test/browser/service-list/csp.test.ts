/**
 * The element under a strict Content Security Policy with Trusted Types
 * enforced: `require-trusted-types-for 'script'; script-src 'self';
 * style-src 'self'`, and only the policies it needs allowed by name.
 */
import { expect } from '@open-wc/testing';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  // The policies a page must allow: ours (JSON-LD), Lit's templates, DOMPurify's parsing.
  'trusted-types oruk-elements lit-html dompurify',
].join('; ');

interface Report {
  trustedTypes: boolean;
  title: string | null;
  descriptionItems: string[];
  jsonLd: string[];
  styled: string;
  violations: string[];
  errors: string[];
}

function runInStrictPage(backend: string): Promise<Report> {
  const boot = new URL(`./csp/boot.ts?backend=${backend}`, import.meta.url).pathname + `?backend=${backend}`;
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${CSP}">
    <title>Strict page</title>
    <script type="module" src="${boot}"></script></head>
    <body><oruk-service-list no-history></oruk-service-list></body></html>`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The strict page never reported')), 15000);
    window.addEventListener('message', function onMessage(e: MessageEvent<Report>) {
      if (e.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(e.data);
    });
    document.body.append(frame);
  });
}

describe('<oruk-service-list> under a strict CSP with Trusted Types', () => {
  for (const backend of ['sanitizer-api', 'dompurify']) {
    it(`renders, sanitizes and writes JSON-LD with no violation (${backend})`, async () => {
      const report = await runInStrictPage(backend);
      expect(report.trustedTypes).to.equal(true);
      expect(report.errors).to.deep.equal([]);
      expect(report.violations).to.deep.equal([]);
      expect(report.title).to.equal('Youth drop-in');
      expect(report.descriptionItems).to.deep.equal(['Games', 'Advice']);
      expect(report.jsonLd).to.deep.equal(['Youth drop-in']);
      expect(report.styled).to.equal('solid');
    });
  }
});
