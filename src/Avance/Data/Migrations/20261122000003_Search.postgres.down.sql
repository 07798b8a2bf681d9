DROP TABLE "SearchEntries";
