// Event mentions (with the reports on them) and actor listings (with the actor mentions on them) of these documents.
UNWIND $documents AS documentUid
MATCH (d:Document {uid: documentUid})<-[r:MENTIONED_IN|LISTED_IN]-()
USING INDEX d:Document(uid)
DELETE r
