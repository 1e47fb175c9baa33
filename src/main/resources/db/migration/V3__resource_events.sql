-- One history table for every managed resource (gateways and targets today; policy engines, managed
-- identity providers and more later). scope_id is the history an event belongs to (a gateway's history
-- holds its targets' events); team lets a team's events be read or streamed without joins.
alter table gateway_events rename to resource_events;
alter table resource_events rename column gateway_id to scope_id;
alter table resource_events add column team text;
update resource_events e set team = g.team from gateways g where g.id = e.scope_id;
update resource_events set team = '' where team is null;
alter table resource_events alter column team set not null;
alter index gateway_events_gateway_newest rename to resource_events_scope_newest;
create index resource_events_team_order on resource_events (team, id);
