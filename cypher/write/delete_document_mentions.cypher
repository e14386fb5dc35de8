// Event reports, event mentions, actor mentions and actor listings of these documents.
UNWIND $documents AS documentUid
MATCH (d:Document {uid: documentUid})<-[r:REPORTED_IN|MENTIONED_IN|LISTED_IN]-()
USING INDEX d:Document(uid)
DELETE r
