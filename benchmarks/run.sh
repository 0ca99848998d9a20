#!/usr/bin/env bash
# Benchmarks of the reference server and the Feign client, on loopback:
#
#   benchmarks/run.sh [all|load|client|startup|memory|failures|auth]...      (default: all)
#
#   load      wrk against the server's exec jar on H2, then PostgreSQL: /actuator/health (the
#             ceiling), client_credentials tokens, GET room, room create, invite create+activate;
#             throughput, p50/p99, ratio to health, RSS after a minute of load
#   client    JMH: one GET room through the Feign facade vs the JDK HttpClient
#   startup   launch the jar, time to the first 200 of /actuator/health (median of a few runs)
#   memory    RSS after a minute of reads and a minute of writes, JVM defaults and -Xmx256m
#   failures  kill -9 during writes (H2 and PostgreSQL), PostgreSQL restarted under load,
#             1,000 malformed requests
#   auth      (not in all) GET room on H2 with the server's own bearer filter against the same
#             server behind Spring Security's resource server (BENCH_SPRING_SECURITY_JAR, built
#             from benchmarks/variants/spring-security-resource-server.patch), with and without
#             its observations; BENCH_AUTH_ROUNDS (2) alternated rounds of BENCH_AUTH_VARIANTS
#             ("lean spring-security spring-security-no-observations")
#
# Prints the figures and appends them to benchmarks/results/<UTC date>.md. Each figure has the
# machine's load beside it: the 1-minute load average, and the CPU that processes other than the
# server and the load generator used while it was measured ("others", in cores).
#
# Settings (environment): BENCH_PORT (18400), BENCH_WARMUP (60 s per route), BENCH_MEASURE (30 s),
# BENCH_WRK_THREADS (2), BENCH_WRK_CONNECTIONS (32), BENCH_DBS ("h2 postgres"),
# BENCH_STARTUP_RUNS (5), BENCH_MEMORY_OPTS ("-Xmx256m"; variants separated by |),
# BENCH_MEMORY_SECONDS (60), BENCH_JMH_ARGS ("-f 1 -wi 5 -w 4s -i 8 -r 4s"), BENCH_INVITEES (100), BENCH_INVITE_SPACES (600),
# BENCH_SERVER_JAVA_OPTS (none: the JVM's defaults), BENCH_RESULTS (the results file),
# BENCH_SKIP_BUILD=1, BENCH_KEEP=1 (keep the
# work folder with the server logs).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/benchmarks
PORT=${BENCH_PORT:-18400}
WARMUP=${BENCH_WARMUP:-60}
MEASURE=${BENCH_MEASURE:-30}
WRK_THREADS=${BENCH_WRK_THREADS:-2}
WRK_CONNECTIONS=${BENCH_WRK_CONNECTIONS:-32}
DBS=${BENCH_DBS:-"h2 postgres"}
STARTUP_RUNS=${BENCH_STARTUP_RUNS:-5}
INVITEES=${BENCH_INVITEES:-100}
INVITE_SPACES=${BENCH_INVITE_SPACES:-600}
read -r -a SERVER_JAVA_OPTS <<<"${BENCH_SERVER_JAVA_OPTS:-}"
JAR=$ROOT/server-stubs/target/server-stubs-0.1.0-SNAPSHOT-exec.jar
BASE=http://127.0.0.1:$PORT
RESULTS=${BENCH_RESULTS:-$BENCH/results/$(date -u +%F).md}
WORK=$(mktemp -d /tmp/moodhood-bench.XXXXXX)
CLK_TCK=$(getconf CLK_TCK)
SERVER_PID=
BACKGROUND_PID=

# ---------------------------------------------------------------------------------------------
# Output, machine, cleanup
# ---------------------------------------------------------------------------------------------

# Prints a line and appends it to the results file.
say() {
    echo "$*"
    echo "$*" >>"${RESULTS}"
}

loadavg() {
    cut -d' ' -f1-3 /proc/loadavg
}

cleanup() {
    if [[ -n "${BACKGROUND_PID}" ]]; then
        kill "${BACKGROUND_PID}" 2>/dev/null || true
    fi
    stop_server
    if declare -F stop_postgres >/dev/null; then
        stop_postgres
    fi
    if [[ "${BENCH_KEEP:-}" == 1 ]]; then
        echo "work folder kept: ${WORK}"
    else
        rm -rf "${WORK}"
    fi
}
trap cleanup EXIT

machine() {
    say ""
    say "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')),"\
" $(free -m | awk '/^Mem:/ {printf "%.1f GiB", $2/1024}') memory, $(uname -sr),"\
" $(java -version 2>&1 | head -n 1); wrk $(wrk --version 2>&1 | head -n 1 | awk '{print $2}');"\
" load average at start: $(loadavg)"
}

build() {
    if [[ "${BENCH_SKIP_BUILD:-}" == 1 && -f "${JAR}" && -f "${BENCH}/target/runtime-classpath.txt" ]]; then
        return
    fi
    echo "Building the server and the benchmarks (./mvnw -pl benchmarks -am package -DskipTests)..."
    ./mvnw -B -q -o -pl benchmarks -am package -DskipTests >"${WORK}/build.log" 2>&1 \
        || ./mvnw -B -q -pl benchmarks -am package -DskipTests >"${WORK}/build.log" 2>&1 \
        || { cat "${WORK}/build.log"; exit 1; }
}

need_wrk() {
    if ! command -v wrk >/dev/null; then
        echo "wrk is not installed: installing it from Debian's packages"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
    fi
}

tool() {
    java -cp "${BENCH}/target/classes:$(cat "${BENCH}/target/runtime-classpath.txt")" "$@"
}

# ---------------------------------------------------------------------------------------------
# The server and PostgreSQL
# ---------------------------------------------------------------------------------------------

# start_server <h2|postgres> <folder> [args...]: the exec jar in <folder> (its ./data for H2).
start_server() {
    local db=$1 dir=$2
    shift 2
    mkdir -p "${dir}"
    local env=()
    if [[ "${db}" == postgres ]]; then
        need_postgres
        env=(MOODHOOD_DB_URL="${MOODHOOD_TEST_PG_URL}" MOODHOOD_DB_USER="${MOODHOOD_TEST_PG_USER}"
            MOODHOOD_DB_PASSWORD="${MOODHOOD_TEST_PG_PASSWORD}")
        set -- --spring.profiles.active=postgres "$@"
    fi
    # Tokens made by the fixture must outlive the longest run.
    (cd "${dir}" && exec env "${env[@]}" java "${SERVER_JAVA_OPTS[@]}" -jar "${JAR}" --server.port="${PORT}" \
        --moodhood.auth.access-token-ttl=6h "$@" >>"${dir}/server.log" 2>&1) &
    SERVER_PID=$!
    wait_for_health 180 || { tail -n 40 "${dir}/server.log"; exit 1; }
}

wait_for_health() {
    local deadline=$((SECONDS + $1))
    while ((SECONDS < deadline)); do
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "${BASE}/actuator/health")" == 200 ]]; then
            return 0
        fi
        if [[ -n "${SERVER_PID}" ]] && ! kill -0 "${SERVER_PID}" 2>/dev/null; then
            echo "the server exited"
            return 1
        fi
        sleep 0.05
    done
    echo "the server did not answer within $1 s"
    return 1
}

stop_server() {
    if [[ -n "${SERVER_PID}" ]]; then
        kill "${SERVER_PID}" 2>/dev/null || true
        wait "${SERVER_PID}" 2>/dev/null || true
        SERVER_PID=
    fi
}

# The server's java process (the subshell execs it, so it is SERVER_PID itself).
server_rss_mb() {
    awk -v f="$1" '$1 == f":" {printf "%d", $2/1024}' "/proc/${SERVER_PID}/status"
}

need_postgres() {
    if [[ -n "${MOODHOOD_TEST_PG_URL:-}" && -n "${PG_STARTED:-}" ]]; then
        return
    fi
    # The same throwaway cluster as .ci/run (fsync off: durability across a machine crash is not
    # under test, the server's behaviour is).
    # shellcheck source=../.ci/postgres.sh
    source "${ROOT}/.ci/postgres.sh"
    start_postgres
    trap cleanup EXIT # start_postgres registered its own trap; ours stops it too
}

# fixture <users> <spaces>: owner, room, invitees with tokens; sources fixture.env.
fixture() {
    tool dev.moodhoodkit.bench.fixture.Fixture "${BASE}" "${WORK}/fixture" "$1" "$2"
    # shellcheck disable=SC1091
    source "${WORK}/fixture/fixture.env"
    export OWNER_EMAIL OWNER_PASSWORD OWNER_TOKEN ROOM_SPACE_ID ROOM_ID
}

# ---------------------------------------------------------------------------------------------
# load
# ---------------------------------------------------------------------------------------------

cpu_busy() { # all CPUs' busy jiffies
    awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat
}

server_jiffies() {
    awk '{print $14 + $15}' "/proc/${SERVER_PID}/stat"
}

# wrk_run <script> <seconds> <outfile>: an unmeasured run (warm-up).
wrk_run() {
    FIXTURE_LUA="${WORK}/fixture/fixture.lua" BENCH_LUA_DIR="${BENCH}/lua" WRK_THREADS="${WRK_THREADS}" \
        wrk -t"${WRK_THREADS}" -c"${WRK_CONNECTIONS}" -d"$2s" --latency --timeout 10s \
        -s "${BENCH}/lua/$1.lua" "${BASE}" >"$3" 2>&1
}

# Parses a wrk output: prints "rps p50ms p99ms non2xx".
wrk_figures() {
    awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
            return v
        }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { bad = $NF }
        /^Requests\/sec:/ { rps = $2 }
        END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad + 0 }' "$1"
}

# measure_route <db> <route> <label>: warm-up, then the measured run with the machine's load.
measure_route() {
    local db=$1 route=$2 label=$3
    local out="${WORK}/${db}-${route}.wrk"
    wrk_run "${route}" "${WARMUP}" "${out}.warmup"
    if [[ "${route}" == health && -z "${RSS_AFTER_MINUTE:-}" ]]; then
        RSS_AFTER_MINUTE=$(server_rss_mb VmRSS)
    fi
    local busy0 srv0 t0 busy1 srv1 t1 wrk_cpu
    busy0=$(cpu_busy)
    srv0=$(server_jiffies)
    t0=$(date +%s.%N)
    local timing="${out}.time"
    /usr/bin/time -f '%U %S' -o "${timing}" env FIXTURE_LUA="${WORK}/fixture/fixture.lua" BENCH_LUA_DIR="${BENCH}/lua" \
        WRK_THREADS="${WRK_THREADS}" wrk -t"${WRK_THREADS}" -c"${WRK_CONNECTIONS}" -d"${MEASURE}s" --latency \
        --timeout 10s -s "${BENCH}/lua/${route}.lua" "${BASE}" >"${out}" 2>&1
    t1=$(date +%s.%N)
    busy1=$(cpu_busy)
    srv1=$(server_jiffies)
    wrk_cpu=$(awk '{print $1 + $2}' "${timing}")
    local figures rps p50 p99 bad others statuses extra
    figures=$(wrk_figures "${out}")
    read -r rps p50 p99 bad <<<"${figures}"
    # CPU used by everything but this server and wrk during the measurement, in cores.
    others=$(awk -v b="$((busy1 - busy0))" -v s="$((srv1 - srv0))" -v w="${wrk_cpu}" -v hz="${CLK_TCK}" \
        -v t="$(awk -v a="${t0}" -v b="${t1}" 'BEGIN { print b - a }')" 'BEGIN { o = ((b - s) / hz - w) / t; if (o < 0) o = 0; printf "%.2f", o }')
    local server_cores
    server_cores=$(awk -v s="$((srv1 - srv0))" -v hz="${CLK_TCK}" -v t="$(awk -v a="${t0}" -v b="${t1}" 'BEGIN { print b - a }')" \
        'BEGIN { printf "%.2f", s / hz / t }')
    # Server CPU per request: steadier than req/s on a shared machine.
    local requests cpu_per_request
    requests=$(awk '/ requests in / { print $1 }' "${out}")
    cpu_per_request=$(awk -v s="$((srv1 - srv0))" -v hz="${CLK_TCK}" -v n="${requests:-0}" \
        'BEGIN { if (n > 0) printf "%.0f", s / hz * 1000000 / n; else print "n/a" }')
    statuses=$(grep -m1 '^statuses:' "${out}" | cut -d' ' -f2- || true)
    extra=$(grep -m1 '^invites:' "${out}" | cut -d' ' -f2- || true)
    if [[ -n "${extra}" ]]; then
        local activated
        activated=$(sed -E 's/.*activated=([0-9]+).*/\1/' <<<"${extra}")
        extra="${extra}, $((activated / MEASURE)) pairs/s"
    fi
    ROUTE_RPS[${route}${label:+-2}]=${rps}
    echo "${route}|${label}|${rps}|${p50}|${p99}|${bad}|${statuses}${extra:+; ${extra}}|$(loadavg | cut -d' ' -f1)|${others}|${server_cores}|${wrk_cpu}|${cpu_per_request}" \
        >>"${WORK}/${db}.rows"
    printf '  %-20s %8s req/s  p50 %7s ms  p99 %8s ms  non-2xx %s  server CPU %s us/request  [load %s, others %s cores]\n' \
        "${route}${label:+ (${label})}" "${rps}" "${p50}" "${p99}" "${bad}" "${cpu_per_request}" "$(loadavg | cut -d' ' -f1)" "${others}"
}

load() {
    need_wrk
    say ""
    say "## Load: wrk -t${WRK_THREADS} -c${WRK_CONNECTIONS}, ${WARMUP} s warm-up + ${MEASURE} s measured per route ($(date -u '+%F %T') UTC)"
    local db
    for db in ${DBS}; do
        declare -gA ROUTE_RPS=()
        RSS_AFTER_MINUTE=
        : >"${WORK}/${db}.rows"
        echo "Load on ${db}: starting the server..."
        start_server "${db}" "${WORK}/load-${db}"
        fixture "${INVITEES}" "${INVITE_SPACES}" >/dev/null
        measure_route "${db}" health ""
        measure_route "${db}" token ""
        measure_route "${db}" get-room ""
        measure_route "${db}" create-room ""
        measure_route "${db}" invites ""
        measure_route "${db}" health "again"
        local rss_end hwm
        rss_end=$(server_rss_mb VmRSS)
        hwm=$(server_rss_mb VmHWM)
        stop_server
        # The ceiling is the better of the two health runs, so that drift cannot flatter a ratio.
        local health_rps=${ROUTE_RPS[health]}
        if ((${ROUTE_RPS[health-2]:-0} > health_rps)); then
            health_rps=${ROUTE_RPS[health-2]}
        fi
        say ""
        say "### ${db}"
        say ""
        say "| route | req/s | p50 ms | p99 ms | non-2xx | ratio to health (better run) | server CPU µs/request | statuses | load 1m | others (cores) | server (cores) | wrk (CPU s) |"
        say "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"
        local route label rps p50 p99 bad statuses load1 others srv wrkcpu cpureq
        while IFS='|' read -r route label rps p50 p99 bad statuses load1 others srv wrkcpu cpureq; do
            local ratio
            ratio=$(awk -v r="${rps}" -v h="${health_rps}" 'BEGIN { printf "%.0f %%", 100 * r / h }')
            say "| ${route}${label:+ (${label})} | ${rps} | ${p50} | ${p99} | ${bad} | ${ratio} | ${cpureq} | ${statuses} | ${load1} | ${others} | ${srv} | ${wrkcpu} |"
        done <"${WORK}/${db}.rows"
        say ""
        say "RSS of the server (${db}): ${RSS_AFTER_MINUTE} MB after the first minute of load, ${rss_end} MB at the end, peak ${hwm} MB."
    done
}

# ---------------------------------------------------------------------------------------------
# auth: the lean bearer filter against Spring Security's resource server
# ---------------------------------------------------------------------------------------------

auth() {
    need_wrk
    local alt=${BENCH_SPRING_SECURITY_JAR:?set BENCH_SPRING_SECURITY_JAR to the exec jar built with benchmarks/variants/spring-security-resource-server.patch}
    local lean=${JAR} rounds=${BENCH_AUTH_ROUNDS:-2}
    say ""
    say "## Authentication: GET room on H2, lean filter vs Spring Security, ${rounds} alternated rounds, ${WARMUP} s warm-up + ${MEASURE} s measured ($(date -u '+%F %T') UTC)"
    declare -gA ROUTE_RPS=()
    : >"${WORK}/auth.rows"
    local round variant
    for ((round = 1; round <= rounds; round++)); do
        for variant in ${BENCH_AUTH_VARIANTS:-lean spring-security spring-security-no-observations}; do
            local args=()
            JAR=${lean}
            if [[ "${variant}" != lean ]]; then
                JAR=${alt}
            fi
            if [[ "${variant}" == spring-security-no-observations ]]; then
                args=(--management.observations.enable.spring.security=false)
            fi
            echo "Authentication, round ${round}: ${variant}..."
            rm -rf "${WORK}/auth-${variant}"
            start_server h2 "${WORK}/auth-${variant}" "${args[@]}"
            fixture 0 0 >/dev/null
            measure_route auth get-room "${variant} ${round}"
            stop_server
        done
    done
    JAR=${lean}
    say ""
    say "| variant, round | req/s | p50 ms | p99 ms | non-2xx | server CPU µs/request | load 1m | others (cores) | server (cores) |"
    say "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    local route label rps p50 p99 bad statuses load1 others srv wrkcpu cpureq
    while IFS='|' read -r route label rps p50 p99 bad statuses load1 others srv wrkcpu cpureq; do
        say "| ${label} | ${rps} | ${p50} | ${p99} | ${bad} | ${cpureq} | ${load1} | ${others} | ${srv} |"
    done <"${WORK}/auth.rows"
}

# ---------------------------------------------------------------------------------------------
# client
# ---------------------------------------------------------------------------------------------

client() {
    need_wrk
    say ""
    say "## Client overhead: JMH, one GET room, single thread ($(date -u '+%F %T') UTC)"
    echo "Client overhead: starting the server (H2) and warming it up with GET room for ${WARMUP} s..."
    start_server h2 "${WORK}/client"
    fixture 0 0 >/dev/null
    wrk_run get-room "${WARMUP}" "${WORK}/client-warmup.wrk"
    local before
    before=$(loadavg)
    local jmh_args
    read -r -a jmh_args <<<"${BENCH_JMH_ARGS:--f 1 -wi 5 -w 4s -i 8 -r 4s}"
    BENCH_BASE_URL=${BASE} tool org.openjdk.jmh.Main ClientOverheadBenchmark "${jmh_args[@]}" \
        -rf json -rff "${WORK}/jmh.json" | tee "${WORK}/jmh.txt" | grep -E '^(# Warmup Iteration|Iteration|Benchmark|ClientOverhead)' || true
    stop_server
    say ""
    say "| call | µs/op | ± (99.9 %) |"
    say "|---|---:|---:|"
    jq -r '.[] | "| \(.benchmark | split(".") | last) | \(.primaryMetric.score * 10 | round / 10) | \(.primaryMetric.scoreError | if type == "number" then (. * 10 | round / 10) else "n/a" end) |"' \
        "${WORK}/jmh.json" | while read -r line; do say "${line}"; done
    local facade raw decoded
    facade=$(jq '.[] | select(.benchmark | endswith(".feignFacade")) | .primaryMetric.score' "${WORK}/jmh.json")
    raw=$(jq '.[] | select(.benchmark | endswith(".jdkHttpClient")) | .primaryMetric.score' "${WORK}/jmh.json")
    decoded=$(jq '.[] | select(.benchmark | endswith(".jdkHttpClientDecoded")) | .primaryMetric.score' "${WORK}/jmh.json")
    say ""
    say "Feign facade / JDK HttpClient: $(awk -v f="${facade}" -v j="${raw}" 'BEGIN { printf "%.2f", f / j }')x (body as a string),"\
" $(awk -v f="${facade}" -v j="${decoded}" 'BEGIN { printf "%.2f", f / j }')x (body decoded into Room);"\
" load average before: ${before}, after: $(loadavg)."
}

# ---------------------------------------------------------------------------------------------
# startup
# ---------------------------------------------------------------------------------------------

# startup_once <folder> [java args before -jar...]: prints milliseconds from exec to the first
# 200 of /actuator/health. STARTUP_JAR is the jar to launch (the exec jar unless extracted).
startup_once() {
    local dir=$1
    shift
    mkdir -p "${dir}"
    local t0 t1
    t0=$(date +%s%N)
    (cd "${dir}" && exec java "${SERVER_JAVA_OPTS[@]}" "$@" -jar "${STARTUP_JAR:-${JAR}}" --server.port="${PORT}" \
        >>"${dir}/server.log" 2>&1) &
    SERVER_PID=$!
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "${BASE}/actuator/health")" == 200 ]]; do
        kill -0 "${SERVER_PID}" 2>/dev/null || { tail -n 30 "${dir}/server.log" >&2; return 1; }
        sleep 0.02
    done
    t1=$(date +%s%N)
    stop_server
    echo $(((t1 - t0) / 1000000))
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

startup() {
    say ""
    say "## Startup to the first 200 of /actuator/health, H2 ($(date -u '+%F %T') UTC)"
    local kind i ms times
    for kind in empty existing; do
        times=()
        for ((i = 1; i <= STARTUP_RUNS; i++)); do
            local dir="${WORK}/startup-${kind}-${i}"
            if [[ "${kind}" == existing ]]; then
                dir="${WORK}/startup-empty-1" # the database the first run created and migrated
            fi
            local load_before
            load_before=$(loadavg | cut -d' ' -f1)
            ms=$(startup_once "${dir}")
            times+=("${ms}")
            echo "  ${kind} database, run ${i}: ${ms} ms (load ${load_before})"
            sleep 2
        done
        local note=""
        [[ "${kind}" == empty ]] && note=" (Flyway creates the schema)"
        say "- ${kind} database${note}: median $(printf '%s\n' "${times[@]}" | median) ms;"\
" runs: ${times[*]} ms; load average after: $(loadavg)"
    done
    grep -h 'Started MoodhoodServerApplication' "${WORK}"/startup-*/server.log | sed -E 's/.*(Started .*)/  Spring: \1/' | tail -n 3 || true

    # Spring Boot's class data sharing recipe: the jar extracted, one training run that stops
    # after the context refresh and archives the classes it loaded, then runs with the archive.
    local cds="${WORK}/cds"
    java -Djarmode=tools -jar "${JAR}" extract --destination "${cds}/app" >"${WORK}/cds-extract.log" 2>&1
    local extracted
    extracted=$(ls "${cds}"/app/*.jar)
    (mkdir -p "${cds}/training" && cd "${cds}/training" && java -XX:ArchiveClassesAtExit="${cds}/app.jsa" \
        -Dspring.context.exit=onRefresh -jar "${extracted}" --server.port="${PORT}" >"${cds}/training.log" 2>&1) || true
    times=()
    for ((i = 1; i <= STARTUP_RUNS; i++)); do
        local load_before
        load_before=$(loadavg | cut -d' ' -f1)
        ms=$(STARTUP_JAR="${extracted}" startup_once "${WORK}/startup-empty-1" -XX:SharedArchiveFile="${cds}/app.jsa")
        times+=("${ms}")
        echo "  extracted jar + CDS archive, existing database, run ${i}: ${ms} ms (load ${load_before})"
        sleep 2
    done
    say "- extracted jar + CDS archive (java -Djarmode=tools -jar ... extract; a training run with"\
" -XX:ArchiveClassesAtExit; then -XX:SharedArchiveFile), existing database: median"\
" $(printf '%s\n' "${times[@]}" | median) ms; runs: ${times[*]} ms; load average after: $(loadavg)"
}

# ---------------------------------------------------------------------------------------------
# memory
# ---------------------------------------------------------------------------------------------

# RSS under a minute of reads then a minute of writes, with the JVM's default heap sizing (a
# quarter of the machine's memory as the maximum) and with each of BENCH_MEMORY_OPTS.
memory() {
    need_wrk
    local seconds=${BENCH_MEMORY_SECONDS:-60}
    say ""
    say "## Memory: RSS under load, H2 ($(date -u '+%F %T') UTC)"
    say ""
    say "| JVM options | RSS after ${seconds} s of GET room | req/s | RSS after ${seconds} s more of room create | req/s | heap used after a full GC | load 1m |"
    say "|---|---:|---:|---:|---:|---:|---:|"
    local opts
    local -a extra variants
    IFS='|' read -r -a extra <<<"${BENCH_MEMORY_OPTS:--Xmx256m}"
    variants=("" "${extra[@]}")
    for opts in "${variants[@]}"; do
        local saved=("${SERVER_JAVA_OPTS[@]}")
        read -r -a SERVER_JAVA_OPTS <<<"${opts}"
        start_server h2 "${WORK}/memory${opts//[^a-zA-Z0-9]/}"
        SERVER_JAVA_OPTS=("${saved[@]}")
        fixture 0 0 >/dev/null
        wrk_run get-room "${seconds}" "${WORK}/memory-read.wrk"
        local rss_read rss_write live
        rss_read=$(server_rss_mb VmRSS)
        wrk_run create-room "${seconds}" "${WORK}/memory-write.wrk"
        rss_write=$(server_rss_mb VmRSS)
        jcmd "${SERVER_PID}" GC.run >/dev/null
        live=$(jcmd "${SERVER_PID}" GC.heap_info | awk '/heap/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%d MB", v / 1024; exit } }')
        say "| ${opts:-(defaults)} | ${rss_read} MB | $(wrk_figures "${WORK}/memory-read.wrk" | cut -d' ' -f1) | ${rss_write} MB | $(wrk_figures "${WORK}/memory-write.wrk" | cut -d' ' -f1) | ${live} | $(loadavg | cut -d' ' -f1) |"
        stop_server
    done
}

# ---------------------------------------------------------------------------------------------
# failures
# ---------------------------------------------------------------------------------------------

kill9() {
    local db=$1
    local dir="${WORK}/kill-${db}"
    echo "kill -9 on ${db}: starting the server..."
    start_server "${db}" "${dir}"
    fixture 0 0 >/dev/null
    local load_before
    load_before=$(loadavg)
    tool dev.moodhoodkit.bench.failures.AcknowledgedWrites write "${BASE}" "${OWNER_TOKEN}" "${dir}/writes" 8 30 \
        >"${dir}/writes.out" 2>&1 &
    BACKGROUND_PID=$!
    sleep 8
    kill -9 "${SERVER_PID}"
    wait "${SERVER_PID}" 2>/dev/null || true
    SERVER_PID=
    echo "  killed the server (kill -9) 8 s into the writes; restarting it on the same database..."
    sleep 2
    start_server "${db}" "${dir}"
    wait "${BACKGROUND_PID}" || true
    BACKGROUND_PID=
    local writes verify
    writes=$(grep '^writes:' "${dir}/writes.out" || cat "${dir}/writes.out")
    verify=$(tool dev.moodhoodkit.bench.failures.AcknowledgedWrites verify "${BASE}" "${OWNER_TOKEN}" "${dir}/writes" 2>&1 || true)
    stop_server
    say "- kill -9 during writes (${db}; 8 threads creating spaces for 30 s, killed at 8 s, restarted at once): ${writes#writes: };"\
" $(echo "${verify}" | grep '^after restart:'); load average before: ${load_before}"
    echo "${verify}" | grep '^MISSING' | head -n 20 | sed 's/^/  /' | tee -a "${RESULTS}" || true
}

pg_outage() {
    local dir="${WORK}/outage"
    echo "PostgreSQL restart under load: starting the server..."
    start_server postgres "${dir}"
    fixture 0 0 >/dev/null
    local pg_ctl="${PG_STARTED}/pg_ctl"
    local as_owner=""
    [[ $(id -u) -eq 0 ]] && as_owner="runuser -u postgres --"
    local load_before
    load_before=$(loadavg)
    # restart on a stopped cluster starts it with the options of its last start (postmaster.opts).
    tool dev.moodhoodkit.bench.failures.DatabaseOutage "${BASE}" "${OWNER_TOKEN}" "/v1/spaces/${ROOM_SPACE_ID}/rooms/${ROOM_ID}" \
        8 45 10 8 "${as_owner} ${pg_ctl} -D ${PG_TMP}/data -m fast -w stop" \
        "${as_owner} ${pg_ctl} -D ${PG_TMP}/data -l ${PG_TMP}/server.log -w -t 60 restart" \
        >"${dir}/outage.out" 2>&1 || true
    stop_server
    say "- PostgreSQL stopped for 8 s under load (8 threads, GET room and create space alternately, 45 s; load average before: ${load_before}):"
    grep -vE '^(waiting|server|done|pg_ctl)' "${dir}/outage.out" | sed 's/^/  /' | while IFS= read -r line; do say "${line}"; done
    say "  server log: $(grep -c 'Database unavailable' "${dir}/server.log" || true) 'Database unavailable' warnings,"\
" $(grep -c 'Unexpected failure' "${dir}/server.log" || true) unexpected failures (500)"
}

malformed() {
    local dir="${WORK}/malformed"
    echo "Malformed requests: starting the server (H2)..."
    start_server h2 "${dir}"
    fixture 0 0 >/dev/null
    local load_before
    load_before=$(loadavg)
    tool dev.moodhoodkit.bench.failures.Malformed "${BASE}" "${OWNER_TOKEN}" "${ROOM_SPACE_ID}" "${ROOM_ID}" 1000 \
        >"${dir}/malformed.out" 2>&1 || true
    stop_server
    say "- 1,000 malformed requests (load average before: ${load_before}): $(grep '^malformed:' "${dir}/malformed.out")"
    grep -E '^(5xx|no answer)' -A1 "${dir}/malformed.out" | head -n 40 | sed 's/^/  /' | while IFS= read -r line; do say "${line}"; done
    say "  server log: $(grep -c 'Unexpected failure' "${dir}/server.log" || true) unexpected failures"
    sed -n '/^malformed requests by kind/,/^malformed:/p' "${dir}/malformed.out" | sed '$d' >"${WORK}/malformed-kinds.txt"
    say ""
    say '```text'
    while IFS= read -r line; do say "${line}"; done <"${WORK}/malformed-kinds.txt"
    say '```'
}

failures() {
    say ""
    say "## Failure runs ($(date -u '+%F %T') UTC)"
    say ""
    local db
    for db in ${DBS}; do
        kill9 "${db}"
    done
    if [[ " ${DBS} " == *" postgres "* ]]; then
        pg_outage
    fi
    malformed
}

# ---------------------------------------------------------------------------------------------

parts=("$@")
if ((${#parts[@]} == 0)); then
    parts=(all)
fi
for part in "${parts[@]}"; do
    case "${part}" in
        all | load | client | startup | memory | failures | auth) ;;
        *)
            echo "usage: benchmarks/run.sh [all|load|client|startup|memory|failures|auth]..." >&2
            exit 2
            ;;
    esac
done

mkdir -p "${BENCH}/results"
build
say ""
say "# Run of $(date -u '+%F %T') UTC: benchmarks/run.sh ${parts[*]} (commit $(git rev-parse --short HEAD))"
machine
for part in "${parts[@]}"; do
    if [[ "${part}" == all ]]; then
        load
        client
        startup
        memory
        failures
    else
        "${part}"
    fi
done
