# shellcheck shell=bash
# Starts the reference server's runnable jar for a script that tries the kit as a user would
# (client-feign/src/test/readme-example/run.sh, stubs-junit/src/test/consumer-project/run.sh).
#
#   source .ci/reference-server.sh
#   start_reference_server <server jar> <work dir> <first port> <ports>   # sets PORT, SERVER_PID
#
# The server runs with its defaults (the demo client kit-demo, an H2 file database) in
# <work dir>, on a free port of 127.0.0.1 among <ports> from <first port>, logging to
# <work dir>/server.log; the caller stops it (kill "$SERVER_PID").
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
