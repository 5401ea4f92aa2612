"""CPython's time for kmeans.py on the kmeans problem's largest test (KMeansData.java prints it):
python3 python/bench/kmeans-cpython.py < data.json [runs]"""
import json
import statistics
import sys
import time

sys.path.insert(0, __import__('os').path.dirname(__file__))
from kmeans import cluster  # noqa: E402

points, k, initial = json.load(sys.stdin)
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
times = []
for _ in range(runs):
    start = time.perf_counter()
    cluster(points, k, initial)
    times.append((time.perf_counter() - start) * 1000)
print('cpython %s: runs %s ms, p50 %.1f ms' % (sys.version.split()[0], ' '.join('%.0f' % t for t in times),
                                               statistics.median(times)))
