CREATE TABLE "SearchEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SearchEntries" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "CountryIso2" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Path" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "NormalisedTitle" TEXT NOT NULL,
    "NormalisedBody" TEXT NOT NULL,
    "BodyLength" INTEGER NOT NULL
);

-- The full-text index over the normalised words, reading its text from "SearchEntries" (external content) and kept
-- in step with it by the triggers below, so every write to the table, including a plain DELETE, updates the index.
-- Prefix indexes for two and three characters keep short prefix queries ("ge", "mu") fast.
CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
    "NormalisedTitle", "NormalisedBody",
    content = 'SearchEntries', content_rowid = 'Id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN
    INSERT INTO "SearchIndex" (rowid, "NormalisedTitle", "NormalisedBody")
    VALUES (new."Id", new."NormalisedTitle", new."NormalisedBody");
END;

CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN
    INSERT INTO "SearchIndex" ("SearchIndex", rowid, "NormalisedTitle", "NormalisedBody")
    VALUES ('delete', old."Id", old."NormalisedTitle", old."NormalisedBody");
END;

CREATE TRIGGER "SearchEntries_Updated" AFTER UPDATE ON "SearchEntries" BEGIN
    INSERT INTO "SearchIndex" ("SearchIndex", rowid, "NormalisedTitle", "NormalisedBody")
    VALUES ('delete', old."Id", old."NormalisedTitle", old."NormalisedBody");
    INSERT INTO "SearchIndex" (rowid, "NormalisedTitle", "NormalisedBody")
    VALUES (new."Id", new."NormalisedTitle", new."NormalisedBody");
END;
