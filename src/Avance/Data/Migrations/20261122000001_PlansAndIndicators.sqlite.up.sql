CREATE TABLE "Sources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sources" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Publisher" TEXT NULL,
    "Url" TEXT NULL,
    "PublishedOn" TEXT NULL,
    "AccessedOn" TEXT NULL,
    "Language" TEXT NULL
);

CREATE TABLE "Texts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Texts" PRIMARY KEY AUTOINCREMENT
);

CREATE TABLE "ContextIndexes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContextIndexes" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "NameId" INTEGER NOT NULL,
    "ValueKind" TEXT NOT NULL,
    "DisplayOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_ContextIndexes_Texts_NameId" FOREIGN KEY ("NameId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Countries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Countries" PRIMARY KEY AUTOINCREMENT,
    "Iso2" TEXT NOT NULL,
    "Iso3" TEXT NOT NULL,
    "NameId" INTEGER NOT NULL,
    CONSTRAINT "FK_Countries_Texts_NameId" FOREIGN KEY ("NameId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GlobalIndicators" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GlobalIndicators" PRIMARY KEY AUTOINCREMENT,
    "Framework" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "TitleId" INTEGER NOT NULL,
    CONSTRAINT "FK_GlobalIndicators_Texts_TitleId" FOREIGN KEY ("TitleId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "TextTranslations" (
    "TextId" INTEGER NOT NULL,
    "Language" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    CONSTRAINT "PK_TextTranslations" PRIMARY KEY ("TextId", "Language"),
    CONSTRAINT "FK_TextTranslations_Texts_TextId" FOREIGN KEY ("TextId") REFERENCES "Texts" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AdministrativeAreas" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AdministrativeAreas" PRIMARY KEY AUTOINCREMENT,
    "CountryId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Abbreviation" TEXT NOT NULL,
    CONSTRAINT "FK_AdministrativeAreas_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ContextIndexValues" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContextIndexValues" PRIMARY KEY AUTOINCREMENT,
    "CountryId" INTEGER NOT NULL,
    "ContextIndexId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Value" TEXT NOT NULL,
    "OutOf" TEXT NULL,
    "Currency" TEXT NULL,
    "SourceId" INTEGER NOT NULL,
    CONSTRAINT "FK_ContextIndexValues_ContextIndexes_ContextIndexId" FOREIGN KEY ("ContextIndexId") REFERENCES "ContextIndexes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ContextIndexValues_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ContextIndexValues_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Organisations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY AUTOINCREMENT,
    "NameId" INTEGER NOT NULL,
    "AcronymId" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "CountryId" INTEGER NULL,
    "IatiIdentifier" TEXT NULL,
    CONSTRAINT "FK_Organisations_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Organisations_Texts_AcronymId" FOREIGN KEY ("AcronymId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Organisations_Texts_NameId" FOREIGN KEY ("NameId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Plans" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Plans" PRIMARY KEY AUTOINCREMENT,
    "CountryId" INTEGER NOT NULL,
    "Generation" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "TitleId" INTEGER NOT NULL,
    "PurposeId" INTEGER NULL,
    "AdoptedOn" TEXT NULL,
    "DevelopmentId" INTEGER NULL,
    "CivilSocietyInDevelopment" TEXT NOT NULL,
    "ImplementationId" INTEGER NULL,
    "CivilSocietyInImplementation" TEXT NOT NULL,
    "MonitoringArrangementId" INTEGER NULL,
    "BudgetArrangement" TEXT NOT NULL,
    "BudgetAmount" TEXT NULL,
    "BudgetCurrency" TEXT NULL,
    "BudgetStatementId" INTEGER NULL,
    "CoversDisarmament" INTEGER NOT NULL,
    "DisarmamentId" INTEGER NULL,
    "Timeframe_EndYear" INTEGER NULL,
    "Timeframe_ReviewAfterYears" INTEGER NULL,
    "Timeframe_StartYear" INTEGER NULL,
    CONSTRAINT "FK_Plans_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_Texts_BudgetStatementId" FOREIGN KEY ("BudgetStatementId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_Texts_DevelopmentId" FOREIGN KEY ("DevelopmentId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_Texts_DisarmamentId" FOREIGN KEY ("DisarmamentId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_Texts_ImplementationId" FOREIGN KEY ("ImplementationId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_Texts_MonitoringArrangementId" FOREIGN KEY ("MonitoringArrangementId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_Texts_PurposeId" FOREIGN KEY ("PurposeId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_Texts_TitleId" FOREIGN KEY ("TitleId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Pillars" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pillars" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "NameId" INTEGER NOT NULL,
    CONSTRAINT "FK_Pillars_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Pillars_Texts_NameId" FOREIGN KEY ("NameId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PlanDocuments" (
    "PlanId" INTEGER NOT NULL,
    "SourceId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    CONSTRAINT "PK_PlanDocuments" PRIMARY KEY ("PlanId", "SourceId"),
    CONSTRAINT "FK_PlanDocuments_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PlanDocuments_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PlanOrganisations" (
    "PlanId" INTEGER NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    CONSTRAINT "PK_PlanOrganisations" PRIMARY KEY ("PlanId", "OrganisationId", "Role"),
    CONSTRAINT "FK_PlanOrganisations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PlanOrganisations_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ReportingPeriods" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReportingPeriods" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "Label" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "Deadline" TEXT NULL,
    "State" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    CONSTRAINT "FK_ReportingPeriods_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "StrategicObjectives" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StrategicObjectives" PRIMARY KEY AUTOINCREMENT,
    "PillarId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "StatementId" INTEGER NOT NULL,
    CONSTRAINT "FK_StrategicObjectives_Pillars_PillarId" FOREIGN KEY ("PillarId") REFERENCES "Pillars" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_StrategicObjectives_Texts_StatementId" FOREIGN KEY ("StatementId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "LinesOfAction" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LinesOfAction" PRIMARY KEY AUTOINCREMENT,
    "ObjectiveId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "StatementId" INTEGER NOT NULL,
    CONSTRAINT "FK_LinesOfAction_StrategicObjectives_ObjectiveId" FOREIGN KEY ("ObjectiveId") REFERENCES "StrategicObjectives" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_LinesOfAction_Texts_StatementId" FOREIGN KEY ("StatementId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Activities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Activities" PRIMARY KEY AUTOINCREMENT,
    "LineOfActionId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "StatementId" INTEGER NOT NULL,
    CONSTRAINT "FK_Activities_LinesOfAction_LineOfActionId" FOREIGN KEY ("LineOfActionId") REFERENCES "LinesOfAction" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Activities_Texts_StatementId" FOREIGN KEY ("StatementId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ActivityOrganisations" (
    "ActivityId" INTEGER NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    "Responsibility" TEXT NOT NULL,
    CONSTRAINT "PK_ActivityOrganisations" PRIMARY KEY ("ActivityId", "OrganisationId"),
    CONSTRAINT "FK_ActivityOrganisations_Activities_ActivityId" FOREIGN KEY ("ActivityId") REFERENCES "Activities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ActivityOrganisations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ActivityStatusReports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActivityStatusReports" PRIMARY KEY AUTOINCREMENT,
    "ActivityId" INTEGER NOT NULL,
    "ReportingPeriodId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "NarrativeId" INTEGER NULL,
    "ReportStatus" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ActivityStatusReports_Activities_ActivityId" FOREIGN KEY ("ActivityId") REFERENCES "Activities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ActivityStatusReports_ReportingPeriods_ReportingPeriodId" FOREIGN KEY ("ReportingPeriodId") REFERENCES "ReportingPeriods" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ActivityStatusReports_Texts_NarrativeId" FOREIGN KEY ("NarrativeId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Indicators" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Indicators" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "ObjectiveId" INTEGER NOT NULL,
    "ActivityId" INTEGER NULL,
    "Code" TEXT NOT NULL,
    "WordingId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "UnitId" INTEGER NULL,
    "Direction" TEXT NOT NULL,
    "BaselineValue" TEXT NULL,
    "BaselineYear" INTEGER NULL,
    "Periodicity" TEXT NOT NULL,
    "DataSourceId" INTEGER NULL,
    "ResponsibleOrganisationId" INTEGER NULL,
    "PredecessorId" INTEGER NULL,
    CONSTRAINT "FK_Indicators_Activities_ActivityId" FOREIGN KEY ("ActivityId") REFERENCES "Activities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Indicators_Indicators_PredecessorId" FOREIGN KEY ("PredecessorId") REFERENCES "Indicators" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Indicators_Organisations_ResponsibleOrganisationId" FOREIGN KEY ("ResponsibleOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Indicators_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Indicators_StrategicObjectives_ObjectiveId" FOREIGN KEY ("ObjectiveId") REFERENCES "StrategicObjectives" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Indicators_Texts_DataSourceId" FOREIGN KEY ("DataSourceId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Indicators_Texts_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Indicators_Texts_WordingId" FOREIGN KEY ("WordingId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "IndicatorDisaggregations" (
    "IndicatorId" INTEGER NOT NULL,
    "Dimension" TEXT NOT NULL,
    CONSTRAINT "PK_IndicatorDisaggregations" PRIMARY KEY ("IndicatorId", "Dimension"),
    CONSTRAINT "FK_IndicatorDisaggregations_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IndicatorFrameworkLinks" (
    "IndicatorId" INTEGER NOT NULL,
    "GlobalIndicatorId" INTEGER NOT NULL,
    CONSTRAINT "PK_IndicatorFrameworkLinks" PRIMARY KEY ("IndicatorId", "GlobalIndicatorId"),
    CONSTRAINT "FK_IndicatorFrameworkLinks_GlobalIndicators_GlobalIndicatorId" FOREIGN KEY ("GlobalIndicatorId") REFERENCES "GlobalIndicators" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_IndicatorFrameworkLinks_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IndicatorTargets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IndicatorTargets" PRIMARY KEY AUTOINCREMENT,
    "IndicatorId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Value" TEXT NULL,
    "DescriptionId" INTEGER NULL,
    CONSTRAINT "FK_IndicatorTargets_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_IndicatorTargets_Texts_DescriptionId" FOREIGN KEY ("DescriptionId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Measurements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Measurements" PRIMARY KEY AUTOINCREMENT,
    "IndicatorId" INTEGER NOT NULL,
    "ReportingPeriodId" INTEGER NOT NULL,
    "Disaggregation" TEXT NOT NULL,
    "Value" TEXT NULL,
    "TextValue" TEXT NULL,
    "NarrativeId" INTEGER NULL,
    "SourceId" INTEGER NULL,
    "SourceDate" TEXT NULL,
    "Status" TEXT NOT NULL,
    "ReturnReason" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Measurements_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Measurements_ReportingPeriods_ReportingPeriodId" FOREIGN KEY ("ReportingPeriodId") REFERENCES "ReportingPeriods" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Measurements_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Measurements_Texts_NarrativeId" FOREIGN KEY ("NarrativeId") REFERENCES "Texts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "MeasurementRevisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MeasurementRevisions" PRIMARY KEY AUTOINCREMENT,
    "MeasurementId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Value" TEXT NULL,
    "TextValue" TEXT NULL,
    "SourceId" INTEGER NULL,
    "RecordedAt" TEXT NOT NULL,
    "Reason" TEXT NULL,
    CONSTRAINT "FK_MeasurementRevisions_Measurements_MeasurementId" FOREIGN KEY ("MeasurementId") REFERENCES "Measurements" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeasurementRevisions_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Activities_LineOfActionId_Number" ON "Activities" ("LineOfActionId", "Number");

CREATE INDEX "IX_Activities_StatementId" ON "Activities" ("StatementId");

CREATE INDEX "IX_ActivityOrganisations_OrganisationId" ON "ActivityOrganisations" ("OrganisationId");

CREATE UNIQUE INDEX "IX_ActivityStatusReports_ActivityId_ReportingPeriodId" ON "ActivityStatusReports" ("ActivityId", "ReportingPeriodId");

CREATE INDEX "IX_ActivityStatusReports_NarrativeId" ON "ActivityStatusReports" ("NarrativeId");

CREATE INDEX "IX_ActivityStatusReports_ReportingPeriodId" ON "ActivityStatusReports" ("ReportingPeriodId");

CREATE UNIQUE INDEX "IX_AdministrativeAreas_CountryId_Code" ON "AdministrativeAreas" ("CountryId", "Code");

CREATE UNIQUE INDEX "IX_ContextIndexes_Code" ON "ContextIndexes" ("Code");

CREATE INDEX "IX_ContextIndexes_NameId" ON "ContextIndexes" ("NameId");

CREATE INDEX "IX_ContextIndexValues_ContextIndexId" ON "ContextIndexValues" ("ContextIndexId");

CREATE UNIQUE INDEX "IX_ContextIndexValues_CountryId_ContextIndexId_Year_SourceId" ON "ContextIndexValues" ("CountryId", "ContextIndexId", "Year", "SourceId");

CREATE INDEX "IX_ContextIndexValues_SourceId" ON "ContextIndexValues" ("SourceId");

CREATE UNIQUE INDEX "IX_Countries_Iso2" ON "Countries" ("Iso2");

CREATE INDEX "IX_Countries_NameId" ON "Countries" ("NameId");

CREATE UNIQUE INDEX "IX_GlobalIndicators_Framework_Code" ON "GlobalIndicators" ("Framework", "Code");

CREATE INDEX "IX_GlobalIndicators_TitleId" ON "GlobalIndicators" ("TitleId");

CREATE INDEX "IX_IndicatorFrameworkLinks_GlobalIndicatorId" ON "IndicatorFrameworkLinks" ("GlobalIndicatorId");

CREATE INDEX "IX_Indicators_ActivityId" ON "Indicators" ("ActivityId");

CREATE INDEX "IX_Indicators_DataSourceId" ON "Indicators" ("DataSourceId");

CREATE INDEX "IX_Indicators_ObjectiveId" ON "Indicators" ("ObjectiveId");

CREATE UNIQUE INDEX "IX_Indicators_PlanId_Code" ON "Indicators" ("PlanId", "Code");

CREATE INDEX "IX_Indicators_PredecessorId" ON "Indicators" ("PredecessorId");

CREATE INDEX "IX_Indicators_ResponsibleOrganisationId" ON "Indicators" ("ResponsibleOrganisationId");

CREATE INDEX "IX_Indicators_UnitId" ON "Indicators" ("UnitId");

CREATE INDEX "IX_Indicators_WordingId" ON "Indicators" ("WordingId");

CREATE INDEX "IX_IndicatorTargets_DescriptionId" ON "IndicatorTargets" ("DescriptionId");

CREATE UNIQUE INDEX "IX_IndicatorTargets_IndicatorId_Year" ON "IndicatorTargets" ("IndicatorId", "Year");

CREATE UNIQUE INDEX "IX_LinesOfAction_ObjectiveId_Number" ON "LinesOfAction" ("ObjectiveId", "Number");

CREATE INDEX "IX_LinesOfAction_StatementId" ON "LinesOfAction" ("StatementId");

CREATE UNIQUE INDEX "IX_MeasurementRevisions_MeasurementId_Number" ON "MeasurementRevisions" ("MeasurementId", "Number");

CREATE INDEX "IX_MeasurementRevisions_SourceId" ON "MeasurementRevisions" ("SourceId");

CREATE UNIQUE INDEX "IX_Measurements_IndicatorId_ReportingPeriodId_Disaggregation" ON "Measurements" ("IndicatorId", "ReportingPeriodId", "Disaggregation");

CREATE INDEX "IX_Measurements_NarrativeId" ON "Measurements" ("NarrativeId");

CREATE INDEX "IX_Measurements_ReportingPeriodId" ON "Measurements" ("ReportingPeriodId");

CREATE INDEX "IX_Measurements_SourceId" ON "Measurements" ("SourceId");

CREATE INDEX "IX_Organisations_AcronymId" ON "Organisations" ("AcronymId");

CREATE INDEX "IX_Organisations_CountryId" ON "Organisations" ("CountryId");

CREATE UNIQUE INDEX "IX_Organisations_IatiIdentifier" ON "Organisations" ("IatiIdentifier");

CREATE INDEX "IX_Organisations_NameId" ON "Organisations" ("NameId");

CREATE INDEX "IX_Pillars_NameId" ON "Pillars" ("NameId");

CREATE UNIQUE INDEX "IX_Pillars_PlanId_Number" ON "Pillars" ("PlanId", "Number");

CREATE INDEX "IX_PlanDocuments_SourceId" ON "PlanDocuments" ("SourceId");

CREATE INDEX "IX_PlanOrganisations_OrganisationId" ON "PlanOrganisations" ("OrganisationId");

CREATE INDEX "IX_Plans_BudgetStatementId" ON "Plans" ("BudgetStatementId");

CREATE UNIQUE INDEX "IX_Plans_CountryId_Code" ON "Plans" ("CountryId", "Code");

CREATE INDEX "IX_Plans_CountryId_Generation" ON "Plans" ("CountryId", "Generation");

CREATE INDEX "IX_Plans_DevelopmentId" ON "Plans" ("DevelopmentId");

CREATE INDEX "IX_Plans_DisarmamentId" ON "Plans" ("DisarmamentId");

CREATE INDEX "IX_Plans_ImplementationId" ON "Plans" ("ImplementationId");

CREATE INDEX "IX_Plans_MonitoringArrangementId" ON "Plans" ("MonitoringArrangementId");

CREATE INDEX "IX_Plans_PurposeId" ON "Plans" ("PurposeId");

CREATE INDEX "IX_Plans_TitleId" ON "Plans" ("TitleId");

CREATE UNIQUE INDEX "IX_ReportingPeriods_PlanId_Label" ON "ReportingPeriods" ("PlanId", "Label");

CREATE UNIQUE INDEX "IX_Sources_Key" ON "Sources" ("Key");

CREATE UNIQUE INDEX "IX_StrategicObjectives_PillarId_Number" ON "StrategicObjectives" ("PillarId", "Number");

CREATE INDEX "IX_StrategicObjectives_StatementId" ON "StrategicObjectives" ("StatementId");

CREATE INDEX "IX_TextTranslations_Language" ON "TextTranslations" ("Language");
