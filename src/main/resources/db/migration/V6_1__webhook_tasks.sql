-- The webhook deliveries' durable queue: db-scheduler's table layout, a table of its own so that the
-- webhook scheduler and the provisioner's never see (or clean up) each other's work.
create table webhook_tasks (
    task_name            text        not null,
    task_instance        text        not null,
    task_data            bytea,
    execution_time       timestamptz,
    picked               boolean     not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures integer,
    last_heartbeat       timestamptz,
    version              bigint      not null,
    priority             smallint,
    state                text,
    primary key (task_name, task_instance)
);

create index webhook_tasks_execution_time on webhook_tasks (execution_time);
create index webhook_tasks_last_heartbeat on webhook_tasks (last_heartbeat);
create index webhook_tasks_priority_execution_time on webhook_tasks (priority desc, execution_time asc);
