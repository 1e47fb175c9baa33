-- What an audited action asked for, beyond a spec patch (a token request: client id, scopes, audience);
-- never a secret or a token. Null for changes.
alter table audit_records add column details jsonb;
