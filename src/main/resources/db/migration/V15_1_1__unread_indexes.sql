-- Indexes nothing reads, which every accepted change wrote to (issue #27):
-- the provisioner's queue never enables db-scheduler's priorities, so it never reads their index, while every queued,
-- picked and rescheduled reconcile wrote to it;
drop index if exists priority_execution_time_idx;
-- a team's events are read in stream order (resource_events_team_position: team, tx, id) and a resource's history by
-- its scope (resource_events_scope_newest); nothing reads them by team and id alone.
drop index if exists resource_events_team_order;
