-- Call-back requests: the same shape as bot_state, in their own table. Neither state sweep touches it:
-- CallbackRetentionService deletes only requests that reached the clinic (delivered or handled), and
-- erasure deletes a user's requests through their index keys (docs/call-back-requests.md).
CREATE TABLE IF NOT EXISTS callback_requests (
    key        text        NOT NULL PRIMARY KEY,
    json       text        NOT NULL,
    etag       text        NOT NULL,
    updated_at timestamptz NOT NULL
);
