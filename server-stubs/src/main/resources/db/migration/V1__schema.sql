-- The reference server's schema. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
-- Ids are 24 lower-case hex characters; times are UTC instants.

CREATE TABLE signing_keys (
    id          VARCHAR(24)  PRIMARY KEY,
    secret      VARCHAR(128) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE users (
    id                VARCHAR(24)  PRIMARY KEY,
    email             VARCHAR(254) NOT NULL,
    username          VARCHAR(64)  NOT NULL,
    password_hash     VARCHAR(100) NOT NULL,
    phone             VARCHAR(16),
    created_by_client VARCHAR(24),
    default_space_id  VARCHAR(24),
    default_room_id   VARCHAR(24),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_email_unique UNIQUE (email)
);

-- An integrating application. secret_hash is SHA-256 of a high-entropy secret (not a password).
CREATE TABLE clients (
    id            VARCHAR(24) PRIMARY KEY,
    client_id     VARCHAR(64) NOT NULL,
    secret_hash   VARCHAR(64) NOT NULL,
    owner_user_id VARCHAR(24) REFERENCES users (id) ON DELETE CASCADE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT clients_client_id_unique UNIQUE (client_id),
    CONSTRAINT clients_owner_unique UNIQUE (owner_user_id)
);

-- Every refresh token ever issued: each works once; reuse revokes its family.
CREATE TABLE refresh_tokens (
    jti          VARCHAR(24) PRIMARY KEY,
    family_id    VARCHAR(24) NOT NULL,
    client_pk    VARCHAR(24) NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    audience     VARCHAR(16) NOT NULL,
    subject      VARCHAR(24) NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    revoked      BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

CREATE TABLE personal_tokens (
    id           VARCHAR(24) PRIMARY KEY,
    user_id      VARCHAR(24) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT personal_tokens_hash_unique UNIQUE (token_hash)
);
CREATE INDEX personal_tokens_user ON personal_tokens (user_id, created_at);

CREATE TABLE spaces (
    id          VARCHAR(24)   PRIMARY KEY,
    owner_id    VARCHAR(24)   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name        VARCHAR(100)  NOT NULL,
    description VARCHAR(1000),
    logo        VARCHAR(2048),
    is_public   BOOLEAN       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX spaces_owner ON spaces (owner_id, created_at);

-- Space roles of users other than the owner (role_space_moderator, role_space_user).
CREATE TABLE space_members (
    space_id   VARCHAR(24) NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    user_id    VARCHAR(24) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       VARCHAR(32) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (space_id, user_id)
);
CREATE INDEX space_members_user ON space_members (user_id);

CREATE TABLE rooms (
    id                               VARCHAR(24)  PRIMARY KEY,
    space_id                         VARCHAR(24)  NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    owner_id                         VARCHAR(24)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    alias                            VARCHAR(10)  NOT NULL,
    channel_id                       VARCHAR(24)  NOT NULL,
    name                             VARCHAR(100) NOT NULL,
    type                             VARCHAR(16)  NOT NULL,
    is_public                        BOOLEAN NOT NULL,
    is_screensharing_allowed         BOOLEAN NOT NULL,
    is_chat_allowed                  BOOLEAN NOT NULL,
    is_record_allowed                BOOLEAN NOT NULL,
    is_auto_recording_allowed        BOOLEAN NOT NULL,
    is_microphone_publishing_allowed BOOLEAN NOT NULL,
    is_camera_publishing_allowed     BOOLEAN NOT NULL,
    is_screen_media_publishing_allowed BOOLEAN NOT NULL,
    is_avatars_allowed               BOOLEAN NOT NULL,
    is_self_renaming_allowed         BOOLEAN NOT NULL,
    is_hand_raising_allowed          BOOLEAN NOT NULL,
    is_remote_drawing_allowed        BOOLEAN NOT NULL,
    waiting_room_audience            VARCHAR(16) NOT NULL,
    redirect_url                     VARCHAR(2048),
    created_at                       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_call_at                     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT rooms_alias_unique UNIQUE (alias)
);
CREATE INDEX rooms_space ON rooms (space_id, created_at);

-- Room roles (role_room_user, role_room_moderator); the owner is rooms.owner_id.
CREATE TABLE room_roles (
    room_id    VARCHAR(24) NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    user_id    VARCHAR(24) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       VARCHAR(32) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (room_id, user_id)
);

-- Single use: activation is one conditional UPDATE ... WHERE activated_at IS NULL.
CREATE TABLE invites (
    id           VARCHAR(24) PRIMARY KEY,
    space_id     VARCHAR(24) NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    role         VARCHAR(32) NOT NULL,
    created_by   VARCHAR(24) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    activated_by VARCHAR(24),
    activated_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX invites_space ON invites (space_id, created_at);

-- Guest links from generate-access. One-time links are used by one conditional UPDATE.
CREATE TABLE guest_links (
    id                  VARCHAR(24)  PRIMARY KEY,
    room_id             VARCHAR(24)  NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    space_id            VARCHAR(24)  NOT NULL,
    username            VARCHAR(64)  NOT NULL,
    role                VARCHAR(16)  NOT NULL,
    external_user_id    VARCHAR(128),
    external_meeting_id VARCHAR(128),
    email               VARCHAR(254),
    phone               VARCHAR(16),
    is_permanent        BOOLEAN NOT NULL,
    created_by          VARCHAR(24) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at             TIMESTAMP WITH TIME ZONE
);

CREATE TABLE calls (
    id                 VARCHAR(24) PRIMARY KEY,
    room_id            VARCHAR(24) NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    space_id           VARCHAR(24) NOT NULL,
    room_type          VARCHAR(16) NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at        TIMESTAMP WITH TIME ZONE,
    last_activity_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX calls_room ON calls (room_id, started_at);
CREATE INDEX calls_space ON calls (space_id, started_at);

-- Who registered a participant: a user, a client or a guest link (caller_kind, caller_id).
CREATE TABLE participants (
    id               VARCHAR(24) PRIMARY KEY,
    space_id         VARCHAR(24) NOT NULL,
    room_id          VARCHAR(24) NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    caller_kind      VARCHAR(16) NOT NULL,
    caller_id        VARCHAR(24) NOT NULL,
    user_id          VARCHAR(24),
    name             VARCHAR(64) NOT NULL,
    role             VARCHAR(16) NOT NULL,
    client_unique_id VARCHAR(128),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each stay of a participant in a call (a rejoin is a new row).
CREATE TABLE call_presences (
    id             VARCHAR(24) PRIMARY KEY,
    call_id        VARCHAR(24) NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    participant_id VARCHAR(24) NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    joined_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX call_presences_call ON call_presences (call_id, joined_at);
CREATE INDEX call_presences_participant ON call_presences (participant_id);

CREATE TABLE records (
    id          VARCHAR(24)  PRIMARY KEY,
    room_id     VARCHAR(24)  NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    space_id    VARCHAR(24)  NOT NULL,
    call_id     VARCHAR(24)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    file_size   BIGINT NOT NULL,
    state       VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX records_room ON records (room_id, created_at);

CREATE TABLE webhooks (
    space_id   VARCHAR(24)   PRIMARY KEY REFERENCES spaces (id) ON DELETE CASCADE,
    url        VARCHAR(2048) NOT NULL,
    secret     VARCHAR(32)   NOT NULL,
    is_active  BOOLEAN       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The transactional outbox of webhook events, written in the event's own transaction.
CREATE TABLE webhook_deliveries (
    id              VARCHAR(24)  PRIMARY KEY,
    space_id        VARCHAR(24)  NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    event_name      VARCHAR(32)  NOT NULL,
    room_id         VARCHAR(24)  NOT NULL,
    record_id       VARCHAR(24),
    state           VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    last_status     INTEGER,
    last_error      VARCHAR(1024),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX webhook_deliveries_space ON webhook_deliveries (space_id, created_at);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
