-- Symptom-check audit trail: the same shape as bot_state, in its own table so the state retention
-- sweep never touches it; it has its own retention (Audit:Retention) and erasure (by conversation hash).
CREATE TABLE IF NOT EXISTS symptom_check_audit (
    key        TEXT    NOT NULL PRIMARY KEY,
    json       TEXT    NOT NULL,
    etag       TEXT    NOT NULL,
    updated_at INTEGER NOT NULL  -- Unix milliseconds, for retention
);
CREATE INDEX IF NOT EXISTS ix_symptom_check_audit_updated_at ON symptom_check_audit (updated_at);
