#!/bin/bash
# The measurements of docs/scale.md: generate N documents, bulk-load them, serve them, ask bench-api's questions.
# Usage: docs/scale-run.sh N PORT   (SCALE_DIR: where corpora and databases go, default /tmp/scale;
#        JAR: the jar, default target/lexgraph.jar). Outputs: ingestN.json, dbN.size, apiN.txt, rssN.txt, heapN.json.
set -u
N=$1; PORT=$2; J=$(realpath "${JAR:-target/lexgraph.jar}"); D=${SCALE_DIR:-/tmp/scale}
mkdir -p "$D"
cd $D
[ -d gen$N ] || { /usr/bin/time -f "generate %e s, max RSS %M KB" java -Xmx2g -jar $J generate --documents $N --seed 7 --out gen$N > gen$N.log 2>&1; }
du -sb gen$N > gen$N.size
rm -rf db$N
/usr/bin/time -f "bulk %e s, max RSS %M KB" java -Xmx6g -jar $J bench-ingest --bulk --corpus gen$N --data-dir db$N > ingest$N.json 2> ingest$N.err
du -sb db$N > db$N.size; du -sb db$N/* >> db$N.size 2>/dev/null
java -Xmx2g -jar $J serve --lexgraph.data-dir=$D/db$N --lexgraph.seed-on-first-start=false --server.port=$PORT > serve$N.log 2>&1 &
SP=$!
for i in $(seq 1 120); do curl -sf localhost:$PORT/api/v1/stats > stats$N.json && break; sleep 2; done
# read the store once so the first requests do not wait for the disk
cat db$N/neo4j/data/databases/neo4j/* > /dev/null 2>&1 || find db$N -type f -exec cat {} + > /dev/null
( while kill -0 $SP 2>/dev/null; do ps -o rss= -p $SP >> rss$N.txt; sleep 5; done ) &
java -jar $J bench-api --url http://localhost:$PORT --seconds 30 --requests 200 --sample 1000 --clients 16 --warmup-seconds 60 > api$N.txt 2>&1
curl -sf "localhost:$PORT/actuator/metrics/jvm.memory.used?tag=area:heap" > heap$N.json
kill $SP; wait $SP 2>/dev/null
echo done $N
