-- Gateway names are unique ignoring case. AgentCore derives a gateway's id from its lower-cased name
-- plus ten random characters, and a managed execution role trusts "gateway/<lower-cased name>-??????????"
-- (it must hold before the gateway exists): "Pay" and "pay" would both match it. The index keeps the
-- constraint's name, which the API maps to 409 NAME_TAKEN.
alter table gateways drop constraint gateways_name_unique;
create unique index gateways_name_unique on gateways (lower(name));
