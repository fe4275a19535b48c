-- Bot state: one JSON document per key, with an eTag for optimistic concurrency.
CREATE TABLE IF NOT EXISTS bot_state (
    key        TEXT    NOT NULL PRIMARY KEY,
    json       TEXT    NOT NULL,
    etag       TEXT    NOT NULL,
    updated_at INTEGER NOT NULL  -- Unix milliseconds, for retention
);
CREATE INDEX IF NOT EXISTS ix_bot_state_updated_at ON bot_state (updated_at);
