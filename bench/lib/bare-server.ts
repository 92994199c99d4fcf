/**
 * The catalogue benchmark's baseline: a bare node:http server answering with
 * bytes cached from the real catalogue (same status, headers and body), so the
 * ratio shows what the catalogue's own work costs. GETs are looked up by path
 * and query; every PUT reads its body, then gets the cached PUT answer.
 *
 *   node --import tsx bench/lib/bare-server.ts <answers.json>
 * Prints "listening <port>" once it listens on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

export interface CachedAnswer {
  status: number;
  headers: Record<string, string>;
  /** base64 */
  body: string;
}

export interface CachedAnswers {
  get: Record<string, CachedAnswer>;
  put: CachedAnswer;
}

interface Ready {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function ready(a: CachedAnswer): Ready {
  const body = Buffer.from(a.body, 'base64');
  return { status: a.status, headers: { ...a.headers, 'content-length': String(body.length) }, body };
}

function main(file: string): void {
  const answers = JSON.parse(readFileSync(file, 'utf8')) as CachedAnswers;
  const gets = new Map(Object.entries(answers.get).map(([path, a]) => [path, ready(a)]));
  const put = ready(answers.put);
  const server = createServer((req, res) => {
    if (req.method === 'PUT') {
      req.on('data', () => {});
      req.on('end', () => res.writeHead(put.status, put.headers).end(put.body));
      return;
    }
    const answer = gets.get(req.url ?? '');
    if (!answer) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(answer.status, answer.headers).end(answer.body);
  });
  server.keepAliveTimeout = 72_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

const file = process.argv[2];
if (file) main(file);
