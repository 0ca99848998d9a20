package dev.moodhoodkit.server.ratelimit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses where buckets live and prunes them. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfig {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfig.class);

    @Bean
    Buckets buckets(RateLimitProperties properties, DataSource dataSource) {
        boolean database = switch (properties.store()) {
            case "database" -> true;
            case "memory" -> false;
            default -> onPostgres(dataSource);
        };
        log.info("Rate-limit buckets in {}", database ? "the database (shared by instances)" : "memory");
        return database ? new DatabaseBuckets(dataSource) : new MemoryBuckets();
    }

    @Bean
    BucketPruning bucketPruning(Buckets buckets) {
        return new BucketPruning(buckets, Duration.ofMinutes(1));
    }

    private static boolean onPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the rate limits should use", e);
        }
    }
}
