-- Webhook delivery claims: the dispatcher stamps claimed_until (a lease) and a token per claim,
-- and writes an attempt's outcome only where its token still stands (webhooks.WebHookDeliveries).
ALTER TABLE webhook_deliveries ADD COLUMN claim_token VARCHAR(24);

-- Calls still open, by last join or leave: what the idle-call check looks through.
CREATE INDEX calls_open_by_activity ON calls (finished_at, last_activity_at);
