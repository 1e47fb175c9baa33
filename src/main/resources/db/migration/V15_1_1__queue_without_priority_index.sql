-- The provisioner's queue does not use db-scheduler's priorities (it never enables them), so nothing reads this index,
-- while every queued, picked and rescheduled reconcile wrote to it: a third of the queue's index writes (issue #27).
drop index if exists priority_execution_time_idx;
