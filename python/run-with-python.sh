#!/usr/bin/env sh
# Starts the app with Python solutions on (python/PYTHON.md, "Launch"). Needs JDK 21+ (JAVA_HOME, else the java
# on the PATH) and the build's output: ./mvnw -B -q -DskipTests package, run on that JDK.
#
# The boot jar starts through Spring Boot's PropertiesLauncher, which adds the Python runner (loader.path) to the
# application's class loader. GraalPy's jars go on the module path: Truffle's optimizing runtime only works as a
# named module, and with the Graal compiler on the upgrade module path (JVMCI) Python code is compiled to
# machine code. The compiler is used on machines with 4 cores or more: on 2 cores its threads compete with the
# judging, and interpreted GraalPy gave faster verdicts (BENCHMARKS.md, "Python", run 2). PYTHON_COMPILER=on or
# off overrides. Arguments go to the app (e.g. --server.port=0); JAVA_OPTS to the JVM.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

app=$(ls "$root"/backend/target/backend-*.jar 2>/dev/null | head -1)
runner=${PYTHON_RUNNER:-$(ls "$root"/python/target/python-*.jar 2>/dev/null | head -1)}
graalpy="$root/python/target/graalpy"
compiler=$(ls "$root"/python/target/graal-compiler/compiler-*.jar 2>/dev/null | head -1)
if [ -z "$app" ] || [ -z "$runner" ] || [ ! -d "$graalpy" ]; then
  echo "Build first, on JDK 21+: ./mvnw -B -q -DskipTests package (the boot jar, the Python runner, GraalPy's jars)" >&2
  exit 1
fi

set -- -Dloader.path="$runner" -cp "$app" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
# The judge reuses javac's contexts with these exports (java -jar reads them from the jar's manifest).
set -- --add-exports jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED \
  --add-exports jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED "$@"
set -- --module-path "$graalpy" --add-modules org.graalvm.polyglot,org.graalvm.py \
  --enable-native-access=org.graalvm.truffle "$@"
cores=$(nproc 2>/dev/null || echo 1)
default=off
if [ "$cores" -ge 4 ]; then
  default=on
fi
if [ "${PYTHON_COMPILER:-$default}" != off ] && [ -n "$compiler" ]; then
  set -- -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path="$compiler" "$@"
else
  # Interpreted on purpose: the engine's warning about it says nothing new.
  set -- -Dpolyglot.engine.WarnInterpreterOnly=false "$@"
fi
# shellcheck disable=SC2086
exec "$java" ${JAVA_OPTS:-} "$@"
