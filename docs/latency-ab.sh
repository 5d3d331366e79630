#!/bin/bash
# latency-ab.sh JAR DATA_DIR PORT NAME: serve DATA_DIR with JAR, warm up with ids 1-250 asked twice, then time ids 251-500 one at a time (each once: never from the answer cache)
J=$1; D=$2; P=$3; N=$4
java -Xmx1g -jar "$J" serve --lexgraph.data-dir=$D --lexgraph.seed-on-first-start=false --server.port=$P > /tmp/ab-$N.log 2>&1 &
SP=$!
for i in $(seq 1 100); do sleep 2; curl -s localhost:$P/api/v1/stats >/dev/null && break; done
[ -f /tmp/abids.txt ] || curl -s "localhost:$P/api/v1/dependencies?of=KE_HOACH,BAO_CAO&on=CHI_THI,NGHI_QUYET,KE_HOACH,QUYET_DINH&size=500" | python3 -c "
import json,sys;d=json.load(sys.stdin);import random;ids=[ (i['document']['id'] if 'document' in i else i['id']) for i in d['items']];random.seed(1);random.shuffle(ids);print('\n'.join(ids))" > /tmp/abids.txt
for round in 1 2; do for id in $(sed -n 1,250p /tmp/abids.txt); do curl -s -o /dev/null "localhost:$P/api/v1/documents/$id/dependencies?transitive=true&limit=$((100+round))"; done; done
for id in $(sed -n 251,500p /tmp/abids.txt); do curl -s -o /dev/null -w "%{time_total}\n" "localhost:$P/api/v1/documents/$id/dependencies?transitive=true"; done > /tmp/ab-$N.times
kill $SP; wait $SP 2>/dev/null
python3 -c "
import statistics as s;t=sorted(float(x)*1000 for x in open('/tmp/ab-$N.times'));print('$N: n=%d p50 %.1f ms p90 %.1f p99 %.1f mean %.1f'%(len(t),t[len(t)//2],t[int(len(t)*.9)],t[int(len(t)*.99)],s.mean(t)))"
