-- Idempotency keys of writes (vn.danvan.common.idempotency): the first successful answer to a POST or PUT that carried
-- an Idempotency-Key header, per user, so that a replay gets that answer instead of doing the work again.
-- A row is inserted at the start of the request's transaction and completed at its end, in the same transaction as
-- the work: it is committed with the work or not at all, and the primary key makes a concurrent duplicate wait for
-- the first and then find its answer. Rows are kept 7 days (IdempotencyCleanup deletes older ones).
CREATE TABLE idempotency_key (
    username        varchar(255) NOT NULL,
    idempotency_key varchar(100) NOT NULL,
    method          varchar(10)  NOT NULL,
    request_path    text         NOT NULL,
    fingerprint     char(64)     NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    -- null only inside the transaction of the first request; a committed row always has its answer
    status_code     integer,
    response_body   text,
    location        text,
    PRIMARY KEY (username, idempotency_key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
