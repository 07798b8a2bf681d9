CREATE TABLE "OutcomeImports" (
    "OutcomeId" INTEGER NOT NULL CONSTRAINT "PK_OutcomeImports" PRIMARY KEY,
    "SourceId" INTEGER NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "ImportedAt" TEXT NOT NULL,
    "DescriptionId" INTEGER NULL,
    "ActivityStatus" TEXT NULL,
    "StartDate" TEXT NULL,
    "EndDate" TEXT NULL,
    "Summary" TEXT NOT NULL,
    CONSTRAINT "FK_OutcomeImports_Outcomes_OutcomeId" FOREIGN KEY ("OutcomeId") REFERENCES "Outcomes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OutcomeImports_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OutcomeImports_Texts_DescriptionId" FOREIGN KEY ("DescriptionId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "IatiIndicators" (
    "ResultIndicatorId" INTEGER NOT NULL CONSTRAINT "PK_IatiIndicators" PRIMARY KEY,
    "ResultPosition" INTEGER NOT NULL,
    "ResultType" TEXT NULL,
    "ResultTitleId" INTEGER NOT NULL,
    "ResultDescriptionId" INTEGER NULL,
    "DescriptionId" INTEGER NULL,
    CONSTRAINT "FK_IatiIndicators_ResultIndicators_ResultIndicatorId" FOREIGN KEY ("ResultIndicatorId") REFERENCES "ResultIndicators" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_IatiIndicators_Texts_DescriptionId" FOREIGN KEY ("DescriptionId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_IatiIndicators_Texts_ResultDescriptionId" FOREIGN KEY ("ResultDescriptionId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_IatiIndicators_Texts_ResultTitleId" FOREIGN KEY ("ResultTitleId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ResultIndicatorValues" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ResultIndicatorValues" PRIMARY KEY AUTOINCREMENT,
    "ResultIndicatorId" INTEGER NOT NULL,
    "PeriodId" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "Year" INTEGER NULL,
    "Dimensions" TEXT NOT NULL,
    "Value" TEXT NULL,
    "Text" TEXT NULL,
    "CommentId" INTEGER NULL,
    CONSTRAINT "FK_ResultIndicatorValues_ResultIndicatorPeriods_PeriodId" FOREIGN KEY ("PeriodId") REFERENCES "ResultIndicatorPeriods" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ResultIndicatorValues_ResultIndicators_ResultIndicatorId" FOREIGN KEY ("ResultIndicatorId") REFERENCES "ResultIndicators" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ResultIndicatorValues_Texts_CommentId" FOREIGN KEY ("CommentId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_IatiIndicators_DescriptionId" ON "IatiIndicators" ("DescriptionId");

CREATE INDEX "IX_IatiIndicators_ResultDescriptionId" ON "IatiIndicators" ("ResultDescriptionId");

CREATE INDEX "IX_IatiIndicators_ResultTitleId" ON "IatiIndicators" ("ResultTitleId");

CREATE INDEX "IX_OutcomeImports_DescriptionId" ON "OutcomeImports" ("DescriptionId");

CREATE INDEX "IX_OutcomeImports_SourceId" ON "OutcomeImports" ("SourceId");

CREATE INDEX "IX_ResultIndicatorValues_CommentId" ON "ResultIndicatorValues" ("CommentId");

CREATE INDEX "IX_ResultIndicatorValues_PeriodId" ON "ResultIndicatorValues" ("PeriodId");

CREATE INDEX "IX_ResultIndicatorValues_ResultIndicatorId" ON "ResultIndicatorValues" ("ResultIndicatorId");
