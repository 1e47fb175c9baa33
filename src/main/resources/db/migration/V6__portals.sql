-- Portals: the live event stream, signed webhooks and the audit trail.

-- The writing transaction of each event. Identity ids are handed out at insert time but become visible at
-- commit, so id order is not commit order: a reader that remembered "the last id I saw" would skip an event
-- whose transaction took longer. Readers instead take events in (tx, id) order, and only those whose
-- transaction is older than every transaction still running (tx < pg_snapshot_xmin(pg_current_snapshot())):
-- nothing can later commit before such a position, so a reader that resumes from it loses and repeats nothing.
-- Rows written before this migration share tx 0 and keep their id order.
alter table resource_events add column tx xid8 not null default '0';
alter table resource_events alter column tx set default pg_current_xact_id();
create index resource_events_position on resource_events (tx, id);
create index resource_events_team_position on resource_events (team, tx, id);

create table webhooks (
    id               uuid primary key,
    team             text        not null,
    url              text        not null,
    description      text,
    event_types      text[]      not null default '{}',
    -- the signing secret, AES-GCM encrypted with controlplane.webhooks.encryption-key (nonce || ciphertext)
    secret           bytea       not null,
    enabled          boolean     not null,
    disabled_reason  text,
    failing_since    timestamptz,
    version          integer     not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    created_by       text        not null
);

create index webhooks_team_order on webhooks (team, id);

-- One row per delivery attempt of one event to one webhook.
create table webhook_deliveries (
    id           bigint generated always as identity primary key,
    webhook_id   uuid        not null references webhooks (id) on delete cascade,
    message_id   text        not null,
    event_id     bigint      not null,
    event_type   text        not null,
    attempt      integer     not null,
    at           timestamptz not null,
    status_code  integer,
    duration_ms  integer     not null,
    outcome      text        not null,
    error        text
);

create index webhook_deliveries_newest on webhook_deliveries (webhook_id, id desc);

-- How far the webhook fan-out has read the event history, in the stream's (tx, id) order; one row.
create table webhook_fanout (
    singleton boolean primary key default true check (singleton),
    tx        xid8    not null,
    event_id  bigint  not null
);

insert into webhook_fanout (tx, event_id) select '0', coalesce(max(id), 0) from resource_events;

create table audit_records (
    id              bigint generated always as identity primary key,
    at              timestamptz not null,
    team            text,
    actor_subject   text        not null,
    actor_client_id text,
    actor_team      text,
    actor_admin     boolean     not null,
    request_id      text,
    action          text        not null,
    resource_type   text        not null,
    resource_id     uuid,
    patch           jsonb       not null,
    outcome         text
);

create index audit_records_team_newest on audit_records (team, id desc);
create index audit_records_actor_newest on audit_records (actor_subject, id desc);
create index audit_records_resource_newest on audit_records (resource_id, id desc);
create index audit_records_at on audit_records (at);
