#!/usr/bin/env bash
# The README's copy-and-run example, run the way a newcomer runs it: the first ```java block of
# client-feign/README.md, copied verbatim into a new Maven project whose only dependency is the
# installed dev.moodhoodkit:client-feign:0.1.0-SNAPSHOT, run against the reference server
# (server-stubs' runnable jar, started here on a free port with its defaults: the demo client
# kit-demo and an H2 file database in a temporary folder).
#
#   bash client-feign/src/test/readme-example/run.sh      (from anywhere; about 1-2 minutes)
#
# Environment:
#   MOODHOOD_README_ONLINE=1  let Maven download what is missing (default: offline, -o)
#   MOODHOOD_README_KEEP=1    keep the temporary folder (project, server log) for a look
#
# What this script installs goes to a private local repository in the temporary folder, with
# ~/.m2/repository behind it read-only (Maven 3.9's maven.repo.local.tail): the example gets the
# artifacts built from this working tree, not whatever another build sharing ~/.m2 installed
# last, and ~/.m2 is left as it was.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
README="$ROOT/client-feign/README.md"
SERVER_JAR="$ROOT/server-stubs/target/server-stubs-0.1.0-SNAPSHOT-exec.jar"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/moodhood-readme-example.XXXXXX")
SERVER_PID=

cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ "${MOODHOOD_README_KEEP:-}" == 1 ]]; then
        echo "Kept $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

say() {
    echo
    echo "=== $*"
}

MVN_ARGS=(-B -Dmaven.repo.local="$WORK/m2" -Dmaven.repo.local.tail="$HOME/.m2/repository")
if [[ "${MOODHOOD_README_ONLINE:-}" != 1 ]]; then
    MVN_ARGS+=(-o)
fi

say "1. Build and install client-feign (and what it needs) into $WORK/m2"
(cd "$ROOT" && ./mvnw "${MVN_ARGS[@]}" -q install -DskipTests -pl client-feign -am)
ls "$WORK/m2/dev/moodhoodkit/client-feign/0.1.0-SNAPSHOT/client-feign-0.1.0-SNAPSHOT.jar" >/dev/null

say "2. A new Maven project with the README's example"
PROJECT="$WORK/quickstart"
mkdir -p "$PROJECT/src/main/java"
# The first ```java block of the README, verbatim.
awk '/^```java$/ && !seen { inside = 1; seen = 1; next } inside && /^```$/ { exit } inside { print }' "$README" \
    > "$PROJECT/src/main/java/QuickStart.java"
if [[ ! -s "$PROJECT/src/main/java/QuickStart.java" ]]; then
    echo "No \`\`\`java block in $README" >&2
    exit 1
fi
CLASS=$(sed -n 's/^public class \([A-Za-z0-9_]*\).*/\1/p' "$PROJECT/src/main/java/QuickStart.java")
[[ "$CLASS" == QuickStart ]] || { echo "The README's example is class '$CLASS', expected QuickStart" >&2; exit 1; }
cat > "$PROJECT/pom.xml" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
    <modelVersion>4.0.0</modelVersion>
    <groupId>com.example</groupId>
    <artifactId>moodhood-quickstart</artifactId>
    <version>1.0-SNAPSHOT</version>

    <properties>
        <maven.compiler.release>17</maven.compiler.release>
        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    </properties>

    <dependencies>
        <dependency>
            <groupId>dev.moodhoodkit</groupId>
            <artifactId>client-feign</artifactId>
            <version>0.1.0-SNAPSHOT</version>
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
            </plugins>
        </pluginManagement>
    </build>
</project>
POM
(cd "$PROJECT" && "$ROOT/mvnw" "${MVN_ARGS[@]}" -q compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.outputFile=classpath.txt)
echo "Compiled; runtime classpath: $(tr ':' '\n' < "$PROJECT/classpath.txt" | sed 's|.*/||' | tr '\n' ' ')"

say "3. The reference server on a free port"
source "$ROOT/.ci/reference-server.sh"
start_reference_server "$SERVER_JAR" "$WORK/server" 18100 900

say "4. Run the example against it"
if ! OUTPUT=$(cd "$PROJECT" && java -cp "target/classes:$(cat classpath.txt)" QuickStart "http://127.0.0.1:$PORT/v1" 2>"$WORK/example.err"); then
    echo "$OUTPUT"
    echo "FAILED: the example ended with an error:" >&2
    cat "$WORK/example.err" >&2
    exit 1
fi
echo "$OUTPUT"
if [[ -s "$WORK/example.err" ]]; then
    echo "--- the example's stderr:"
    cat "$WORK/example.err"
fi

say "5. Check what it printed"
if [[ "$OUTPUT" =~ ^Room\ [0-9a-f]{24},\ link\ alias\ [A-Za-z0-9]{10}$ ]]; then
    echo "OK: the README example runs against the reference server."
else
    echo "FAILED: expected one line 'Room <24 hex>, link alias <10 letters or digits>'" >&2
    exit 1
fi
