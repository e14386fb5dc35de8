#!/usr/bin/env python3
"""Replays a load dumped by `neo4j-load` (NEO4J_BENCH_DUMP=FILE) with PROFILE on a Neo4j 3.x/4.x HTTP endpoint:
one request per statement inside the same transactions, so that each statement's wall time, rows, db hits and
operators (Eager, index seeks or scans) are printed per statement and summed over the load.

Usage: NEO4J_USERNAME=neo4j NEO4J_PASSWORD=... neo4j_profile_replay.py DUMP http://127.0.0.1:7474 [--plans] [--no-profile]
(--no-profile: the same requests without PROFILE, to compare server CPU between two schemas).
The graph the dump writes to must be empty (neo4j-load deletes it at its end)."""
import base64, json, os, sys, time, urllib.request
from collections import defaultdict

dump, root = sys.argv[1], sys.argv[2].rstrip('/')
show_plans = '--plans' in sys.argv
prefix = '' if '--no-profile' in sys.argv else 'PROFILE '
auth = base64.b64encode(f"{os.environ.get('NEO4J_USERNAME', 'neo4j')}:{os.environ.get('NEO4J_PASSWORD', '')}".encode()).decode()


def post(url, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method='POST', headers={
        'Content-Type': 'application/json', 'Accept': 'application/json', 'Authorization': 'Basic ' + auth})
    with urllib.request.urlopen(request, timeout=600) as response:
        answer = json.load(response)
        if answer.get('errors'):
            raise SystemExit(f"error: {answer['errors']}")
        return answer, response.headers.get('Location')


def name(text):
    lines = [l for l in text.split('\n') if not l.startswith('UNWIND')]
    return (lines[0] if lines else text)[:60]


def walk(operator, depth, out):
    out.append((depth, operator['operatorType'], operator.get('Rows', 0), operator.get('DbHits', 0),
                operator.get('LegacyExpression') or operator.get('ExpandExpression') or operator.get('KeyNames', '')))
    for child in operator.get('children', []):
        walk(child, depth + 1, out)


totals = defaultdict(lambda: [0, 0.0, 0, set()])
location = None
for line in open(dump):
    entry = json.loads(line)
    if 'commit' in entry:
        started = time.perf_counter()
        post(location + '/commit', {'statements': []})
        totals['COMMIT'][0] += 1
        totals['COMMIT'][1] += time.perf_counter() - started
        location = None
        continue
    for statement in entry['statements']:
        body = {'statements': [{'statement': prefix + statement['statement'], 'parameters': statement['parameters']}]}
        started = time.perf_counter()
        if location is None:
            answer, location = post(root + '/db/data/transaction', body)
        else:
            answer, _ = post(location, body)
        elapsed = time.perf_counter() - started
        operators = []
        if prefix:
            walk(answer['results'][0]['plan']['root'], 0, operators)
        key = name(statement['statement'])
        total = totals[key]
        total[0] += 1
        total[1] += elapsed
        total[2] += sum(o[3] for o in operators)
        total[3].update(o[1] for o in operators)
        if show_plans:
            print(f"--- {key}  {elapsed:.2f} s")
            for depth, kind, rows, hits, detail in operators:
                print(f"    {'  ' * depth}{kind:<28} rows {rows:>8} dbhits {hits:>9}  {str(detail)[:70]}")

for key, (calls, seconds, hits, kinds) in sorted(totals.items(), key=lambda t: -t[1][1]):
    eager = ' EAGER' if 'Eager' in kinds else ''
    scans = ' SCAN' if any('Scan' in k for k in kinds) else ''
    print(f"{seconds:8.2f} s {calls:4} x {hits:>10} dbhits{eager}{scans}  {key}")
