/** Editors (staff who may write for one organisation), their access tokens and failed sign-ins. */
import type { CatalogueDb } from '../db/open-database.js';
import { statementsOf, type Prepare } from '../db/statements.js';
import { hashToken, newToken } from '../domain/tokens.js';

export interface Editor {
  pk: number;
  email: string;
  organizationId: string;
  passwordHash: string;
}

export interface TokenOwner {
  editorPk: number;
  email: string;
  organizationId: string;
}

export class AccountStore {
  private readonly sql: Prepare;

  constructor(db: CatalogueDb) {
    this.sql = statementsOf(db);
  }

  addEditor(email: string, organizationId: string, passwordHash: string): void {
    this.sql('INSERT INTO editors (email, organization_id, password_hash, created_at) VALUES (?, ?, ?, ?)').run(
      email.trim().toLowerCase(),
      organizationId,
      passwordHash,
      new Date().toISOString(),
    );
  }

  setPassword(email: string, passwordHash: string): boolean {
    return (
      this.sql('UPDATE editors SET password_hash = ? WHERE email = ?').run(passwordHash, email.trim()).changes === 1
    );
  }

  findEditor(email: string): Editor | undefined {
    const r = this.sql('SELECT pk, email, organization_id, password_hash FROM editors WHERE email = ?').get(
      email.trim(),
    ) as { pk: number; email: string; organization_id: string; password_hash: string } | undefined;
    return r
      ? { pk: r.pk, email: r.email, organizationId: r.organization_id, passwordHash: r.password_hash }
      : undefined;
  }

  /** Issues a token and returns it; only its hash is stored. */
  issueToken(editor: Editor, ttlSeconds: number, now = Date.now()): { token: string; expiresAt: number } {
    const token = newToken();
    const expiresAt = now + ttlSeconds * 1000;
    this.sql('DELETE FROM access_tokens WHERE expires_at <= ?').run(now);
    this.sql('INSERT INTO access_tokens (token_hash, editor_pk, organization_id, expires_at) VALUES (?, ?, ?, ?)').run(
      hashToken(token),
      editor.pk,
      editor.organizationId,
      expiresAt,
    );
    return { token, expiresAt };
  }

  /** The token's owner, or undefined when the token is unknown or has expired. */
  verifyToken(token: string, now = Date.now()): TokenOwner | undefined {
    const r = this.sql(
      `SELECT t.editor_pk, t.organization_id, t.expires_at, e.email FROM access_tokens t
         JOIN editors e ON e.pk = t.editor_pk WHERE t.token_hash = ?`,
    ).get(hashToken(token)) as
      { editor_pk: number; organization_id: string; expires_at: number; email: string } | undefined;
    if (!r || r.expires_at <= now) return undefined;
    return { editorPk: r.editor_pk, email: r.email, organizationId: r.organization_id };
  }

  recordFailure(email: string, now = Date.now()): void {
    this.sql('INSERT INTO sign_in_failures (email, failed_at) VALUES (?, ?)').run(email.trim(), now);
  }

  /** Failed sign-ins for this email since `since` (ms), and when the oldest of them happened. */
  failuresSince(email: string, since: number): { count: number; oldest: number | null } {
    return this.sql(
      'SELECT count(*) AS count, min(failed_at) AS oldest FROM sign_in_failures WHERE email = ? AND failed_at > ?',
    ).get(email.trim(), since) as { count: number; oldest: number | null };
  }

  clearFailures(email: string, before?: number): void {
    if (before === undefined) this.sql('DELETE FROM sign_in_failures WHERE email = ?').run(email.trim());
    else this.sql('DELETE FROM sign_in_failures WHERE failed_at <= ?').run(before);
  }
}
