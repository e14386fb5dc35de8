// Sample news: Timeline graph snapshot for Neo4j 5 (cypher-shell -f FILE)
// 11 actors, 11 events, 3 documents, 4 relations
CREATE CONSTRAINT timeline_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT timeline_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT timeline_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
UNWIND [
  {id: 'annalena-baerbock', name: 'Annalena Baerbock', kind: 'person', aliases: []},
  {id: 'antony-blinken', name: 'Antony Blinken', kind: 'person', aliases: ['Blinken']},
  {id: 'chile', name: 'Chile', kind: 'country', aliases: []},
  {id: 'germany', name: 'Germany', kind: 'country', aliases: ['Deutschland']},
  {id: 'hostile-group', name: 'Bob \"Drop\" O\'Neil \\ </script><b>&amp; \'); MATCH (n) DETACH DELETE n; //\nline\u0001', kind: 'group', aliases: [']]>', 'a;b|c']},
  {id: 'nato', name: 'NATO', kind: 'organization', aliases: []},
  {id: 'peru', name: 'Peru', kind: 'country', aliases: []},
  {id: 'russia', name: 'Russia', kind: 'country', aliases: ['Russland']},
  {id: 'sergei-lavrov', name: 'Sergei Lavrov', kind: 'person', aliases: ['Lawrow']},
  {id: 'ukraine', name: 'Ukraine', kind: 'country', aliases: []},
  {id: 'usa', name: 'USA', kind: 'country', aliases: ['United States', 'Vereinigte Staaten']}
] AS row
MERGE (n:Actor {id: row.id}) SET n += row;
UNWIND [
  {id: 'blog-undated', title: 'Notes from the region', language: 'en', published: null, source: 'Example Wire', url: null},
  {id: 'tagesschau-0312', title: 'Baerbock sagt der Ukraine Hilfe zu', language: 'de', published: datetime('2024-03-12T09:30:00+01:00'), source: 'tagesschau', url: null},
  {id: 'wire-0305', title: 'Blinken and Lavrov speak by phone', language: 'en', published: datetime('2024-03-05T09:30:00+01:00'), source: 'Example Wire', url: null}
] AS row
MERGE (n:Document {id: row.id}) SET n += row;
UNWIND [
  {id: 'ev-a79cdb646c16dd28', type: 'AGREE', mode: null, modality: 'asserted', start: date('2024-02-20'), `end`: date('2024-02-20'), granularity: 'day', timeValue: '2024-02-20', confidence: 0.8},
  {id: 'ev-4f0440e0dee13ad2', type: 'CONSULT', mode: 'phone', modality: 'asserted', start: date('2024-03-04'), `end`: date('2024-03-04'), granularity: 'day', timeValue: '2024-03-04', confidence: 0.9},
  {id: 'ev-20df4d623a900f1c', type: 'ACCUSE', mode: null, modality: 'asserted', start: date('2024-03-04'), `end`: date('2024-03-10'), granularity: 'week', timeValue: '2024-W10', confidence: 0.8},
  {id: 'ev-339d79479bdba6e7', type: 'CONSULT', mode: 'meeting', modality: 'planned', start: date('2024-03-08'), `end`: date('2024-03-08'), granularity: 'day', timeValue: '2024-03-08', confidence: 0.878},
  {id: 'ev-d47972a25c2e4488', type: 'ASSAULT', mode: null, modality: 'asserted', start: date('2024-03-09'), `end`: date('2024-03-09'), granularity: 'day', timeValue: '2024-03-09', confidence: 0.9},
  {id: 'ev-a16a0efc99efc055', type: 'AID', mode: null, modality: 'asserted', start: date('2024-03-11'), `end`: date('2024-03-11'), granularity: 'day', timeValue: '2024-03-11', confidence: 0.8},
  {id: 'ev-f4d54436a974c9fd', type: 'SANCTION', mode: null, modality: 'asserted', start: date('2024-03-12'), `end`: date('2024-03-12'), granularity: 'day', timeValue: '2024-03-12', confidence: 0.85},
  {id: 'ev-f41e124d1ff57b3a', type: 'THREATEN', mode: null, modality: 'asserted', start: date('2024-03-15'), `end`: date('2024-03-15'), granularity: 'day', timeValue: '2024-03-15', confidence: 0.7},
  {id: 'ev-d9e47ce85d110d88', type: 'CONSULT', mode: 'meeting', modality: 'planned', start: date('2024-04-01'), `end`: date('2024-04-30'), granularity: 'month', timeValue: '2024-04', confidence: 0.7},
  {id: 'ev-6642cb4af40a8e92', type: 'STATEMENT', mode: null, modality: 'asserted', start: null, `end`: null, granularity: null, timeValue: null, confidence: 0.5},
  {id: 'ev-7f17d3eecb96cd5f', type: 'STATEMENT', mode: null, modality: 'asserted', start: null, `end`: null, granularity: null, timeValue: null, confidence: 0.6}
] AS row
MERGE (n:Event {id: row.id}) SET n += row;
UNWIND [
  {actor: 'chile', event: 'ev-a79cdb646c16dd28', role: 'participant'},
  {actor: 'peru', event: 'ev-a79cdb646c16dd28', role: 'participant'},
  {actor: 'antony-blinken', event: 'ev-4f0440e0dee13ad2', role: 'source'},
  {actor: 'sergei-lavrov', event: 'ev-4f0440e0dee13ad2', role: 'target'},
  {actor: 'antony-blinken', event: 'ev-20df4d623a900f1c', role: 'source'},
  {actor: 'russia', event: 'ev-20df4d623a900f1c', role: 'target'},
  {actor: 'annalena-baerbock', event: 'ev-339d79479bdba6e7', role: 'participant'},
  {actor: 'antony-blinken', event: 'ev-339d79479bdba6e7', role: 'participant'},
  {actor: 'russia', event: 'ev-d47972a25c2e4488', role: 'source'},
  {actor: 'ukraine', event: 'ev-d47972a25c2e4488', role: 'target'},
  {actor: 'germany', event: 'ev-a16a0efc99efc055', role: 'source'},
  {actor: 'ukraine', event: 'ev-a16a0efc99efc055', role: 'target'},
  {actor: 'usa', event: 'ev-f4d54436a974c9fd', role: 'source'},
  {actor: 'russia', event: 'ev-f4d54436a974c9fd', role: 'target'},
  {actor: 'hostile-group', event: 'ev-f41e124d1ff57b3a', role: 'source'},
  {actor: 'usa', event: 'ev-f41e124d1ff57b3a', role: 'target'},
  {actor: 'antony-blinken', event: 'ev-d9e47ce85d110d88', role: 'participant'},
  {actor: 'sergei-lavrov', event: 'ev-d9e47ce85d110d88', role: 'participant'},
  {actor: 'peru', event: 'ev-6642cb4af40a8e92', role: 'source'},
  {actor: 'sergei-lavrov', event: 'ev-7f17d3eecb96cd5f', role: 'source'}
] AS row
MATCH (a:Actor {id: row.actor}), (e:Event {id: row.event}) MERGE (a)-[:PARTICIPATES_IN {role: row.role}]->(e);
UNWIND [
  {event: 'ev-a79cdb646c16dd28', document: 'blog-undated', sentenceBegin: 0, sentenceEnd: 62, sentence: 'Chile and Peru agreed on a fishing accord on 20 February 2024.', trigger: 'agreed', modality: 'asserted', confidence: 0.8},
  {event: 'ev-4f0440e0dee13ad2', document: 'wire-0305', sentenceBegin: 0, sentenceEnd: 106, sentence: 'US Secretary of State Antony Blinken spoke by phone with Russian Foreign Minister Sergei Lavrov on Monday.', trigger: 'spoke by phone', modality: 'asserted', confidence: 0.9},
  {event: 'ev-20df4d623a900f1c', document: 'wire-0305', sentenceBegin: 107, sentenceEnd: 174, sentence: 'Blinken accused Russia during the week of stalling the grain talks.', trigger: 'accused', modality: 'asserted', confidence: 0.8},
  {event: 'ev-339d79479bdba6e7', document: 'tagesschau-0312', sentenceBegin: 0, sentenceEnd: 75, sentence: 'Außenministerin Annalena Baerbock traf Antony Blinken am Freitag in Berlin.', trigger: 'traf', modality: 'planned', confidence: 0.85},
  {event: 'ev-339d79479bdba6e7', document: 'wire-0305', sentenceBegin: 252, sentenceEnd: 303, sentence: 'Blinken will also meet Annalena Baerbock on Friday.', trigger: 'meet', modality: 'planned', confidence: 0.75},
  {event: 'ev-d47972a25c2e4488', document: 'tagesschau-0312', sentenceBegin: 134, sentenceEnd: 182, sentence: 'Russland griff die Ukraine am Samstag erneut an.', trigger: 'griff', modality: 'asserted', confidence: 0.9},
  {event: 'ev-a16a0efc99efc055', document: 'tagesschau-0312', sentenceBegin: 76, sentenceEnd: 133, sentence: 'Deutschland sagte der Ukraine am Montag weitere Hilfe zu.', trigger: 'Hilfe', modality: 'asserted', confidence: 0.8},
  {event: 'ev-f4d54436a974c9fd', document: 'tagesschau-0312', sentenceBegin: 183, sentenceEnd: 245, sentence: 'Die USA verhängten am Dienstag neue Sanktionen gegen Russland.', trigger: 'Sanktionen', modality: 'asserted', confidence: 0.85},
  {event: 'ev-f41e124d1ff57b3a', document: 'blog-undated', sentenceBegin: 100, sentenceEnd: 167, sentence: 'The group led by Bob threatened the United States on 15 March 2024.', trigger: 'threatened', modality: 'asserted', confidence: 0.7},
  {event: 'ev-d9e47ce85d110d88', document: 'wire-0305', sentenceBegin: 175, sentenceEnd: 212, sentence: 'Both plan to meet in Geneva in April.', trigger: 'meet', modality: 'planned', confidence: 0.7},
  {event: 'ev-6642cb4af40a8e92', document: 'blog-undated', sentenceBegin: 63, sentenceEnd: 99, sentence: 'Peru later said the accord was fair.', trigger: 'said', modality: 'asserted', confidence: 0.5},
  {event: 'ev-7f17d3eecb96cd5f', document: 'wire-0305', sentenceBegin: 213, sentenceEnd: 251, sentence: 'Lavrov said the talks had been useful.', trigger: 'said', modality: 'asserted', confidence: 0.6}
] AS row
MATCH (e:Event {id: row.event}), (d:Document {id: row.document}) MERGE (e)-[r:REPORTED_IN {sentenceBegin: row.sentenceBegin}]->(d) SET r.sentenceEnd = row.sentenceEnd, r.sentence = row.sentence, r.trigger = row.trigger, r.modality = row.modality, r.confidence = row.confidence;
UNWIND [
  {source: 'annalena-baerbock', target: 'germany', document: 'tagesschau-0312', begin: 0, `end`: 75, title: 'Außenministerin', since: date('2024-03-12')},
  {source: 'antony-blinken', target: 'usa', document: 'wire-0305', begin: 0, `end`: 106, title: 'Secretary of State', since: date('2024-03-05')},
  {source: 'sergei-lavrov', target: 'russia', document: 'wire-0305', begin: 0, `end`: 106, title: 'Foreign Minister', since: date('2024-03-05')}
] AS row
MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target}) MERGE (s)-[r:HOLDS_ROLE {document: row.document, begin: row.begin}]->(t) SET r.end = row.end, r.title = row.title, r.since = row.since;
UNWIND [
  {source: 'germany', target: 'nato', document: 'tagesschau-0312', begin: 246, `end`: 280, title: null, since: date('2024-03-12')}
] AS row
MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target}) MERGE (s)-[r:MEMBER_OF {document: row.document, begin: row.begin}]->(t) SET r.end = row.end, r.title = row.title, r.since = row.since;
