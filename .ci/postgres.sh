# Sourced by .ci/run: a throwaway PostgreSQL cluster for the reference server's tests.
#
# Installs PostgreSQL from Debian's packages when it is missing, creates a cluster in a temporary
# folder, starts it on loopback only (port MOODHOOD_PG_PORT, default 55432, or the next free one),
# makes role and database moodhood/moodhood, and exports what the tests read:
#   MOODHOOD_TEST_PG_URL, MOODHOOD_TEST_PG_USER, MOODHOOD_TEST_PG_PASSWORD and
#   MOODHOOD_TEST_PG_REQUIRED=true (so the PostgreSQL run fails rather than skips without it).
# `stop_postgres` stops the cluster and deletes its folder; `start_postgres` registers it as the
# EXIT trap. A fresh cluster each run: nothing depends on what an earlier run left behind.

pg_bin_dir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

install_postgres_if_missing() {
    if [[ -n "$(pg_bin_dir)" ]]; then
        return 0
    fi
    echo "PostgreSQL is not installed: installing it from Debian's packages"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
    [[ -n "$(pg_bin_dir)" ]]
}

# Runs a PostgreSQL program as the cluster's owner: initdb and postgres refuse to run as root.
pg_as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_postgres() {
    install_postgres_if_missing || return 1
    local bin
    bin=$(pg_bin_dir)

    PG_TMP=$(mktemp -d /tmp/moodhood-pg.XXXXXX)
    [[ $(id -u) -eq 0 ]] && chown postgres: "${PG_TMP}"
    trap stop_postgres EXIT

    local port=${MOODHOOD_PG_PORT:-55432}
    while ! port_is_free "${port}"; do
        port=$((port + 1))
    done

    # Local socket: trust (to make the role); TCP: password, as the server connects.
    pg_as_owner "${bin}/initdb" -D "${PG_TMP}/data" -U postgres -E UTF8 --no-locale \
        --auth-local=trust --auth-host=scram-sha-256 >"${PG_TMP}/initdb.log" 2>&1 \
        || { cat "${PG_TMP}/initdb.log"; return 1; }
    # Durability is not under test: no fsync keeps the many small transactions fast.
    pg_as_owner "${bin}/pg_ctl" -D "${PG_TMP}/data" -l "${PG_TMP}/server.log" -w -t 60 \
        -o "-p ${port} -c listen_addresses=127.0.0.1 -k ${PG_TMP} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "${PG_TMP}/server.log"; return 1; }
    PG_STARTED=${bin}

    pg_as_owner psql -q -v ON_ERROR_STOP=1 -h "${PG_TMP}" -p "${port}" -U postgres -d postgres \
        -c "CREATE ROLE moodhood LOGIN PASSWORD 'moodhood'" \
        -c "CREATE DATABASE moodhood OWNER moodhood" || return 1

    export MOODHOOD_TEST_PG_URL="jdbc:postgresql://127.0.0.1:${port}/moodhood"
    export MOODHOOD_TEST_PG_USER=moodhood
    export MOODHOOD_TEST_PG_PASSWORD=moodhood
    export MOODHOOD_TEST_PG_REQUIRED=true
    echo "$("${bin}/postgres" --version) on 127.0.0.1:${port} (${PG_TMP}), database moodhood"
}

stop_postgres() {
    if [[ -n "${PG_STARTED:-}" ]]; then
        pg_as_owner "${PG_STARTED}/pg_ctl" -D "${PG_TMP}/data" -m fast -w stop >/dev/null 2>&1 || true
        PG_STARTED=
    fi
    if [[ -n "${PG_TMP:-}" && -d "${PG_TMP}" ]]; then
        rm -rf "${PG_TMP}"
    fi
}
