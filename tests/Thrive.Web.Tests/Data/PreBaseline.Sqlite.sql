-- An old development database: the schema and history made by the 12 migrations Thrive had before they were
-- squashed into one Baseline (output of 'dotnet ef migrations script' for Sqlite at that time). Tests build a
-- database from it to check that start-up adopts it. Do not edit: it stands for databases that exist.

CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "Pronouns" TEXT NOT NULL,
    "TimeZone" TEXT NOT NULL,
    "Region" TEXT NOT NULL,
    "Bio" TEXT NOT NULL,
    "Interests" TEXT NOT NULL,
    "IsAdmin" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
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
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

CREATE TABLE "Programmes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Programmes" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "LengthWeeks" INTEGER NOT NULL,
    "Cadence" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "GettingToKnowEndWeek" INTEGER NOT NULL,
    "GoalsEndWeek" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL
);

CREATE TABLE "SentMail" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SentMail" PRIMARY KEY,
    "To" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "SentAt" INTEGER NOT NULL,
    "Transport" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Invitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Invitations" PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "NormalisedEmail" TEXT NOT NULL,
    "ProgrammeId" TEXT NULL,
    "Role" TEXT NULL,
    "TokenHash" TEXT NOT NULL,
    "InvitedById" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "UsedAt" INTEGER NULL,
    CONSTRAINT "FK_Invitations_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Pairs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Pairs" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "MentorId" TEXT NOT NULL,
    "MenteeId" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "ProposedAt" INTEGER NOT NULL,
    "ActivatedAt" INTEGER NULL,
    "EndedAt" INTEGER NULL,
    "DissolveReason" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Pairs_AspNetUsers_MenteeId" FOREIGN KEY ("MenteeId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Pairs_AspNetUsers_MentorId" FOREIGN KEY ("MentorId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Pairs_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Participants" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Participants" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "AppliedAt" INTEGER NULL,
    "ReviewedAt" INTEGER NULL,
    "ReviewedById" TEXT NULL,
    "CallNotes" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "Answers_Availability" TEXT NOT NULL,
    "Answers_Capacity" INTEGER NOT NULL,
    "Answers_Focus" INTEGER NOT NULL,
    "Answers_Interests" TEXT NOT NULL,
    "Answers_Location" TEXT NOT NULL,
    "Answers_ManagerEmail" TEXT NOT NULL,
    "Answers_ManagesTeam" TEXT NOT NULL,
    "Answers_Motivation" TEXT NOT NULL,
    "Answers_Team" TEXT NOT NULL,
    "Answers_TechStack" TEXT NOT NULL,
    "Answers_TimeZone" TEXT NOT NULL,
    "Answers_YearsInField" INTEGER NOT NULL,
    CONSTRAINT "FK_Participants_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Participants_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE INDEX "IX_AspNetUsers_IsAdmin" ON "AspNetUsers" ("IsAdmin");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_Invitations_NormalisedEmail" ON "Invitations" ("NormalisedEmail");

CREATE INDEX "IX_Invitations_ProgrammeId" ON "Invitations" ("ProgrammeId");

CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON "Invitations" ("TokenHash");

CREATE INDEX "IX_Pairs_MenteeId_State" ON "Pairs" ("MenteeId", "State");

CREATE INDEX "IX_Pairs_MentorId_State" ON "Pairs" ("MentorId", "State");

CREATE INDEX "IX_Pairs_ProgrammeId_State" ON "Pairs" ("ProgrammeId", "State");

CREATE INDEX "IX_Participants_ProgrammeId_Role_Status" ON "Participants" ("ProgrammeId", "Role", "Status");

CREATE UNIQUE INDEX "IX_Participants_ProgrammeId_UserId" ON "Participants" ("ProgrammeId", "UserId");

CREATE INDEX "IX_Participants_UserId" ON "Participants" ("UserId");

CREATE INDEX "IX_Programmes_StartDate" ON "Programmes" ("StartDate");

CREATE INDEX "IX_Programmes_Status" ON "Programmes" ("Status");

CREATE INDEX "IX_SentMail_SentAt" ON "SentMail" ("SentAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128232822_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "AspNetUsers" ADD "GoalHoursPerWeek" TEXT NULL;

CREATE TABLE "Goals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Goals" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "FirstStep" TEXT NOT NULL,
    "AccountabilityMethod" TEXT NOT NULL,
    "Celebration" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DropReason" TEXT NOT NULL,
    "AchievedAt" INTEGER NULL,
    "ConfirmedAt" INTEGER NULL,
    "ConfirmedById" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    "Smart_Baseline" TEXT NULL,
    "Smart_DoneCriterion" TEXT NOT NULL,
    "Smart_HoursPerWeek" TEXT NULL,
    "Smart_Metric" TEXT NOT NULL,
    "Smart_RelevanceReason" TEXT NOT NULL,
    "Smart_Resources" TEXT NOT NULL,
    "Smart_SpecificOutcome" TEXT NOT NULL,
    "Smart_Target" TEXT NULL,
    "Smart_TargetDate" TEXT NULL,
    "Smart_Unit" TEXT NOT NULL,
    CONSTRAINT "FK_Goals_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Goals_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GoalTemplates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GoalTemplates" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Why" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "CreatedById" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_GoalTemplates_AspNetUsers_CreatedById" FOREIGN KEY ("CreatedById") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GoalTemplates_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SwotAnalyses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SwotAnalyses" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_SwotAnalyses_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SwotAnalyses_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GoalComments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GoalComments" PRIMARY KEY,
    "GoalId" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_GoalComments_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GoalComments_Goals_GoalId" FOREIGN KEY ("GoalId") REFERENCES "Goals" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GoalEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GoalEvents" PRIMARY KEY,
    "GoalId" TEXT NOT NULL,
    "ActorId" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Summary" TEXT NOT NULL,
    CONSTRAINT "FK_GoalEvents_AspNetUsers_ActorId" FOREIGN KEY ("ActorId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GoalEvents_Goals_GoalId" FOREIGN KEY ("GoalId") REFERENCES "Goals" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GrowAnswers" (
    "GoalId" TEXT NOT NULL,
    "Prompt" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_GrowAnswers" PRIMARY KEY ("GoalId", "Prompt"),
    CONSTRAINT "FK_GrowAnswers_Goals_GoalId" FOREIGN KEY ("GoalId") REFERENCES "Goals" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MeasureEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MeasureEntries" PRIMARY KEY,
    "GoalId" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    "RecordedById" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_MeasureEntries_Goals_GoalId" FOREIGN KEY ("GoalId") REFERENCES "Goals" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SwotComments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SwotComments" PRIMARY KEY,
    "AnalysisId" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_SwotComments_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SwotComments_SwotAnalyses_AnalysisId" FOREIGN KEY ("AnalysisId") REFERENCES "SwotAnalyses" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SwotRevisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SwotRevisions" PRIMARY KEY,
    "AnalysisId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_SwotRevisions_SwotAnalyses_AnalysisId" FOREIGN KEY ("AnalysisId") REFERENCES "SwotAnalyses" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SwotItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SwotItems" PRIMARY KEY,
    "RevisionId" TEXT NOT NULL,
    "Quadrant" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_SwotItems_SwotRevisions_RevisionId" FOREIGN KEY ("RevisionId") REFERENCES "SwotRevisions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GoalSwotLinks" (
    "GoalId" TEXT NOT NULL,
    "SwotItemId" TEXT NOT NULL,
    CONSTRAINT "PK_GoalSwotLinks" PRIMARY KEY ("GoalId", "SwotItemId"),
    CONSTRAINT "FK_GoalSwotLinks_Goals_GoalId" FOREIGN KEY ("GoalId") REFERENCES "Goals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GoalSwotLinks_SwotItems_SwotItemId" FOREIGN KEY ("SwotItemId") REFERENCES "SwotItems" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SwotLinks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SwotLinks" PRIMARY KEY,
    "RevisionId" TEXT NOT NULL,
    "FromItemId" TEXT NOT NULL,
    "ToItemId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    CONSTRAINT "FK_SwotLinks_SwotItems_FromItemId" FOREIGN KEY ("FromItemId") REFERENCES "SwotItems" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SwotLinks_SwotItems_ToItemId" FOREIGN KEY ("ToItemId") REFERENCES "SwotItems" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SwotLinks_SwotRevisions_RevisionId" FOREIGN KEY ("RevisionId") REFERENCES "SwotRevisions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_GoalComments_AuthorId" ON "GoalComments" ("AuthorId");

CREATE INDEX "IX_GoalComments_GoalId_CreatedAt" ON "GoalComments" ("GoalId", "CreatedAt");

CREATE INDEX "IX_GoalEvents_ActorId" ON "GoalEvents" ("ActorId");

CREATE INDEX "IX_GoalEvents_GoalId_At" ON "GoalEvents" ("GoalId", "At");

CREATE INDEX "IX_Goals_OwnerId_ProgrammeId_Status" ON "Goals" ("OwnerId", "ProgrammeId", "Status");

CREATE INDEX "IX_Goals_ProgrammeId" ON "Goals" ("ProgrammeId");

CREATE INDEX "IX_GoalSwotLinks_SwotItemId" ON "GoalSwotLinks" ("SwotItemId");

CREATE INDEX "IX_GoalTemplates_CreatedById" ON "GoalTemplates" ("CreatedById");

CREATE INDEX "IX_GoalTemplates_ProgrammeId_Category" ON "GoalTemplates" ("ProgrammeId", "Category");

CREATE INDEX "IX_MeasureEntries_GoalId_Date" ON "MeasureEntries" ("GoalId", "Date");

CREATE UNIQUE INDEX "IX_SwotAnalyses_OwnerId_ProgrammeId" ON "SwotAnalyses" ("OwnerId", "ProgrammeId");

CREATE INDEX "IX_SwotAnalyses_ProgrammeId" ON "SwotAnalyses" ("ProgrammeId");

CREATE INDEX "IX_SwotComments_AnalysisId_CreatedAt" ON "SwotComments" ("AnalysisId", "CreatedAt");

CREATE INDEX "IX_SwotComments_AuthorId" ON "SwotComments" ("AuthorId");

CREATE INDEX "IX_SwotItems_RevisionId_Quadrant_Position" ON "SwotItems" ("RevisionId", "Quadrant", "Position");

CREATE INDEX "IX_SwotLinks_FromItemId" ON "SwotLinks" ("FromItemId");

CREATE INDEX "IX_SwotLinks_RevisionId" ON "SwotLinks" ("RevisionId");

CREATE INDEX "IX_SwotLinks_ToItemId" ON "SwotLinks" ("ToItemId");

CREATE UNIQUE INDEX "IX_SwotRevisions_AnalysisId_Number" ON "SwotRevisions" ("AnalysisId", "Number");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129000253_Goals', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Boards" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Boards" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "TooBigAfterDays" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Boards_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Boards_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "BoardColumns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BoardColumns" PRIMARY KEY,
    "BoardId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "WipLimit" INTEGER NULL,
    "WipBlocks" INTEGER NOT NULL,
    "IsDeleted" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_BoardColumns_Boards_BoardId" FOREIGN KEY ("BoardId") REFERENCES "Boards" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Tasks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Tasks" PRIMARY KEY,
    "BoardId" TEXT NOT NULL,
    "GoalId" TEXT NULL,
    "ColumnId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Notes" TEXT NOT NULL,
    "DueDate" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "StartedAt" INTEGER NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Tasks_BoardColumns_ColumnId" FOREIGN KEY ("ColumnId") REFERENCES "BoardColumns" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Tasks_Boards_BoardId" FOREIGN KEY ("BoardId") REFERENCES "Boards" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Tasks_Goals_GoalId" FOREIGN KEY ("GoalId") REFERENCES "Goals" ("Id") ON DELETE SET NULL
);

CREATE TABLE "ChecklistItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ChecklistItems" PRIMARY KEY,
    "TaskId" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Done" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_ChecklistItems_Tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "Tasks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "TaskComments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TaskComments" PRIMARY KEY,
    "TaskId" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_TaskComments_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_TaskComments_Tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "Tasks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "TaskMoves" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TaskMoves" PRIMARY KEY,
    "TaskId" TEXT NOT NULL,
    "FromColumnId" TEXT NULL,
    "ToColumnId" TEXT NOT NULL,
    "ToKind" TEXT NOT NULL,
    "ActorId" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    CONSTRAINT "FK_TaskMoves_AspNetUsers_ActorId" FOREIGN KEY ("ActorId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_TaskMoves_BoardColumns_FromColumnId" FOREIGN KEY ("FromColumnId") REFERENCES "BoardColumns" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_TaskMoves_BoardColumns_ToColumnId" FOREIGN KEY ("ToColumnId") REFERENCES "BoardColumns" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_TaskMoves_Tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "Tasks" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_BoardColumns_BoardId_IsDeleted_Position" ON "BoardColumns" ("BoardId", "IsDeleted", "Position");

CREATE UNIQUE INDEX "IX_Boards_OwnerId_ProgrammeId" ON "Boards" ("OwnerId", "ProgrammeId");

CREATE INDEX "IX_Boards_ProgrammeId" ON "Boards" ("ProgrammeId");

CREATE INDEX "IX_ChecklistItems_TaskId_Position" ON "ChecklistItems" ("TaskId", "Position");

CREATE INDEX "IX_TaskComments_AuthorId" ON "TaskComments" ("AuthorId");

CREATE INDEX "IX_TaskComments_TaskId_CreatedAt" ON "TaskComments" ("TaskId", "CreatedAt");

CREATE INDEX "IX_TaskMoves_ActorId" ON "TaskMoves" ("ActorId");

CREATE INDEX "IX_TaskMoves_FromColumnId" ON "TaskMoves" ("FromColumnId");

CREATE INDEX "IX_TaskMoves_TaskId_At" ON "TaskMoves" ("TaskId", "At");

CREATE INDEX "IX_TaskMoves_ToColumnId" ON "TaskMoves" ("ToColumnId");

CREATE INDEX "IX_Tasks_BoardId_ColumnId_Position" ON "Tasks" ("BoardId", "ColumnId", "Position");

CREATE INDEX "IX_Tasks_ColumnId" ON "Tasks" ("ColumnId");

CREATE INDEX "IX_Tasks_GoalId" ON "Tasks" ("GoalId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129002900_Board', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Charters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Charters" PRIMARY KEY,
    "PairId" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Answers_Background" TEXT NOT NULL,
    "Answers_Expectations" TEXT NOT NULL,
    "Answers_FavouriteBook" TEXT NOT NULL,
    "Answers_FavouriteFilm" TEXT NOT NULL,
    "Answers_FavouriteQuote" TEXT NOT NULL,
    "Answers_Focus" TEXT NOT NULL,
    "Answers_OutsideWork" TEXT NOT NULL,
    "Answers_PetPeeves" TEXT NOT NULL,
    "Answers_Values" TEXT NOT NULL,
    "Answers_WouldNotGuess" TEXT NOT NULL,
    CONSTRAINT "FK_Charters_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Charters_Pairs_PairId" FOREIGN KEY ("PairId") REFERENCES "Pairs" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Plans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Plans" PRIMARY KEY,
    "PairId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "WrittenById" TEXT NOT NULL,
    "WrittenAt" INTEGER NOT NULL,
    "MenteeSignedAt" INTEGER NULL,
    "MentorSignedAt" INTEGER NULL,
    "Terms_CancellationRule" TEXT NOT NULL,
    "Terms_Channel" TEXT NOT NULL,
    "Terms_Confidentiality" TEXT NOT NULL,
    "Terms_MeetHow" TEXT NOT NULL,
    "Terms_MeetWhen" TEXT NOT NULL,
    "Terms_MenteeExpects" TEXT NOT NULL,
    "Terms_MenteeFocus" TEXT NOT NULL,
    "Terms_MentorExpects" TEXT NOT NULL,
    "Terms_MentorFocus" TEXT NOT NULL,
    "Terms_NotesOwner" TEXT NOT NULL,
    "Terms_NoticeHours" INTEGER NOT NULL,
    "Terms_PrepNotesWhen" TEXT NOT NULL,
    "Terms_ProgressMeasure" TEXT NOT NULL,
    "Terms_WillNotDo" TEXT NOT NULL,
    CONSTRAINT "FK_Plans_AspNetUsers_WrittenById" FOREIGN KEY ("WrittenById") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_Pairs_PairId" FOREIGN KEY ("PairId") REFERENCES "Pairs" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Charters_AuthorId" ON "Charters" ("AuthorId");

CREATE UNIQUE INDEX "IX_Charters_PairId_AuthorId" ON "Charters" ("PairId", "AuthorId");

CREATE UNIQUE INDEX "IX_Plans_PairId_Number" ON "Plans" ("PairId", "Number");

CREATE INDEX "IX_Plans_WrittenById" ON "Plans" ("WrittenById");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129005627_Agreements', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Commitments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Commitments" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "GoalId" TEXT NULL,
    "Form" TEXT NOT NULL,
    "Behaviour" TEXT NOT NULL,
    "Time" TEXT NOT NULL,
    "Location" TEXT NOT NULL,
    "CurrentHabit" TEXT NOT NULL,
    "Times" INTEGER NOT NULL,
    "Period" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Target" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Archived" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Commitments_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Commitments_Goals_GoalId" FOREIGN KEY ("GoalId") REFERENCES "Goals" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Commitments_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CheckIns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CheckIns" PRIMARY KEY,
    "CommitmentId" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_CheckIns_Commitments_CommitmentId" FOREIGN KEY ("CommitmentId") REFERENCES "Commitments" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_CheckIns_CommitmentId_Date" ON "CheckIns" ("CommitmentId", "Date");

CREATE INDEX "IX_Commitments_GoalId" ON "Commitments" ("GoalId");

CREATE INDEX "IX_Commitments_OwnerId_ProgrammeId_Archived" ON "Commitments" ("OwnerId", "ProgrammeId", "Archived");

CREATE INDEX "IX_Commitments_ProgrammeId" ON "Commitments" ("ProgrammeId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129010418_Commitments', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Sessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Sessions" PRIMARY KEY,
    "PairId" TEXT NOT NULL,
    "StartUtc" INTEGER NOT NULL,
    "EndUtc" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "CancelReason" TEXT NOT NULL,
    "CancelledLate" INTEGER NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "CheckIn" TEXT NOT NULL,
    "WentWell" TEXT NOT NULL,
    "DidNotGoWell" TEXT NOT NULL,
    "HopeNext" TEXT NOT NULL,
    "Challenges" TEXT NOT NULL,
    "AgendaSharedAt" INTEGER NULL,
    "SharedNotes" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Sessions_Pairs_PairId" FOREIGN KEY ("PairId") REFERENCES "Pairs" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ActionItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ActionItems" PRIMARY KEY,
    "PairId" TEXT NOT NULL,
    "SessionId" TEXT NULL,
    "OwnerId" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "DueDate" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DoneAt" INTEGER NULL,
    CONSTRAINT "FK_ActionItems_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ActionItems_Pairs_PairId" FOREIGN KEY ("PairId") REFERENCES "Pairs" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ActionItems_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "Sessions" ("Id") ON DELETE SET NULL
);

CREATE TABLE "PrivateNotes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PrivateNotes" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_PrivateNotes_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PrivateNotes_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "Sessions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ActionItems_OwnerId_DoneAt" ON "ActionItems" ("OwnerId", "DoneAt");

CREATE INDEX "IX_ActionItems_PairId_DoneAt" ON "ActionItems" ("PairId", "DoneAt");

CREATE INDEX "IX_ActionItems_SessionId" ON "ActionItems" ("SessionId");

CREATE INDEX "IX_PrivateNotes_AuthorId" ON "PrivateNotes" ("AuthorId");

CREATE UNIQUE INDEX "IX_PrivateNotes_SessionId_AuthorId" ON "PrivateNotes" ("SessionId", "AuthorId");

CREATE INDEX "IX_Sessions_PairId_StartUtc" ON "Sessions" ("PairId", "StartUtc");

CREATE INDEX "IX_Sessions_Status_StartUtc" ON "Sessions" ("Status", "StartUtc");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129011805_Sessions', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ClosingReflections" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ClosingReflections" PRIMARY KEY,
    "PairId" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "StayInTouch" TEXT NOT NULL,
    "StayInTouchHow" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Answers_AgainDifferently" TEXT NOT NULL,
    "Answers_Challenges" TEXT NOT NULL,
    "Answers_ChallengesOvercome" TEXT NOT NULL,
    "Answers_ChangedPerceptions" TEXT NOT NULL,
    "Answers_Decisions" TEXT NOT NULL,
    "Answers_DidNotGoWell" TEXT NOT NULL,
    "Answers_DoDifferently" TEXT NOT NULL,
    "Answers_FeedbackReceived" TEXT NOT NULL,
    "Answers_Insights" TEXT NOT NULL,
    "Answers_LearnedAboutSelf" TEXT NOT NULL,
    "Answers_Methods" TEXT NOT NULL,
    "Answers_Milestones" TEXT NOT NULL,
    "Answers_NextSteps" TEXT NOT NULL,
    "Answers_Obstacles" TEXT NOT NULL,
    "Answers_Progress" TEXT NOT NULL,
    "Answers_Resources" TEXT NOT NULL,
    "Answers_Surprises" TEXT NOT NULL,
    "Answers_Tactics" TEXT NOT NULL,
    "Answers_WentWell" TEXT NOT NULL,
    "Answers_WhatMadeItWork" TEXT NOT NULL,
    "Answers_WhatWasGood" TEXT NOT NULL,
    CONSTRAINT "FK_ClosingReflections_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ClosingReflections_Pairs_PairId" FOREIGN KEY ("PairId") REFERENCES "Pairs" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Feedback" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Feedback" PRIMARY KEY,
    "PairId" TEXT NOT NULL,
    "GiverId" TEXT NOT NULL,
    "ReceiverId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Situation" TEXT NOT NULL,
    "Impact" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "GivenAt" INTEGER NOT NULL,
    "AcknowledgedAt" INTEGER NULL,
    "Reply" TEXT NOT NULL,
    "RepliedAt" INTEGER NULL,
    CONSTRAINT "FK_Feedback_AspNetUsers_GiverId" FOREIGN KEY ("GiverId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Feedback_AspNetUsers_ReceiverId" FOREIGN KEY ("ReceiverId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Feedback_Pairs_PairId" FOREIGN KEY ("PairId") REFERENCES "Pairs" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MidpointChecks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MidpointChecks" PRIMARY KEY,
    "PairId" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "SavedAt" INTEGER NULL,
    "HeldAt" INTEGER NULL,
    "Answers_Change" TEXT NOT NULL,
    "Answers_Expectations" TEXT NOT NULL,
    "Answers_Goals" TEXT NOT NULL,
    "Answers_Vibe" TEXT NOT NULL,
    "Answers_Working" TEXT NOT NULL,
    CONSTRAINT "FK_MidpointChecks_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MidpointChecks_Pairs_PairId" FOREIGN KEY ("PairId") REFERENCES "Pairs" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ClosingReflections_AuthorId" ON "ClosingReflections" ("AuthorId");

CREATE UNIQUE INDEX "IX_ClosingReflections_PairId_AuthorId" ON "ClosingReflections" ("PairId", "AuthorId");

CREATE INDEX "IX_Feedback_GiverId" ON "Feedback" ("GiverId");

CREATE INDEX "IX_Feedback_PairId_GivenAt" ON "Feedback" ("PairId", "GivenAt");

CREATE INDEX "IX_Feedback_ReceiverId" ON "Feedback" ("ReceiverId");

CREATE INDEX "IX_MidpointChecks_AuthorId" ON "MidpointChecks" ("AuthorId");

CREATE UNIQUE INDEX "IX_MidpointChecks_PairId_AuthorId" ON "MidpointChecks" ("PairId", "AuthorId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129015244_CloseRelationship', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Plans" ADD "Terms_AgendaOwner" TEXT NOT NULL DEFAULT 'Mentee';

ALTER TABLE "Plans" ADD "Terms_AgendaShareHours" INTEGER NOT NULL DEFAULT 24;

ALTER TABLE "AspNetUsers" ADD "CalendarFeedCreatedAt" INTEGER NULL;

ALTER TABLE "AspNetUsers" ADD "CalendarFeedTokenHash" TEXT NULL;

CREATE UNIQUE INDEX "IX_AspNetUsers_CalendarFeedTokenHash" ON "AspNetUsers" ("CalendarFeedTokenHash");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129015740_calCalendarFeedAndAgendaTerms', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "AuditLog" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuditLog" PRIMARY KEY,
    "At" INTEGER NOT NULL,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "SubjectId" TEXT NULL,
    "SubjectName" TEXT NOT NULL,
    "ProgrammeId" TEXT NULL,
    "Detail" TEXT NOT NULL
);

CREATE INDEX "IX_AuditLog_Action_At" ON "AuditLog" ("Action", "At");

CREATE INDEX "IX_AuditLog_ActorId" ON "AuditLog" ("ActorId");

CREATE INDEX "IX_AuditLog_At" ON "AuditLog" ("At");

CREATE INDEX "IX_AuditLog_ProgrammeId" ON "AuditLog" ("ProgrammeId");

CREATE INDEX "IX_AuditLog_SubjectId" ON "AuditLog" ("SubjectId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129021347_AuditLog', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_Sessions_PairId_Status_StartUtc" ON "Sessions" ("PairId", "Status", "StartUtc");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129024119_scaleSessionsPairStatusIndex', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ReminderDeliveries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReminderDeliveries" PRIMARY KEY,
    "Key" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "ClaimId" TEXT NOT NULL,
    "ClaimedAt" INTEGER NOT NULL,
    "SentAt" INTEGER NULL,
    "Attempts" INTEGER NOT NULL,
    CONSTRAINT "FK_ReminderDeliveries_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ReminderOptOuts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReminderOptOuts" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    CONSTRAINT "FK_ReminderOptOuts_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ReminderDeliveries_Key" ON "ReminderDeliveries" ("Key");

CREATE INDEX "IX_ReminderDeliveries_SentAt_ClaimedAt" ON "ReminderDeliveries" ("SentAt", "ClaimedAt");

CREATE INDEX "IX_ReminderDeliveries_UserId_Kind" ON "ReminderDeliveries" ("UserId", "Kind");

CREATE INDEX "IX_ReminderOptOuts_Kind" ON "ReminderOptOuts" ("Kind");

CREATE UNIQUE INDEX "IX_ReminderOptOuts_UserId_Kind" ON "ReminderOptOuts" ("UserId", "Kind");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129030322_Reminders', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_Feedback_GivenAt" ON "Feedback" ("GivenAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129051806_FeedbackGivenAtIndex', '10.0.15');

COMMIT;

