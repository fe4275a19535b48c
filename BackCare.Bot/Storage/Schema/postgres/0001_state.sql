-- Bot state: one JSON document per key, with an eTag for optimistic concurrency.
-- json is text, not jsonb: jsonb reorders keys and drops whitespace, and the contract
-- promises that a document reads back exactly as it was written.
CREATE TABLE IF NOT EXISTS bot_state (
    key        text        NOT NULL PRIMARY KEY,
    json       text        NOT NULL,
    etag       text        NOT NULL,
    updated_at timestamptz NOT NULL  -- for retention
);
CREATE INDEX IF NOT EXISTS ix_bot_state_updated_at ON bot_state (updated_at);
