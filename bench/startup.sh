#!/usr/bin/env bash
# Cold start benchmark: the Attestkursus production jar against a bare Vaadin app.
#
# For each of N runs (default 5), for each jar: start it in a fresh temporary working directory
# (so a fresh H2 database under ./data, demo data on, as on a first start) on a free port,
# measure the milliseconds from launch until GET /login answers 200, read VmRSS of the java
# process, then stop it with SIGTERM. The two jars are started alternately, so background load
# (e.g. a parallel Maven build) hits both about equally. See bench/README.md.
#
# With --aot it also measures each jar started from its extracted form with a JDK AOT cache
# (JEP 483/514, JDK 25: one training start with -XX:AOTCacheOutput, then -XX:AOTCache), alternating
# with the plain starts, and reports both beside each other.
#
# Usage: bench/startup.sh [-n RUNS] [--no-build] [--no-bare] [--aot] [--timeout SECONDS]
set -euo pipefail

usage() {
    sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    cat <<'EOF'

Options:
  -n RUNS          runs per jar (default 5)
  --no-build       use the jars already in target/ and bench/bare-vaadin/target/
  --no-bare        measure the app only
  --aot            also measure starts with a JDK AOT cache (JDK 25+; extracted jar, one training run)
  --timeout SECS   give up on a start after SECS seconds (default 180)
  -h, --help       this text
EOF
}

RUNS=5
BUILD=1
BARE=1
AOT=0
TIMEOUT_S=180
while [ $# -gt 0 ]; do
    case "$1" in
        -n) RUNS="${2:?-n needs a number}"; shift 2 ;;
        -n*) RUNS="${1#-n}"; shift ;;
        --no-build) BUILD=0; shift ;;
        --no-bare) BARE=0; shift ;;
        --aot) AOT=1; shift ;;
        --timeout) TIMEOUT_S="${2:?--timeout needs seconds}"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "startup.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done
case "$RUNS" in ''|*[!0-9]*|0) echo "startup.sh: -n wants a positive number, got '$RUNS'" >&2; exit 2 ;; esac

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BARE_DIR="$REPO/bench/bare-vaadin"
RESULTS_DIR="$REPO/bench/results"

# --- JDK 21+: JAVA_HOME if >= 21, else the default java if >= 21, else newest under /usr/lib/jvm
# (the same order as ./mvnw, which picks the JDK the jars are built with).
java_major() {
    "$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}
find_java() {
    local m candidate jdk
    if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        m="$(java_major "$JAVA_HOME/bin/java")"
        if [ "${m:-0}" -ge 21 ] 2>/dev/null; then echo "$JAVA_HOME/bin/java"; return; fi
    fi
    candidate="$(command -v java 2>/dev/null || true)"
    if [ -n "$candidate" ]; then
        m="$(java_major "$candidate")"
        if [ "${m:-0}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return; fi
    fi
    for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        if [ -x "${jdk}bin/java" ]; then
            m="$(java_major "${jdk}bin/java")"
            if [ "${m:-0}" -ge 21 ] 2>/dev/null; then echo "${jdk%/}/bin/java"; return; fi
        fi
    done
    return 1
}
JAVA="$(find_java)" || { echo "startup.sh: no JDK 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 1; }
JAVA_VERSION="$("$JAVA" -version 2>&1 | head -n 1)"
JAVA_RUNTIME="$("$JAVA" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.runtime.version = //p' | head -n 1)"

CPUS="$(nproc)"
CLK_TCK="$(getconf CLK_TCK)"
COMMIT="$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$REPO" status --porcelain --untracked-files=no 2>/dev/null)" ]; then COMMIT="$COMMIT+dirty"; fi

now_ms() { date +%s%3N; }

# --- build
build() { # label, mvnw args...
    local label="$1" t0; shift
    t0="$(now_ms)"
    echo "building $label ..."
    (cd "$REPO" && ./mvnw -B -q -Pproduction -DskipTests "$@" package)
    echo "built $label in $(( ($(now_ms) - t0) / 1000 )) s"
}
if [ "$BUILD" = 1 ]; then
    build "app (production jar)"
    if [ "$BARE" = 1 ]; then build "bare Vaadin (production jar)" -f "$BARE_DIR/pom.xml"; fi
fi

find_jar() { # target dir
    local jar
    jar="$(ls -t "$1"/*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)"
    [ -n "$jar" ] || { echo "startup.sh: no jar in $1 (run without --no-build)" >&2; exit 1; }
    echo "$jar"
}
APP_JAR="$(find_jar "$REPO/target")"
BARE_JAR=""
if [ "$BARE" = 1 ]; then BARE_JAR="$(find_jar "$BARE_DIR/target")"; fi
jar_mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }

# --- one measured start
free_port() {
    local p
    while :; do
        p=$(( 20000 + RANDOM % 40000 ))
        if ! ss -Htln "sport = :$p" 2>/dev/null | grep -q .; then echo "$p"; return; fi
    done
}

WORK_DIRS=()
CHILD=""
cleanup() {
    if [ -n "$CHILD" ] && kill -0 "$CHILD" 2>/dev/null; then
        kill -TERM "$CHILD" 2>/dev/null || true
        wait "$CHILD" 2>/dev/null || true
    fi
    local d
    for d in "${WORK_DIRS[@]+"${WORK_DIRS[@]}"}"; do rm -rf "$d"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Sets START_MS, RSS_MB and CPU_MS (user + system CPU time of the java process until that first
# 200), and READY_MS: the "process running for" of Spring Boot's "Started ... in" line, waited for
# after the 200 (the whole context refreshed, deferred repositories included; the start-up runners,
# such as the demo data, follow it; "-" if not seen). Arguments: label, jar, extra application arguments... JVM options: the array MEASURE_JVM.
# With TRAIN_WAIT_S set, waits that many seconds after the first 200 before stopping the process.
MEASURE_JVM=()
TRAIN_WAIT_S=""
# Another process may take the free port between the check and Tomcat's bind (other builds' tests on
# a shared machine): such a start is repeated on another port, up to three times.
measure() {
    local attempt rc
    for attempt in 1 2 3; do
        rc=0
        measure_once "$@" || rc=$?
        if [ "$rc" != 3 ]; then return "$rc"; fi
        echo "startup.sh: $1: port taken by another process, starting again on another port" >&2
    done
    exit 1
}
measure_once() {
    local label="$1" jar="$2"; shift 2
    local dir port t0 t1 code deadline rss_kb cpu_ticks
    dir="$(mktemp -d "${TMPDIR:-/tmp}/attestkursus-bench.XXXXXX")"
    WORK_DIRS+=("$dir")
    port="$(free_port)"
    LOAD1="$(cut -d' ' -f1 /proc/loadavg)"
    t0="$(now_ms)"
    (
        cd "$dir"
        unset SPRING_PROFILES_ACTIVE PORT
        export VAADIN_USAGE_STATS_ENABLED=false
        exec "$JAVA" "${MEASURE_JVM[@]+"${MEASURE_JVM[@]}"}" -jar "$jar" --server.port="$port" "$@" >"$dir/out.log" 2>&1
    ) &
    CHILD=$!
    deadline=$(( t0 + TIMEOUT_S * 1000 ))
    while :; do
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/login" || true)"
        if [ "$code" = 200 ]; then t1="$(now_ms)"; break; fi
        if ! kill -0 "$CHILD" 2>/dev/null; then
            if grep -q 'Port [0-9]* was already in use' "$dir/out.log"; then
                wait "$CHILD" 2>/dev/null || true
                CHILD=""
                rm -rf "$dir"
                return 3
            fi
            echo "startup.sh: $label exited before /login answered; log tail ($dir/out.log):" >&2
            tail -n 40 "$dir/out.log" >&2
            exit 1
        fi
        if [ "$(now_ms)" -gt "$deadline" ]; then
            echo "startup.sh: $label: /login not 200 after ${TIMEOUT_S} s (last: $code); log tail:" >&2
            tail -n 40 "$dir/out.log" >&2
            exit 1
        fi
        sleep 0.05
    done
    rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$CHILD/status")"
    # utime + stime: fields 14 and 15 of /proc/PID/stat (after the ")" that ends the command name)
    cpu_ticks="$(sed 's/.*) //' "/proc/$CHILD/stat" | awk '{ print $12 + $13 }')"
    READY_MS=-
    while [ "$(now_ms)" -lt "$deadline" ] && kill -0 "$CHILD" 2>/dev/null; do
        if grep -q 'Started .* (process running for' "$dir/out.log"; then
            READY_MS="$(sed -n 's/.*Started .* (process running for \([0-9.]*\)).*/\1/p' "$dir/out.log" \
                | head -n 1 | awk '{ printf "%.0f", $1 * 1000 }')"
            break
        fi
        sleep 0.1
    done
    if [ -n "$TRAIN_WAIT_S" ]; then sleep "$TRAIN_WAIT_S"; fi
    kill -TERM "$CHILD"
    wait "$CHILD" 2>/dev/null || true
    CHILD=""
    rm -rf "$dir"
    START_MS=$(( t1 - t0 ))
    RSS_MB="$(awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }')"
    CPU_MS=$(( cpu_ticks * 1000 / CLK_TCK ))
}

# --- JDK AOT cache (--aot): extract the jar (java -Djarmode=tools extract, the layout Spring Boot
# documents for CDS/AOT caches), train once (start, first /login 200, a few seconds more, SIGTERM:
# the JVM writes the cache on exit), then measure starts with -XX:AOTCache. Sets AOT_JAR, AOT_FILE.
prepare_aot() { # label, jar, application arguments...
    local label="$1" jar="$2" dest t0; shift 2
    dest="$(dirname "$jar")/aot"
    rm -rf "$dest"
    t0="$(now_ms)"
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dest/app" >/dev/null
    AOT_JAR="$dest/app/$(basename "$jar")"
    AOT_FILE="$dest/app.aot"
    MEASURE_JVM=(-XX:AOTCacheOutput="$AOT_FILE" -Xlog:aot=error,cds=error)
    TRAIN_WAIT_S=5
    measure "$label (AOT training)" "$AOT_JAR" "$@"
    MEASURE_JVM=()
    TRAIN_WAIT_S=""
    [ -s "$AOT_FILE" ] || { echo "startup.sh: $label: no AOT cache written ($AOT_FILE)" >&2; exit 1; }
    echo "AOT cache for $label: $(jar_mb "$AOT_FILE") MB, extract + training run $(( ($(now_ms) - t0) / 1000 )) s"
}

# --- statistics over space-separated numbers
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.0f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
median_or_dash() { if [ $# -eq 0 ]; then echo -; else median "$@"; fi; }
min() { printf '%s\n' "$@" | sort -n | head -n 1; }
max() { printf '%s\n' "$@" | sort -n | tail -n 1; }

if [ "$AOT" = 1 ]; then
    if [ "$(java_major "$JAVA")" -lt 25 ] 2>/dev/null; then
        echo "startup.sh: --aot needs JDK 25+ (-XX:AOTCacheOutput), this is $JAVA_RUNTIME" >&2
        exit 2
    fi
    echo
    prepare_aot app "$APP_JAR" --attestkursus.content-dir="$REPO/content"
    APP_AOT_JAR="$AOT_JAR"; APP_AOT_FILE="$AOT_FILE"
    if [ "$BARE" = 1 ]; then
        prepare_aot bare-vaadin "$BARE_JAR"
        BARE_AOT_JAR="$AOT_JAR"; BARE_AOT_FILE="$AOT_FILE"
    fi
fi

LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "date:       $(date '+%Y-%m-%d %H:%M:%S %z')"
echo "JDK:        $JAVA_VERSION ($JAVA_RUNTIME, $JAVA)"
echo "CPUs:       $CPUS"
echo "load avg:   $LOAD_START (1/5/15 min, at start of measuring)"
echo "commit:     $COMMIT"
echo "app jar:    $(jar_mb "$APP_JAR") MB  ${APP_JAR#"$REPO"/}"
if [ "$BARE" = 1 ]; then echo "bare jar:   $(jar_mb "$BARE_JAR") MB  ${BARE_JAR#"$REPO"/}"; fi
if [ "$AOT" = 1 ]; then
    echo "AOT:        -XX:AOTCache on the extracted jar; cache $(jar_mb "$APP_AOT_FILE") MB (app)$(
        [ "$BARE" = 1 ] && echo ", $(jar_mb "$BARE_AOT_FILE") MB (bare)")"
fi
echo "runs:       $RUNS per jar, alternating; time = launch until GET /login is 200 (polled every 50 ms)"
echo "            CPU = user + system CPU time of the java process at that moment;"
echo "            ready = \"process running for\" in Spring Boot's \"Started\" line (before the runners)"
echo

# Samples per kind of start: KIND_MS_<kind>, KIND_RSS_<kind>, KIND_CPU_<kind> (space separated)
KINDS=(app)
if [ "$BARE" = 1 ]; then KINDS+=(bare); fi
if [ "$AOT" = 1 ]; then
    KINDS+=(app_aot)
    if [ "$BARE" = 1 ]; then KINDS+=(bare_aot); fi
fi
declare -A MS RSS CPU READY
kind_label() {
    case "$1" in
        app) echo attestkursus ;; bare) echo bare-vaadin ;;
        app_aot) echo attestkursus+aot ;; bare_aot) echo bare-vaadin+aot ;;
    esac
}
run_kind() {
    case "$1" in
        app) MEASURE_JVM=(); measure app "$APP_JAR" --attestkursus.content-dir="$REPO/content" ;;
        bare) MEASURE_JVM=(); measure bare "$BARE_JAR" ;;
        app_aot)
            MEASURE_JVM=(-XX:AOTCache="$APP_AOT_FILE")
            measure app+aot "$APP_AOT_JAR" --attestkursus.content-dir="$REPO/content" ;;
        bare_aot) MEASURE_JVM=(-XX:AOTCache="$BARE_AOT_FILE"); measure bare+aot "$BARE_AOT_JAR" ;;
    esac
    MEASURE_JVM=()
}

printf '%-4s %-17s %10s %10s %10s %10s %12s\n' run jar "start ms" "ready ms" "CPU ms" "RSS MB" "load 1 min"
for i in $(seq 1 "$RUNS"); do
    for k in "${KINDS[@]}"; do
        run_kind "$k"
        MS[$k]+="$START_MS "; RSS[$k]+="$RSS_MB "; CPU[$k]+="$CPU_MS "
        if [ "$READY_MS" != - ]; then READY[$k]+="$READY_MS "; fi
        printf '%-4s %-17s %10s %10s %10s %10s %12s\n' "$i" "$(kind_label "$k")" "$START_MS" "$READY_MS" "$CPU_MS" \
            "$RSS_MB" "$LOAD1"
    done
done
LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg)"

# shellcheck disable=SC2086 # the samples are space separated on purpose
{
echo
echo "summary (load avg at end: $LOAD_END)"
printf '%-17s %10s %8s %8s %15s %13s %14s\n' jar "median ms" "min ms" "max ms" "median ready ms" \
    "median CPU ms" "median RSS MB"
for k in "${KINDS[@]}"; do
    printf '%-17s %10s %8s %8s %15s %13s %14s\n' "$(kind_label "$k")" "$(median ${MS[$k]})" "$(min ${MS[$k]})" \
        "$(max ${MS[$k]})" "$(median_or_dash ${READY[$k]-})" "$(median ${CPU[$k]})" "$(median ${RSS[$k]})"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
if [ "$BARE" = 1 ]; then
    echo
    echo "ratios (medians, app / bare):"
    printf '  plain start:   time %sx  CPU %sx  RSS %sx\n' "$(ratio "$(median ${MS[app]})" "$(median ${MS[bare]})")" \
        "$(ratio "$(median ${CPU[app]})" "$(median ${CPU[bare]})")" "$(ratio "$(median ${RSS[app]})" "$(median ${RSS[bare]})")"
    if [ "$AOT" = 1 ]; then
        printf '  both with AOT: time %sx  CPU %sx  RSS %sx\n' \
            "$(ratio "$(median ${MS[app_aot]})" "$(median ${MS[bare_aot]})")" \
            "$(ratio "$(median ${CPU[app_aot]})" "$(median ${CPU[bare_aot]})")" \
            "$(ratio "$(median ${RSS[app_aot]})" "$(median ${RSS[bare_aot]})")"
        printf '  app with AOT / plain bare: time %sx  RSS %sx\n' \
            "$(ratio "$(median ${MS[app_aot]})" "$(median ${MS[bare]})")" \
            "$(ratio "$(median ${RSS[app_aot]})" "$(median ${RSS[bare]})")"
    fi
fi
}

# --- one line per benchmark run into bench/results/startup-<date>.txt
mkdir -p "$RESULTS_DIR"
RESULT_FILE="$RESULTS_DIR/startup-$(date +%Y-%m-%d).txt"
line="$(date '+%Y-%m-%dT%H:%M:%S%z') commit=$COMMIT jdk=$JAVA_RUNTIME cpus=$CPUS"
line+=" load_start=${LOAD_START// /,} load_end=${LOAD_END// /,} runs=$RUNS"
sep=""
for k in "${KINDS[@]}"; do
    # shellcheck disable=SC2086
    {
    line+="$sep $(kind_label "$k"): median_ms=$(median ${MS[$k]}) min_ms=$(min ${MS[$k]}) max_ms=$(max ${MS[$k]})"
    line+=" median_ready_ms=$(median_or_dash ${READY[$k]-}) median_cpu_ms=$(median ${CPU[$k]}) median_rss_mb=$(median ${RSS[$k]})"
    case "$k" in
        app) line+=" jar_mb=$(jar_mb "$APP_JAR")" ;; bare) line+=" jar_mb=$(jar_mb "$BARE_JAR")" ;;
        app_aot) line+=" aot_cache_mb=$(jar_mb "$APP_AOT_FILE")" ;; bare_aot) line+=" aot_cache_mb=$(jar_mb "$BARE_AOT_FILE")" ;;
    esac
    ms="${MS[$k]% }"
    line+=" all_ms=${ms// /,}"
    }
    sep=" |"
done
echo "$line" >>"$RESULT_FILE"
echo
echo "appended to ${RESULT_FILE#"$REPO"/}"
