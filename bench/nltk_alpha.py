"""NLTK's Krippendorff's alpha on a long CSV (unit,coder,value): the comparison side of agreement-e2e.sh.

Run with NLTK from PyPI (3.10.x) in a virtual environment: VENV/bin/python bench/nltk_alpha.py FILE
Prints alpha and the time spent reading, building the AnnotationTask and computing alpha.
"""
import csv
import sys
import time

from nltk.metrics.agreement import AnnotationTask

start = time.perf_counter()
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = [(r["coder"], r["unit"], r["value"]) for r in csv.DictReader(f)]
read = time.perf_counter()
task = AnnotationTask(data=rows)
built = time.perf_counter()
alpha = task.alpha()
done = time.perf_counter()
print(f"nltk alpha={alpha:.10f} ratings={len(rows)} read={read - start:.2f}s "
      f"task={built - read:.2f}s alpha={done - built:.2f}s")
