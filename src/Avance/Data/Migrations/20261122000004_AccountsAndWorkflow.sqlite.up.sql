ALTER TABLE "Plans" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Pillars" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "StrategicObjectives" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "LinesOfAction" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Activities" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Indicators" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "ReportingPeriods" ADD "Version" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "UserId" INTEGER NULL,
    "Actor" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "ItemType" TEXT NOT NULL,
    "ItemKey" TEXT NOT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL,
    "Reason" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY AUTOINCREMENT,
    "Role" TEXT NOT NULL,
    "OrganisationId" INTEGER NULL,
    "DisplayName" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PlanVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PlanVersions" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    "PublishedByUserId" INTEGER NULL,
    "ChangeNote" TEXT NOT NULL,
    "ChangeNoteLanguage" TEXT NOT NULL,
    "Snapshot" TEXT NOT NULL,
    CONSTRAINT "FK_PlanVersions_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" INTEGER NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" INTEGER NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" INTEGER NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PersonalAccessTokens" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PersonalAccessTokens" PRIMARY KEY AUTOINCREMENT,
    "UserId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    "Scopes" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "RevokedAt" TEXT NULL,
    "LastUsedAt" TEXT NULL,
    CONSTRAINT "FK_PersonalAccessTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Assessments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Assessments" PRIMARY KEY AUTOINCREMENT,
    "AuthorUserId" INTEGER NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    "Subject" TEXT NOT NULL,
    "SubjectId" INTEGER NOT NULL,
    "ReportingPeriodId" INTEGER NULL,
    "Rating" TEXT NOT NULL,
    "OwnValue" TEXT NULL,
    "Narrative" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Sources" TEXT NULL,
    "FiledAt" TEXT NOT NULL,
    "HiddenAt" TEXT NULL,
    "HiddenByUserId" INTEGER NULL,
    "HiddenReason" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Assessments_AspNetUsers_AuthorUserId" FOREIGN KEY ("AuthorUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Assessments_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Assessments_ReportingPeriods_ReportingPeriodId" FOREIGN KEY ("ReportingPeriodId") REFERENCES "ReportingPeriods" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AssessmentReplies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AssessmentReplies" PRIMARY KEY AUTOINCREMENT,
    "AssessmentId" INTEGER NOT NULL,
    "AuthorUserId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "RepliedAt" TEXT NOT NULL,
    CONSTRAINT "FK_AssessmentReplies_AspNetUsers_AuthorUserId" FOREIGN KEY ("AuthorUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AssessmentReplies_Assessments_AssessmentId" FOREIGN KEY ("AssessmentId") REFERENCES "Assessments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "EvidenceFiles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EvidenceFiles" PRIMARY KEY AUTOINCREMENT,
    "MeasurementId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedByUserId" INTEGER NULL,
    CONSTRAINT "FK_EvidenceFiles_Measurements_MeasurementId" FOREIGN KEY ("MeasurementId") REFERENCES "Measurements" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE INDEX "IX_AspNetUsers_OrganisationId" ON "AspNetUsers" ("OrganisationId");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_AssessmentReplies_AssessmentId" ON "AssessmentReplies" ("AssessmentId");

CREATE INDEX "IX_AssessmentReplies_AuthorUserId" ON "AssessmentReplies" ("AuthorUserId");

CREATE INDEX "IX_Assessments_AuthorUserId" ON "Assessments" ("AuthorUserId");

CREATE INDEX "IX_Assessments_OrganisationId" ON "Assessments" ("OrganisationId");

CREATE INDEX "IX_Assessments_ReportingPeriodId" ON "Assessments" ("ReportingPeriodId");

CREATE INDEX "IX_Assessments_Subject_SubjectId" ON "Assessments" ("Subject", "SubjectId");

CREATE INDEX "IX_AuditEntries_ItemType_ItemKey" ON "AuditEntries" ("ItemType", "ItemKey");

CREATE INDEX "IX_EvidenceFiles_MeasurementId" ON "EvidenceFiles" ("MeasurementId");

CREATE UNIQUE INDEX "IX_PersonalAccessTokens_Hash" ON "PersonalAccessTokens" ("Hash");

CREATE INDEX "IX_PersonalAccessTokens_UserId" ON "PersonalAccessTokens" ("UserId");

CREATE UNIQUE INDEX "IX_PlanVersions_PlanId_Number" ON "PlanVersions" ("PlanId", "Number");

CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
BEGIN
    SELECT RAISE(ABORT, 'Audit entries are append-only: they cannot be changed.');
END;

CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
BEGIN
    SELECT RAISE(ABORT, 'Audit entries are append-only: they cannot be deleted.');
END;
