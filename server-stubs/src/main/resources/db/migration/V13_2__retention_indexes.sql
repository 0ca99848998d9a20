-- What retention.Pruning looks through: refresh tokens by expiry, finished deliveries by age.
CREATE INDEX refresh_tokens_expiry ON refresh_tokens (expires_at);
CREATE INDEX webhook_deliveries_age ON webhook_deliveries (state, created_at);
