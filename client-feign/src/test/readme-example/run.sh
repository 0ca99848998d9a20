#!/usr/bin/env bash
# The README's copy-and-run example, run the way a newcomer runs it: the first ```java block of
# client-feign/README.md and its consumer pom.xml (the first ```xml block that is a <project>),
# copied verbatim into a new Maven project whose only dependency is the installed
# dev.moodhoodkit:client-feign:0.1.0-SNAPSHOT, built with the wrapper's Maven 3.9 and with
# Maven 3.8.8, and run against the reference server (server-stubs' runnable jar, started here on
# a free port with its defaults: the demo client kit-demo and an H2 file database in a
# temporary folder).
#
#   bash client-feign/src/test/readme-example/run.sh [maven options]   (from anywhere; 1-3 minutes)
#
# Maven options given (e.g. -Dmaven.repo.local=/ci/cache/m2) are those the build used; the
# local repository is the one Maven resolves with them (settings.xml, MAVEN_OPTS, MAVEN_ARGS,
# .mvn/maven.config, or that option), so a CI cache works as well as ~/.m2/repository.
#
# Environment:
#   MOODHOOD_README_ONLINE=1  let Maven 3.9 download what is missing (default: offline, -o);
#                             Maven 3.8, which cannot read the build's repository behind its
#                             own, always downloads what it needs from Maven Central
#   MOODHOOD_README_KEEP=1    keep the temporary folder (project, server log) for a look
#
# What this script installs goes to a private local repository in the temporary folder, with
# the build's local repository behind it read-only (Maven 3.9's maven.repo.local.tail): the
# example gets the artifacts built from this working tree, not whatever another build sharing
# that repository installed last, and it is left as it was.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
README="$ROOT/client-feign/README.md"
SERVER_JAR="$ROOT/server-stubs/target/server-stubs-0.1.0-SNAPSHOT-exec.jar"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/moodhood-readme-example.XXXXXX")
source "$ROOT/.ci/reference-server.sh"
clean_up_on_exit "$WORK" MOODHOOD_README_KEEP

build_local_repository "$ROOT" "$@"

MVN_ARGS=(-B -Dmaven.repo.local="$WORK/m2" -Dmaven.repo.local.tail="$BUILD_REPO")
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
# The README's consumer pom.xml, verbatim.
awk '/^```xml$/ { inside = 1; block = ""; next } inside && /^```$/ { inside = 0; if (block ~ /<project/) { printf "%s", block; exit } next }
     inside { block = block $0 "\n" }' "$README" > "$PROJECT/pom.xml"
grep -q '<artifactId>client-feign</artifactId>' "$PROJECT/pom.xml" \
    || { echo "No consumer pom.xml (an \`\`\`xml block with <project>) in $README" >&2; exit 1; }
(cd "$PROJECT" && "$ROOT/mvnw" "${MVN_ARGS[@]}" -q compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.outputFile=classpath.txt)
echo "Compiled with Maven 3.9; runtime classpath: $(tr ':' '\n' < "$PROJECT/classpath.txt" | sed 's|.*/||' | tr '\n' ' ')"

say "2b. The same project with Maven 3.8.8"
# From Maven Central, fetched by the wrapper's Maven (from the build's repository if it is there).
(cd "$ROOT" && ./mvnw -B -q -Dmaven.repo.local="$BUILD_REPO" org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy \
    -Dartifact=org.apache.maven:apache-maven:3.8.8:tar.gz:bin -DoutputDirectory="$WORK")
tar -xzf "$WORK/apache-maven-3.8.8-bin.tar.gz" -C "$WORK"
# Maven 3.8 has no repository tail: client-feign comes from the private repository step 1
# installed to, the rest from Maven Central.
(cd "$PROJECT" && "$WORK/apache-maven-3.8.8/bin/mvn" -B -q -Dmaven.repo.local="$WORK/m2" clean compile)
"$WORK/apache-maven-3.8.8/bin/mvn" -v | head -1

say "3. The reference server on a free port"
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
