# shellcheck shell=bash
# What the scripts that try the kit as a user would share
# (client-feign/src/test/readme-example/run.sh, stubs-junit/src/test/consumer-project/run.sh):
#
#   source .ci/reference-server.sh
#   say <text>                                    # a step's heading
#   clean_up_on_exit <work dir> <keep variable>   # EXIT trap: stops the server, removes <work dir>
#                                                 # unless the variable named is 1
#   build_local_repository <root> [maven args]    # sets BUILD_REPO: the build's local repository
#   start_reference_server <server jar> <work dir> <first port> <ports>   # sets PORT, SERVER_PID
#
# The server runs with its defaults (the demo client kit-demo, an H2 file database) in
# <work dir>, on a free port of 127.0.0.1 among <ports> from <first port>, logging to
# <work dir>/server.log; the caller stops it (kill "$SERVER_PID").
say() {
    echo
    echo "=== $*"
}

clean_up_on_exit() {
    CLEANUP_DIR=$1
    CLEANUP_KEEP=$2
    SERVER_PID=
    trap clean_up EXIT
}

clean_up() {
    if [[ -n "${SERVER_PID:-}" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ "${!CLEANUP_KEEP:-}" == 1 ]]; then
        echo "Kept $CLEANUP_DIR"
    else
        rm -rf "$CLEANUP_DIR"
    fi
}

# Maven's own answer, with the options given: a CI cache or -Dmaven.repo.local, not only ~/.m2.
build_local_repository() {
    local root=$1
    shift
    BUILD_REPO=$(cd "$root" && ./mvnw -B -q "$@" help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null || true)
    if [[ ! -d "$BUILD_REPO" ]]; then
        echo "Could not ask Maven for its local repository; using ~/.m2/repository" >&2
        BUILD_REPO="$HOME/.m2/repository"
    fi
    echo "The build's local repository: $BUILD_REPO"
}

start_reference_server() {
    local jar=$1 dir=$2 first=$3 count=$4 candidate
    [[ -f "$jar" ]] || { echo "No $jar: build server-stubs first" >&2; return 1; }
    PORT=
    for _ in $(seq 1 50); do
        candidate=$((first + RANDOM % count))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            PORT=$candidate
            break
        fi
    done
    [[ -n "$PORT" ]] || { echo "No free port in $first-$((first + count - 1))" >&2; return 1; }
    mkdir -p "$dir"
    (cd "$dir" && exec java -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 > server.log 2>&1) &
    SERVER_PID=$!
    for _ in $(seq 1 180); do
        if curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then
            curl -fsS "http://127.0.0.1:$PORT/actuator/health"
            echo " (port $PORT, pid $SERVER_PID)"
            return 0
        fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "The server stopped; its log:" >&2
            cat "$dir/server.log" >&2
            return 1
        fi
        sleep 1
    done
    echo "The server did not answer within 180 s" >&2
    return 1
}
