// What the stored versions of these documents contributed: the events they report and the actors they list.
UNWIND $documents AS documentUid
MATCH (d:Document {uid: documentUid})
USING INDEX d:Document(uid)
RETURN d.id AS document,
       [(d)<-[:MENTIONED_IN]-(e:Event) | e.id] AS events,
       [(d)<-[:LISTED_IN]-(a:Actor) | a.id] AS actors
