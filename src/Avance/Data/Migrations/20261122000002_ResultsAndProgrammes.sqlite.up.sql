CREATE TABLE "Programmes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Programmes" PRIMARY KEY AUTOINCREMENT,
    "CountryId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "NameId" INTEGER NOT NULL,
    "DescriptionId" INTEGER NULL,
    "LeadOrganisationId" INTEGER NULL,
    CONSTRAINT "FK_Programmes_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Programmes_Organisations_LeadOrganisationId" FOREIGN KEY ("LeadOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Programmes_Texts_DescriptionId" FOREIGN KEY ("DescriptionId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Programmes_Texts_NameId" FOREIGN KEY ("NameId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ResultsFrameworks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ResultsFrameworks" PRIMARY KEY AUTOINCREMENT,
    "CountryId" INTEGER NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    "TitleId" INTEGER NOT NULL,
    "StartYear" INTEGER NULL,
    "EndYear" INTEGER NULL,
    CONSTRAINT "FK_ResultsFrameworks_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ResultsFrameworks_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ResultsFrameworks_Texts_TitleId" FOREIGN KEY ("TitleId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ProgrammeFigures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProgrammeFigures" PRIMARY KEY AUTOINCREMENT,
    "ProgrammeId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "AreaId" INTEGER NULL,
    "Municipality" TEXT NULL,
    "Metric" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "IsLowerBound" INTEGER NOT NULL,
    "Currency" TEXT NULL,
    "Channel" TEXT NULL,
    "SourceId" INTEGER NOT NULL,
    CONSTRAINT "FK_ProgrammeFigures_AdministrativeAreas_AreaId" FOREIGN KEY ("AreaId") REFERENCES "AdministrativeAreas" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProgrammeFigures_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ProgrammeFigures_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Outcomes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Outcomes" PRIMARY KEY AUTOINCREMENT,
    "FrameworkId" INTEGER NOT NULL,
    "IatiIdentifier" TEXT NULL,
    "SummaryId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "DisplayOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_Outcomes_ResultsFrameworks_FrameworkId" FOREIGN KEY ("FrameworkId") REFERENCES "ResultsFrameworks" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Outcomes_Texts_SummaryId" FOREIGN KEY ("SummaryId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "FundingContributions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FundingContributions" PRIMARY KEY AUTOINCREMENT,
    "OutcomeId" INTEGER NOT NULL,
    "PartnerId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Currency" TEXT NOT NULL,
    "Development" TEXT NOT NULL,
    "Humanitarian" TEXT NOT NULL,
    "SourceId" INTEGER NOT NULL,
    CONSTRAINT "FK_FundingContributions_Organisations_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_FundingContributions_Outcomes_OutcomeId" FOREIGN KEY ("OutcomeId") REFERENCES "Outcomes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_FundingContributions_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "OutcomeProgressNotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutcomeProgressNotes" PRIMARY KEY AUTOINCREMENT,
    "OutcomeId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Assessment" TEXT NOT NULL,
    "NoteId" INTEGER NOT NULL,
    "SourceId" INTEGER NOT NULL,
    CONSTRAINT "FK_OutcomeProgressNotes_Outcomes_OutcomeId" FOREIGN KEY ("OutcomeId") REFERENCES "Outcomes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OutcomeProgressNotes_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OutcomeProgressNotes_Texts_NoteId" FOREIGN KEY ("NoteId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "OutcomeResources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutcomeResources" PRIMARY KEY AUTOINCREMENT,
    "OutcomeId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Currency" TEXT NOT NULL,
    "PlannedBudget" TEXT NULL,
    "CoreResources" TEXT NULL,
    "NonCoreResources" TEXT NULL,
    "Expenditure" TEXT NULL,
    "SourceId" INTEGER NOT NULL,
    CONSTRAINT "FK_OutcomeResources_Outcomes_OutcomeId" FOREIGN KEY ("OutcomeId") REFERENCES "Outcomes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OutcomeResources_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Outputs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Outputs" PRIMARY KEY AUTOINCREMENT,
    "OutcomeId" INTEGER NOT NULL,
    "IatiIdentifier" TEXT NULL,
    "Code" TEXT NOT NULL,
    "TitleId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "FK_Outputs_Outcomes_OutcomeId" FOREIGN KEY ("OutcomeId") REFERENCES "Outcomes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Outputs_Texts_TitleId" FOREIGN KEY ("TitleId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SdgAllocations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SdgAllocations" PRIMARY KEY AUTOINCREMENT,
    "OutcomeId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "SdgCode" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "SourceId" INTEGER NOT NULL,
    CONSTRAINT "FK_SdgAllocations_Outcomes_OutcomeId" FOREIGN KEY ("OutcomeId") REFERENCES "Outcomes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SdgAllocations_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "StrategicPlanContributions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StrategicPlanContributions" PRIMARY KEY AUTOINCREMENT,
    "OutcomeId" INTEGER NOT NULL,
    "Level" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "TitleId" INTEGER NOT NULL,
    CONSTRAINT "FK_StrategicPlanContributions_Outcomes_OutcomeId" FOREIGN KEY ("OutcomeId") REFERENCES "Outcomes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_StrategicPlanContributions_Texts_TitleId" FOREIGN KEY ("TitleId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ResultIndicators" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ResultIndicators" PRIMARY KEY AUTOINCREMENT,
    "OutcomeId" INTEGER NOT NULL,
    "OutputId" INTEGER NULL,
    "TitleId" INTEGER NOT NULL,
    "Measure" TEXT NOT NULL,
    "Ascending" INTEGER NOT NULL,
    "IsComplementary" INTEGER NOT NULL,
    "BaselineYear" INTEGER NULL,
    "BaselineValue" TEXT NULL,
    CONSTRAINT "FK_ResultIndicators_Outcomes_OutcomeId" FOREIGN KEY ("OutcomeId") REFERENCES "Outcomes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ResultIndicators_Outputs_OutputId" FOREIGN KEY ("OutputId") REFERENCES "Outputs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ResultIndicators_Texts_TitleId" FOREIGN KEY ("TitleId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ResultIndicatorPeriods" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ResultIndicatorPeriods" PRIMARY KEY AUTOINCREMENT,
    "ResultIndicatorId" INTEGER NOT NULL,
    "Start" TEXT NOT NULL,
    "End" TEXT NOT NULL,
    "Target" TEXT NULL,
    "Actual" TEXT NULL,
    "CommentId" INTEGER NULL,
    "SourceId" INTEGER NULL,
    CONSTRAINT "FK_ResultIndicatorPeriods_ResultIndicators_ResultIndicatorId" FOREIGN KEY ("ResultIndicatorId") REFERENCES "ResultIndicators" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ResultIndicatorPeriods_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ResultIndicatorPeriods_Texts_CommentId" FOREIGN KEY ("CommentId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_FundingContributions_OutcomeId_PartnerId_Year_SourceId" ON "FundingContributions" ("OutcomeId", "PartnerId", "Year", "SourceId");

CREATE INDEX "IX_FundingContributions_PartnerId" ON "FundingContributions" ("PartnerId");

CREATE INDEX "IX_FundingContributions_SourceId" ON "FundingContributions" ("SourceId");

CREATE INDEX "IX_OutcomeProgressNotes_NoteId" ON "OutcomeProgressNotes" ("NoteId");

CREATE UNIQUE INDEX "IX_OutcomeProgressNotes_OutcomeId_Year_SourceId" ON "OutcomeProgressNotes" ("OutcomeId", "Year", "SourceId");

CREATE INDEX "IX_OutcomeProgressNotes_SourceId" ON "OutcomeProgressNotes" ("SourceId");

CREATE UNIQUE INDEX "IX_OutcomeResources_OutcomeId_Year_SourceId" ON "OutcomeResources" ("OutcomeId", "Year", "SourceId");

CREATE INDEX "IX_OutcomeResources_SourceId" ON "OutcomeResources" ("SourceId");

CREATE INDEX "IX_Outcomes_FrameworkId" ON "Outcomes" ("FrameworkId");

CREATE UNIQUE INDEX "IX_Outcomes_IatiIdentifier" ON "Outcomes" ("IatiIdentifier");

CREATE INDEX "IX_Outcomes_SummaryId" ON "Outcomes" ("SummaryId");

CREATE UNIQUE INDEX "IX_Outputs_OutcomeId_Code" ON "Outputs" ("OutcomeId", "Code");

CREATE INDEX "IX_Outputs_TitleId" ON "Outputs" ("TitleId");

CREATE INDEX "IX_ProgrammeFigures_AreaId" ON "ProgrammeFigures" ("AreaId");

CREATE UNIQUE INDEX "IX_ProgrammeFigures_ProgrammeId_Year_Metric_AreaId_Municipality_Channel_SourceId" ON "ProgrammeFigures" ("ProgrammeId", "Year", "Metric", "AreaId", "Municipality", "Channel", "SourceId");

CREATE INDEX "IX_ProgrammeFigures_SourceId" ON "ProgrammeFigures" ("SourceId");

CREATE UNIQUE INDEX "IX_Programmes_CountryId_Code" ON "Programmes" ("CountryId", "Code");

CREATE INDEX "IX_Programmes_DescriptionId" ON "Programmes" ("DescriptionId");

CREATE INDEX "IX_Programmes_LeadOrganisationId" ON "Programmes" ("LeadOrganisationId");

CREATE INDEX "IX_Programmes_NameId" ON "Programmes" ("NameId");

CREATE INDEX "IX_ResultIndicatorPeriods_CommentId" ON "ResultIndicatorPeriods" ("CommentId");

CREATE INDEX "IX_ResultIndicatorPeriods_ResultIndicatorId" ON "ResultIndicatorPeriods" ("ResultIndicatorId");

CREATE INDEX "IX_ResultIndicatorPeriods_SourceId" ON "ResultIndicatorPeriods" ("SourceId");

CREATE INDEX "IX_ResultIndicators_OutcomeId" ON "ResultIndicators" ("OutcomeId");

CREATE INDEX "IX_ResultIndicators_OutputId" ON "ResultIndicators" ("OutputId");

CREATE INDEX "IX_ResultIndicators_TitleId" ON "ResultIndicators" ("TitleId");

CREATE INDEX "IX_ResultsFrameworks_CountryId" ON "ResultsFrameworks" ("CountryId");

CREATE INDEX "IX_ResultsFrameworks_OrganisationId" ON "ResultsFrameworks" ("OrganisationId");

CREATE INDEX "IX_ResultsFrameworks_TitleId" ON "ResultsFrameworks" ("TitleId");

CREATE UNIQUE INDEX "IX_SdgAllocations_OutcomeId_Year_SdgCode_SourceId" ON "SdgAllocations" ("OutcomeId", "Year", "SdgCode", "SourceId");

CREATE INDEX "IX_SdgAllocations_SourceId" ON "SdgAllocations" ("SourceId");

CREATE UNIQUE INDEX "IX_StrategicPlanContributions_OutcomeId_Level_Code" ON "StrategicPlanContributions" ("OutcomeId", "Level", "Code");

CREATE INDEX "IX_StrategicPlanContributions_TitleId" ON "StrategicPlanContributions" ("TitleId");
