// REPORTED_IN relationships of an earlier version (now report* properties of the event mentions), from the count store.
MATCH ()-[r:REPORTED_IN]->() RETURN count(r) AS reports
