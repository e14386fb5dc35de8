// Relations pointing at these actors (by uid): who holds a role in, or is part or member of, them. Used to expand
// an actor to its members level by level without reading every relation.
UNWIND $targets AS targetUid
MATCH (s:Actor)-[r:HOLDS_ROLE|MEMBER_OF|PART_OF]->(t:Actor {uid: targetUid})
USING INDEX t:Actor(uid)
RETURN s.id AS source, type(r) AS type, t.id AS target, r.title AS title, r.sinceDay AS sinceDay,
       r.document AS document, r.begin AS begin, r.end AS end
