package dev.moodhoodkit.server.authz;

/** A user's role in a space; the owner's is implicit (spaces.owner_id), the others are stored. */
public enum SpaceRole {
    ROLE_SPACE_OWNER,
    ROLE_SPACE_MODERATOR,
    ROLE_SPACE_USER;

    public boolean managesSpace() {
        return this == ROLE_SPACE_OWNER || this == ROLE_SPACE_MODERATOR;
    }
}
