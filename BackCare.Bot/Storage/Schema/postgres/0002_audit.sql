-- Symptom-check audit trail: the same shape as bot_state, in its own table so the state retention
-- sweep never touches it; it has its own retention (Audit:Retention) and erasure (by conversation hash).
CREATE TABLE IF NOT EXISTS symptom_check_audit (
    key        text        NOT NULL PRIMARY KEY,
    json       text        NOT NULL,
    etag       text        NOT NULL,
    updated_at timestamptz NOT NULL  -- for retention
);
CREATE INDEX IF NOT EXISTS ix_symptom_check_audit_updated_at ON symptom_check_audit (updated_at);
