package dev.moodhoodkit.server.users;

import dev.moodhoodkit.server.auth.UserDirectory;
import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.Rows;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Repository;

/** User accounts. Passwords are kept as BCrypt hashes; emails are compared without case. */
@Repository
public class UserAccounts implements UserDirectory {

    /** A user as stored, without the password hash. */
    public record UserAccount(
            String id,
            String email,
            String username,
            String phone,
            String defaultSpaceId,
            String defaultRoomId,
            OffsetDateTime createdAt) {}

    private static final String COLUMNS = Rows.columns(UserAccount.class, "u");

    private final JdbcClient jdbc;
    private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder();
    // Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
    private final String decoyHash = passwords.encode(Ids.randomAlphanumeric(20));

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<String> authenticate(String email, String password) {
        var row = jdbc.sql("SELECT id, password_hash FROM users WHERE email = ?")
                .param(normaliseEmail(email))
                .query((rs, n) -> new String[] {rs.getString("id"), rs.getString("password_hash")})
                .optional();
        if (row.isEmpty()) {
            passwords.matches(password, decoyHash);
            return Optional.empty();
        }
        return passwords.matches(password, row.get()[1]) ? Optional.of(row.get()[0]) : Optional.empty();
    }

    @Override
    public boolean exists(String id) {
        return Rows.any(jdbc, "SELECT COUNT(*) FROM users WHERE id = ?", id);
    }

    public boolean emailTaken(String email) {
        return Rows.any(jdbc, "SELECT COUNT(*) FROM users WHERE email = ?", normaliseEmail(email));
    }

    public Optional<UserAccount> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users u WHERE u.id = ?")
                .param(id)
                .query(Rows.of(UserAccount.class))
                .optional();
    }

    /** Stores a new user; the database's unique email constraint is the final word on duplicates. */
    public String insert(
            String email, String username, String password, String phone, String createdByClient, OffsetDateTime now) {
        String id = Ids.newId();
        jdbc.sql("""
                INSERT INTO users (id, email, username, password_hash, phone, created_by_client, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, normaliseEmail(email), username, passwords.encode(password), phone, createdByClient, now)
                .update();
        return id;
    }

    public void setMeetingRoom(String userId, String spaceId, String roomId) {
        jdbc.sql("UPDATE users SET default_space_id = ?, default_room_id = ? WHERE id = ?")
                .params(spaceId, roomId, userId)
                .update();
    }

    /** Clears the default meeting room of every user whose room was in a space being deleted. */
    public void forgetMeetingRoomsInSpace(String spaceId) {
        jdbc.sql("UPDATE users SET default_space_id = NULL, default_room_id = NULL WHERE default_space_id = ?")
                .param(spaceId)
                .update();
    }

    /** Clears the default meeting room of every user whose room is being deleted. */
    public void forgetMeetingRoom(String roomId) {
        jdbc.sql("UPDATE users SET default_space_id = NULL, default_room_id = NULL WHERE default_room_id = ?")
                .param(roomId)
                .update();
    }
}
