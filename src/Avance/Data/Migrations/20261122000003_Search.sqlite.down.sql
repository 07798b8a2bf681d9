DROP TRIGGER "SearchEntries_Updated";
DROP TRIGGER "SearchEntries_Deleted";
DROP TRIGGER "SearchEntries_Inserted";
DROP TABLE "SearchIndex";
DROP TABLE "SearchEntries";
