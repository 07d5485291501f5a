-- Runs once, on first start of an empty postgres volume (docker-entrypoint-initdb.d).
-- tenantry: Tenantry's control database (runs, locks, history).
-- The other three are the demo platforms' own databases (see examples/tenantry.config.json).
CREATE DATABASE tenantry;
CREATE DATABASE isp_framework;
CREATE DATABASE management_platform;
CREATE DATABASE billing;
