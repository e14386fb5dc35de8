// Neo4j 3.x: indexes earlier versions created that no query uses (each costs a Lucene update per written node).
// 3.x has no DROP INDEX … IF EXISTS: the store drops a line only when schema/indexes.3 lists "INDEX ON …" for it.
DROP INDEX ON :Event(endDay)
DROP INDEX ON :Event(type)
DROP INDEX ON :Document(publishedDay)
