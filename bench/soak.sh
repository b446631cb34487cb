#!/usr/bin/env bash
# Soak benchmark (issue 18): the production jar on a fresh database, driven for hours by a few
# simulated users of each role in headless Chromium (SoakBench, src/test/java/dk/attestkursus/bench/).
#
# 1. Builds the production jar (./mvnw -Pproduction package) and copies it, the compiled test
#    classes and the test classpath into a run folder outside target/ (a later build replaces them).
# 2. Runs SoakBench from that folder with plain java, so no Maven build (and no /tmp/maven.lock) is
#    held for the hours the soak takes; or, with --via-maven, as
#    ./mvnw verify -Pbench -Dit.test=SoakBench -Dsoak.jar=... (holding the lock throughout).
# The report is appended to bench/results/soak-<date>-<db>.txt; the application's own log, access
# log and GC log stay in the run folder. Exit status 0 only if every soak passed. See bench/README.md.
#
# Usage: bench/soak.sh [--db h2|postgres|both] [--minutes N] [options] [-Dsoak.x=y ...]
set -euo pipefail

usage() {
    sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    cat <<'EOF'

Options:
  --db h2|postgres|both  the database (default h2); both: the two soaks at the same time, each with
                         its own application on its own port and its own browsers
  --minutes N            how long the users walk (default 120)
  --sample-minutes N     a heap sample after a full GC every N minutes (default 15)
  --h2-version V         build the jar with this H2 (e.g. 2.4.240, to see the soak catch its bug)
  --app-arg ARG          one more application argument (repeatable), e.g.
                         --app-arg --spring.datasource.hikari.max-lifetime=30000
  --label TEXT           a note for the report's first line
  --jar PATH             soak this jar instead of building one (still builds the test classes)
  --no-compile           with --jar: no Maven at all; use target/classes, target/test-classes and the
                         classpath of the last build (target/soak-classpath.txt) as they are
  --run-dir DIR          the run folder (default /tmp/attestkursus-soak-<time>)
  --via-maven            run through ./mvnw verify -Pbench (holds /tmp/maven.lock for the whole soak)
  -Dsoak.x=y             any other SoakBench setting (see bench/README.md), passed on as is
  -h, --help             this text
EOF
}

DB=h2
MINUTES=120
SAMPLE=15
H2_VERSION=
APP_ARGS=()
LABEL=
JAR=
RUN_DIR=
VIA_MAVEN=0
COMPILE=1
EXTRA=()
while [ $# -gt 0 ]; do
    case "$1" in
        --db) DB="${2:?--db needs h2, postgres or both}"; shift 2 ;;
        --both) DB=both; shift ;;
        --minutes) MINUTES="${2:?--minutes needs a number}"; shift 2 ;;
        --sample-minutes) SAMPLE="${2:?--sample-minutes needs a number}"; shift 2 ;;
        --h2-version) H2_VERSION="${2:?--h2-version needs a version}"; shift 2 ;;
        --app-arg) APP_ARGS+=("${2:?--app-arg needs an argument}"); shift 2 ;;
        --label) LABEL="${2:?--label needs a text}"; shift 2 ;;
        --jar) JAR="${2:?--jar needs a path}"; shift 2 ;;
        --run-dir) RUN_DIR="${2:?--run-dir needs a folder}"; shift 2 ;;
        --via-maven) VIA_MAVEN=1; shift ;;
        --no-compile) COMPILE=0; shift ;;
        -D*) EXTRA+=("$1"); shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "soak.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done
case "$DB" in h2|postgres|both) ;; *) echo "soak.sh: --db wants h2, postgres or both, got '$DB'" >&2; exit 2 ;; esac

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
STAMP="$(date +%Y%m%d-%H%M%S)"
RUN_DIR="${RUN_DIR:-${TMPDIR:-/tmp}/attestkursus-soak-$STAMP}"
mkdir -p "$RUN_DIR"
RUN_DIR="$(cd "$RUN_DIR" && pwd)"

# --- JDK 21+: JAVA_HOME if >= 21, else the default java if >= 21, else the newest under /usr/lib/jvm
java_major() {
    "$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}
find_jdk() {
    local m jdk
    if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        m="$(java_major "$JAVA_HOME/bin/java")"
        if [ "${m:-0}" -ge 21 ] 2>/dev/null; then echo "$JAVA_HOME"; return; fi
    fi
    for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        if [ -x "${jdk}bin/java" ] && [ -x "${jdk}bin/javac" ]; then
            m="$(java_major "${jdk}bin/java")"
            if [ "${m:-0}" -ge 21 ] 2>/dev/null; then echo "${jdk%/}"; return; fi
        fi
    done
    return 1
}
JAVA_HOME="$(find_jdk)" || { echo "soak.sh: no JDK 21+ found (JAVA_HOME, /usr/lib/jvm)" >&2; exit 1; }
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"

# Every Maven build on this machine takes /tmp/maven.lock, so two builds never share the two cores.
mvn_locked() {
    flock /tmp/maven.lock ./mvnw "$@"
}

MVN_H2=()
if [ -n "$H2_VERSION" ]; then MVN_H2=("-Dh2.version=$H2_VERSION"); fi

echo "soak.sh: run folder $RUN_DIR, JDK $JAVA_HOME"
if [ -z "$JAR" ]; then
    echo "soak.sh: building the production jar${H2_VERSION:+ with H2 $H2_VERSION} (waits for /tmp/maven.lock)"
    # One build: the production jar, the test classes (compiled, not run) and the test classpath.
    mvn_locked -B -q -Pproduction -DskipTests "${MVN_H2[@]}" package dependency:build-classpath \
        -Dmdep.outputFile="$RUN_DIR/classpath.txt" -Dmdep.includeScope=test
    BUILT="$(ls target/attestkursus-*.jar | grep -v '\.original$' | head -n 1)"
    cp "$BUILT" "$RUN_DIR/attestkursus.jar"
    JAR="$RUN_DIR/attestkursus.jar"
elif [ "$VIA_MAVEN" = 0 ] && [ "$COMPILE" = 1 ]; then
    echo "soak.sh: compiling the test classes (waits for /tmp/maven.lock)"
    mvn_locked -B -q -DskipTests test-compile dependency:build-classpath \
        -Dmdep.outputFile="$RUN_DIR/classpath.txt" -Dmdep.includeScope=test
elif [ "$VIA_MAVEN" = 0 ]; then
    if [ ! -f target/soak-classpath.txt ] || [ ! -d target/test-classes ]; then
        echo "soak.sh: --no-compile needs target/test-classes and target/soak-classpath.txt of an earlier run" >&2
        exit 2
    fi
    cp target/soak-classpath.txt "$RUN_DIR/classpath.txt"
fi
if [ "$VIA_MAVEN" = 0 ]; then cp "$RUN_DIR/classpath.txt" target/soak-classpath.txt; fi
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
echo "soak.sh: soaking $JAR"

if [ "$DB" = both ]; then DATABASES=(h2 postgres); else DATABASES=("$DB"); fi
APP_ARGS_JOINED="${APP_ARGS[*]-}"

props() { # the SoakBench settings for one database
    local db="$1"
    printf '%s\n' "-Dsoak.jar=$JAR" "-Dsoak.database=$db" "-Dsoak.minutes=$MINUTES" \
        "-Dsoak.sample-minutes=$SAMPLE" "-Dsoak.work=$RUN_DIR/app-$db" "-Dsoak.results=$REPO/bench/results" \
        "-Dsoak.screenshots=$REPO/target/soak-screenshots"
    if [ -n "$APP_ARGS_JOINED" ]; then printf '%s\n' "-Dsoak.app-args=$APP_ARGS_JOINED"; fi
    if [ -n "$LABEL" ]; then printf '%s\n' "-Dsoak.label=$LABEL"; fi
    if [ ${#EXTRA[@]} -gt 0 ]; then printf '%s\n' "${EXTRA[@]}"; fi
}

if [ "$VIA_MAVEN" = 1 ]; then
    status=0
    for db in "${DATABASES[@]}"; do
        mapfile -t P < <(props "$db")
        echo "soak.sh: ./mvnw verify -Pbench -Dit.test=SoakBench on $db (holds /tmp/maven.lock)"
        mvn_locked -B verify -Pbench -Dit.test=SoakBench "${MVN_H2[@]}" "${P[@]}" || status=1
    done
    exit $status
fi

# Plain java from the run folder: the compiled classes are copied so a later build cannot change them.
rm -rf "$RUN_DIR/classes" "$RUN_DIR/test-classes"
cp -r target/classes "$RUN_DIR/classes"
cp -r target/test-classes "$RUN_DIR/test-classes"
CP="$RUN_DIR/test-classes:$RUN_DIR/classes:$(cat "$RUN_DIR/classpath.txt")"

if [ ${#DATABASES[@]} -eq 1 ]; then
    db="${DATABASES[0]}"
    mapfile -t P < <(props "$db")
    out="$RUN_DIR/soak-$db.out"
    echo "soak.sh: $db soak started $(date '+%Y-%m-%d %H:%M'), $MINUTES min; output also in $out"
    status=0
    "$JAVA" "${P[@]}" -cp "$CP" dk.attestkursus.bench.SoakBench 2>&1 | tee "$out" || status=1
    if [ $status = 0 ]; then echo "soak.sh: $db soak PASSED"; else echo "soak.sh: $db soak FAILED"; fi
    exit $status
fi

pids=()
for db in "${DATABASES[@]}"; do
    mapfile -t P < <(props "$db")
    out="$RUN_DIR/soak-$db.out"
    echo "soak.sh: $db soak started $(date '+%Y-%m-%d %H:%M'), $MINUTES min; output $out"
    "$JAVA" "${P[@]}" -cp "$CP" dk.attestkursus.bench.SoakBench >"$out" 2>&1 &
    pids+=($!)
    # Not both applications and fourteen browsers starting at once on two cores.
    if [ "$db" != "${DATABASES[-1]}" ]; then sleep 90; fi
done
status=0
for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then
        echo "soak.sh: ${DATABASES[$i]} soak PASSED"
    else
        echo "soak.sh: ${DATABASES[$i]} soak FAILED (see $RUN_DIR/soak-${DATABASES[$i]}.out)"
        status=1
    fi
done
for db in "${DATABASES[@]}"; do
    echo; echo "=== $db ==="; sed -n '/^duration:/,$p' "$RUN_DIR/soak-$db.out"
done
exit $status
