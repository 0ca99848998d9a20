#!/usr/bin/env bash
# A consumer project written from the docs, built from the published artifacts only: a new Maven
# project whose test sources are the Java blocks of the docs marked `<!-- consumer-example: X.java -->`
# (docs/contract-testing.md: a @MoodhoodStubs test that gets a ValidationException for a bad body
# and an AuthenticationException for a missing token from the stubs; docs/feign-client.md: 250
# rooms listed over pages against the reference server), and whose only dependencies are
# dev.moodhoodkit:stubs-junit (with client-feign and the stubs jar behind it) and JUnit.
#
#   bash stubs-junit/src/test/consumer-project/run.sh      (from anywhere; a few minutes)
#
# Environment:
#   MOODHOOD_PUBLISH_REPO   the Maven file repository (Maven layout) holding the kit's published
#                           artifacts; default <repository root>/target/publish-repo. When it has
#                           no stubs-junit yet, this script deploys every module there first
#                           (./mvnw deploy -DaltDeploymentRepository=...).
#   MOODHOOD_CONSUMER_ONLINE=1  let Maven download what is missing (default: offline, -o, with
#                           file:// repositories still allowed)
#   MOODHOOD_CONSUMER_KEEP=1    keep the temporary folder (project, server log) for a look
#
# Third-party artifacts come from the build's local repository, read-only (maven.repo.local.tail); the kit's
# own are resolved from the publish repository into a private local repository, and the script
# checks that they were.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
REPO=${MOODHOOD_PUBLISH_REPO:-$ROOT/target/publish-repo}
VERSION=0.1.0-SNAPSHOT
SERVER_JAR="$ROOT/server-stubs/target/server-stubs-$VERSION-exec.jar"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/moodhood-consumer-project.XXXXXX")
source "$ROOT/.ci/reference-server.sh"
clean_up_on_exit "$WORK" MOODHOOD_CONSUMER_KEEP
build_local_repository "$ROOT"

# The build's repository behind the project's, read-only, without the kit's own artifacts (a
# deploy installs them there too): those must come from the publish repository.
TAIL="$WORK/third-party-m2"
mkdir -p "$TAIL/dev"
for entry in "$BUILD_REPO"/*; do
    [[ "$(basename "$entry")" == dev ]] || ln -s "$entry" "$TAIL/"
done
for entry in "$BUILD_REPO"/dev/*; do
    [[ -e "$entry" && "$(basename "$entry")" != moodhoodkit ]] && ln -s "$entry" "$TAIL/dev/"
done
MVN_ARGS=(-B -Dmaven.repo.local.tail="$TAIL")
if [[ "${MOODHOOD_CONSUMER_ONLINE:-}" != 1 ]]; then
    # Offline, except for file:// repositories: the publish repository is one.
    MVN_ARGS+=(-o -Daether.offline.protocols=file)
fi

say "1. The published artifacts in $REPO"
if [[ ! -d "$REPO/dev/moodhoodkit/stubs-junit/$VERSION" ]]; then
    echo "No stubs-junit there yet: deploying every module (tests skipped; CI runs them in its own step)"
    mkdir -p "$REPO"
    # Not offline: the deploy plugin refuses to run offline, even to a file:// repository.
    (cd "$ROOT" && ./mvnw -B -Dmaven.repo.local.tail="$BUILD_REPO" -Dmaven.repo.local="$WORK/m2-build" \
        deploy -DskipTests -DaltDeploymentRepository="publish::file://$REPO")
fi
for artifact in stubs-junit client-feign contract-tests; do
    ls "$REPO/dev/moodhoodkit/$artifact/$VERSION/"*.jar >/dev/null
done
echo "OK: stubs-junit, client-feign and contract-tests (stubs) are published"

say "2. A new Maven project with the docs' examples"
PROJECT="$WORK/consumer"
mkdir -p "$PROJECT/src/test/java"
extract() { # <doc> <file name>: the ```java block after the marker, verbatim
    awk -v marker="<!-- consumer-example: $2 -->" '
        $0 == marker { armed = 1; next }
        armed && /^```java$/ { inside = 1; armed = 0; next }
        inside && /^```$/ { exit }
        inside { print }' "$1" > "$PROJECT/src/test/java/$2"
    [[ -s "$PROJECT/src/test/java/$2" ]] || { echo "No block marked $2 in $1" >&2; exit 1; }
    echo "$2 from ${1#"$ROOT"/}"
}
extract "$ROOT/docs/contract-testing.md" SpacesStubsTest.java
extract "$ROOT/docs/feign-client.md" RoomsPagingTest.java
cat > "$PROJECT/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
    <modelVersion>4.0.0</modelVersion>
    <groupId>com.example</groupId>
    <artifactId>moodhood-consumer</artifactId>
    <version>1.0-SNAPSHOT</version>

    <properties>
        <maven.compiler.release>17</maven.compiler.release>
        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    </properties>

    <repositories>
        <repository>
            <id>moodhood-kit</id>
            <url>file://$REPO</url>
            <snapshots>
                <updatePolicy>always</updatePolicy>
            </snapshots>
        </repository>
    </repositories>

    <dependencies>
        <dependency>
            <groupId>dev.moodhoodkit</groupId>
            <artifactId>stubs-junit</artifactId>
            <version>$VERSION</version>
            <scope>test</scope>
        </dependency>
        <dependency>
            <groupId>org.junit.jupiter</groupId>
            <artifactId>junit-jupiter</artifactId>
            <version>6.0.3</version>
            <scope>test</scope>
        </dependency>
    </dependencies>

    <build>
        <pluginManagement>
            <plugins>
                <plugin>
                    <groupId>org.apache.maven.plugins</groupId>
                    <artifactId>maven-compiler-plugin</artifactId>
                    <version>3.14.1</version>
                </plugin>
                <plugin>
                    <groupId>org.apache.maven.plugins</groupId>
                    <artifactId>maven-resources-plugin</artifactId>
                    <version>3.3.1</version>
                </plugin>
                <plugin>
                    <groupId>org.apache.maven.plugins</groupId>
                    <artifactId>maven-surefire-plugin</artifactId>
                    <version>3.5.6</version>
                </plugin>
            </plugins>
        </pluginManagement>
    </build>
</project>
POM

say "3. The reference server on a free port"
start_reference_server "$SERVER_JAR" "$WORK/server" 18600 100

say "4. mvn test in the consumer project"
(cd "$PROJECT" && MOODHOOD_BASE_URL="http://127.0.0.1:$PORT/v1" "$ROOT/mvnw" "${MVN_ARGS[@]}" \
    -Dmaven.repo.local="$WORK/m2" -U test)

say "5. Check what ran and where the kit came from"
REPORTS="$PROJECT/target/surefire-reports"
for test in SpacesStubsTest RoomsPagingTest; do
    grep -q 'failures="0"' "$REPORTS/TEST-$test.xml" && grep -q 'errors="0"' "$REPORTS/TEST-$test.xml" \
        || { echo "FAILED: $test" >&2; exit 1; }
done
for artifact in stubs-junit client-feign contract-tests; do
    ls "$WORK/m2/dev/moodhoodkit/$artifact/$VERSION/"*.jar >/dev/null 2>&1 \
        || { echo "FAILED: $artifact was not resolved from $REPO" >&2; exit 1; }
done
echo "OK: the consumer project's tests pass with the kit from $REPO."
