// Event reports, event mentions, actor mentions and actor listings of these documents.
UNWIND $documents AS documentUid
MATCH (:Document {uid: documentUid})<-[r:REPORTED_IN|MENTIONED_IN|LISTED_IN]-()
DELETE r
